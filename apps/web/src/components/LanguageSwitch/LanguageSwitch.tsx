import { SegmentedControl } from '@mantine/core';
import { useI18n, type Language } from '../../i18n/i18n.tsx';

/** Each option is named in its own language, marked with lang so screen readers pronounce it right. */
const OPTIONS = [
  { value: 'da', label: <span lang="da">Dansk</span> },
  { value: 'en', label: <span lang="en">English</span> },
];

export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size={size}
      data={OPTIONS}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
    />
  );
}

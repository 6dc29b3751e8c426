import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';

export function PageLoader() {
  const { t } = useI18n();
  return (
    <Center mih={200} role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}

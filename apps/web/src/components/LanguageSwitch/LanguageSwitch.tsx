import { useId } from 'react';
import { useI18n, type Language } from '../../i18n/i18n.tsx';
import classes from './LanguageSwitch.module.css';

/** Each option is named in its own language, marked with lang so screen readers pronounce it right. */
const OPTIONS: ReadonlyArray<{ value: Language; label: string }> = [
  { value: 'da', label: 'Dansk' },
  { value: 'en', label: 'English' },
];

/**
 * The language choice: a radio group (arrow keys move between the two, as in any radio group). Native radios styled
 * in CSS rather than Mantine's SegmentedControl, which measures and animates an indicator on every page's first
 * render.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const name = useId();
  return (
    <div role="radiogroup" aria-label={t('language.label')} className={classes.root}>
      {OPTIONS.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <span key={option.value} className={classes.option}>
            <input
              className={classes.input}
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={language === option.value}
              onChange={() => setLanguage(option.value)}
            />
            <label className={classes.label} htmlFor={id} lang={option.value}>
              {option.label}
            </label>
          </span>
        );
      })}
    </div>
  );
}

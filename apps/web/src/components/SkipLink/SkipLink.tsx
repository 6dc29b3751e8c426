import type { MouseEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import classes from './SkipLink.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** First focusable element on every page: jumps past the header and menu to the page's main landmark. */
export function SkipLink() {
  const { t } = useI18n();
  // Focus the target ourselves: a bare #hash change would be taken by the router as a navigation.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t('skipLink')}
    </a>
  );
}

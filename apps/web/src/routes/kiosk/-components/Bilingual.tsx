import type { MessageKey } from '../../../i18n/da.ts';
import { translate, type MessageParams } from '../../../i18n/i18n.tsx';
import classes from './kiosk.module.css';

/** The kiosk speaks Danish first and English beneath it, at once: citizens do not hunt for a language switch. */
export function Bilingual({
  k,
  params,
  paramsEn = params,
  inline = false,
}: {
  k: MessageKey;
  params?: MessageParams;
  /** Where a value reads differently in English (a weekday, a month). */
  paramsEn?: MessageParams;
  inline?: boolean;
}) {
  const da = translate('da', k, params);
  const en = translate('en', k, paramsEn);
  return (
    <>
      <span lang="da">{da}</span>
      {en !== da && (
        <>
          {inline ? (
            ' / '
          ) : (
            <>
              {' '}
              <br />
            </>
          )}
          <span lang="en" className={classes.english}>
            {en}
          </span>
        </>
      )}
    </>
  );
}

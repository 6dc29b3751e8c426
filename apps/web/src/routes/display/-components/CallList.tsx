import type { Ticket } from '@skranke/contracts';
import type { MessageKey } from '../../../i18n/da.ts';
import { translate, useI18n } from '../../../i18n/i18n.tsx';
import classes from './display.module.css';

const PREVIOUS_SHOWN = 5;

/** A waiting-room heading in the screen's language, with the other of Danish and English beside it, smaller. */
function BothLanguages({ k }: { k: MessageKey }) {
  const { language } = useI18n();
  const other = language === 'da' ? 'en' : 'da';
  return (
    <>
      {translate(language, k)}
      <span lang={other} className={classes.otherLanguage}>
        {' · '}
        {translate(other, k)}
      </span>
    </>
  );
}

/** The newest call, large and highlighted, and the ones before it; newest first, as the board orders them. */
export function CallList({ called }: { called: Ticket[] }) {
  const { t } = useI18n();
  const [newest, ...previous] = called;
  return (
    <main className={classes.main}>
      <section className={classes.current} aria-labelledby="current-call">
        <h2 id="current-call" className={classes.label}>
          {t('display.now')}
        </h2>
        {newest ? (
          // Keyed by the call, so a new call or a recall replays the highlight.
          <p key={`${newest.id}-${newest.calledAt}`} className={classes.currentCall} data-testid="current-call">
            <span className={classes.number}>{newest.displayNumber}</span>
            <span className={classes.goTo}>{t('display.goTo')}</span>
            <span className={classes.counter} lang="da">
              {newest.counterName}
            </span>
          </p>
        ) : (
          <p className={classes.empty}>
            <BothLanguages k="display.empty" />
          </p>
        )}
      </section>
      <section className={classes.previous} aria-labelledby="previous-calls">
        <h2 id="previous-calls" className={classes.label}>
          <BothLanguages k="display.previous" />
        </h2>
        <ol className={classes.list}>
          {previous.slice(0, PREVIOUS_SHOWN).map((ticket) => (
            <li key={ticket.id}>
              <span className={classes.previousNumber}>{ticket.displayNumber}</span>
              <span className={classes.previousCounter} lang="da">
                {ticket.counterName}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

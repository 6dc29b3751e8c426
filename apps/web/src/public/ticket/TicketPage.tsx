import type { PublicTicketStatus } from '@skranke/contracts';
import { formatTime } from '../dates.ts';
import { addMessages, useI18n, type Translate } from '../i18n/i18n.tsx';
import { Loading } from '../ui.tsx';
import { TurnNearForm } from './TurnNearForm.tsx';
import { useTicketStatus } from './use-ticket-status.ts';
import { ticketTexts } from './texts.ts';

addMessages(ticketTexts);

/** What the citizen should know now, in one sentence or two. */
function stateLines(status: PublicTicketStatus, t: Translate): string[] {
  switch (status.state) {
    case 'waiting': {
      const place = status.position === 1 ? t('ticket.next') : status.position ? t('ticket.position', { n: status.position }) : null;
      const minutes = status.estimatedWaitMinutes;
      const estimate = minutes === null ? null : minutes < 1 ? t('ticket.estimateSoon') : t('ticket.estimate', { n: minutes });
      return [place, estimate].filter((line): line is string => line !== null);
    }
    case 'called':
      return [status.counterName ? t('ticket.called', { counter: status.counterName }) : t('ticket.calledAnywhere')];
    case 'serving':
      return [status.counterName ? t('ticket.serving', { counter: status.counterName }) : t('ticket.servingAnywhere')];
    case 'parked':
      return [t('ticket.parked')];
    case 'finished':
      return [t('ticket.finished')];
  }
}

/** /billet/:token: the ticket on the phone (number, place in line, estimate, where to go when called). */
export function TicketPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const view = useTicketStatus(token);

  if (view.kind === 'loading') {
    return view.offline ? <p role="status">{t('ticket.offline')}</p> : <Loading text={t('ticket.loading')} />;
  }
  if (view.kind === 'unknown' || view.kind === 'expired') {
    return (
      <section className="pub-notice pub-notice-info" aria-labelledby="ticket-gone">
        <h2 id="ticket-gone">{view.kind === 'unknown' ? t('ticket.unknown') : t('ticket.expired')}</h2>
        <p>{view.kind === 'unknown' ? t('ticket.unknownBody') : t('ticket.expiredBody')}</p>
      </section>
    );
  }

  const { status } = view;
  const called = status.state === 'called';
  return (
    <div className="pub-ticket">
      <div className={called ? 'pub-ticket-card pub-ticket-called' : 'pub-ticket-card'}>
        <p className="pub-ticket-label">{t('ticket.number')}</p>
        <p className="pub-ticket-number">{status.displayNumber}</p>
        <p className="pub-ticket-place">
          {language === 'da' ? status.serviceNameDa : status.serviceNameEn}, {status.locationName}
        </p>
      </div>
      {/* One live region: a screen reader hears the new place in line, and "go to Skranke 3" when called. */}
      <div className="pub-ticket-state" role="status" aria-atomic="true">
        {stateLines(status, t).map((line) => (
          <p key={line} className={called ? 'pub-ticket-call' : undefined}>
            {line}
          </p>
        ))}
      </div>
      {status.state === 'waiting' && <TurnNearForm token={token} />}
      {status.state !== 'finished' && (
        <p className="pub-muted">
          {view.offline ? t('ticket.offline') : t('ticket.updated', { time: formatTime(view.updatedAt, language) })}
        </p>
      )}
    </div>
  );
}

import type { IssuedTicket } from '@skranke/contracts';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useNow } from '../../../features/queue/use-now.ts';
import type { TokenSource } from '../../../lib/api.ts';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';
import { TicketQr } from './TicketQr.tsx';

export const RECEIPT_SHOWN_MS = 15_000;

const issuedAt = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

function Estimate({ minutes }: { minutes: number | null }) {
  if (minutes === null) return <Bilingual k="kiosk.estimateUnknown" />;
  if (minutes === 0) return <Bilingual k="kiosk.estimateSoon" />;
  return <Bilingual k="kiosk.estimate" params={{ minutes }} />;
}

interface TicketReceiptProps {
  issued: IssuedTicket;
  shownAt: number;
  onDone(): void;
  /** The kiosk's credentials: with them the receipt carries a QR code to the ticket's status page. */
  tokens?: TokenSource;
  /** What a checked-in booking adds above the number ("Din tid er kl. 10.30 …"). */
  note?: ReactNode;
  /** A booked time is called at its time, not by the queue's estimate. */
  hideEstimate?: boolean;
}

/** The number, large, with what a paper ticket says; back to the start by itself after 15 seconds. */
export function TicketReceipt({ issued, shownAt, onDone, tokens, note, hideEstimate = false }: TicketReceiptProps) {
  const now = useNow(1_000);
  const secondsLeft = Math.max(0, Math.ceil((shownAt + RECEIPT_SHOWN_MS - now) / 1000));
  const { ticket } = issued;

  useEffect(() => {
    const timer = setTimeout(onDone, Math.max(0, shownAt + RECEIPT_SHOWN_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [shownAt, onDone]);

  return (
    <main className={classes.receiptPage}>
      <section className={classes.ticket} aria-labelledby="ticket-heading">
        <h1 id="ticket-heading" className={classes.ticketHeading}>
          <Bilingual k="kiosk.yourNumber" inline />
        </h1>
        {note}
        <p className={classes.ticketNumber} data-testid="ticket-number">
          {ticket.displayNumber}
        </p>
        <p className={classes.ticketService}>
          <span lang="da">{ticket.serviceNameDa}</span>
          {ticket.serviceNameEn !== ticket.serviceNameDa && (
            <>
              {' / '}
              <span lang="en" className={classes.english}>
                {ticket.serviceNameEn}
              </span>
            </>
          )}
        </p>
        <p className={classes.ticketLine} lang="da">
          {issuedAt.format(new Date(ticket.arrivedAt))}
        </p>
        {!hideEstimate && (
          <p className={classes.ticketLine}>
            <Estimate minutes={issued.estimatedWaitMinutes} />
          </p>
        )}
        {tokens && <TicketQr tokens={tokens} ticketId={ticket.id} />}
      </section>
      <div className={classes.actions}>
        <button type="button" className={classes.primaryButton} onClick={() => window.print()}>
          <IconPrinter size={36} aria-hidden /> <Bilingual k="kiosk.print" inline />
        </button>
        <button type="button" className={classes.secondaryButton} onClick={onDone}>
          <Bilingual k="kiosk.done" inline />
        </button>
      </div>
      <p className={classes.countdown}>
        <Bilingual k="kiosk.backIn" params={{ seconds: secondsLeft }} />
      </p>
    </main>
  );
}

import type { CheckInResult } from '@skranke/contracts';
import { useEffect } from 'react';
import { copenhagenDate, formatDay, formatTime } from '../../../features/appointments/time.ts';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';
import { RECEIPT_SHOWN_MS } from './TicketReceipt.tsx';

/** What a checked-in booking's receipt says above the number: the booked time, or why it is an ordinary number. */
export function CheckInNote({ result }: { result: CheckInResult }) {
  const time = { time: formatTime(result.startsAt, 'da') };
  const timeEn = { time: formatTime(result.startsAt, 'en') };
  return (
    <div className={classes.note}>
      {result.arrival === 'late_walk_in' ? (
        <p>
          <Bilingual k="kioskCheckIn.lateWalkIn" params={time} paramsEn={timeEn} />
        </p>
      ) : (
        <>
          <p className={classes.noteTime}>
            <Bilingual k="kioskCheckIn.yourTime" params={time} paramsEn={timeEn} />
          </p>
          <p>
            <Bilingual k={result.arrival === 'early' ? 'kioskCheckIn.early' : 'kioskCheckIn.onTime'} />
          </p>
        </>
      )}
    </div>
  );
}

/** A check-in that gives no number (too late where the rule refuses, another day): what to do, calmly; then back. */
export function CheckInOutcome({ result, onDone }: { result: CheckInResult; onDone(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, RECEIPT_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  const date = copenhagenDate(result.startsAt);
  const time = formatTime(result.startsAt, 'da');
  const wrongDay = result.arrival === 'wrong_day';
  return (
    <main className={classes.receiptPage}>
      <section className={classes.ticket} aria-labelledby="outcome-heading">
        <h1 id="outcome-heading" className={classes.ticketHeading}>
          <Bilingual k={wrongDay ? 'kioskCheckIn.wrongDayHeading' : 'kioskCheckIn.lateRefusedHeading'} inline />
        </h1>
        <p className={classes.ticketService}>
          <span lang="da">{result.serviceNameDa}</span>
        </p>
        <p className={classes.ticketLine}>
          {wrongDay ? (
            <Bilingual
              k="kioskCheckIn.wrongDay"
              params={{ day: formatDay(date, 'da'), time }}
              paramsEn={{ day: formatDay(date, 'en'), time: formatTime(result.startsAt, 'en') }}
            />
          ) : (
            <Bilingual k="kioskCheckIn.lateRefused" params={{ time }} paramsEn={{ time: formatTime(result.startsAt, 'en') }} />
          )}
        </p>
      </section>
      <div className={classes.actions}>
        <button type="button" className={classes.primaryButton} onClick={onDone}>
          <Bilingual k="kiosk.done" inline />
        </button>
      </div>
    </main>
  );
}

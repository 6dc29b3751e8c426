import type { OpeningHours } from '@skranke/contracts';
import { copenhagenWeekday, weekOf } from '../../../features/queue/opening-hours.ts';
import { translate } from '../../../i18n/i18n.tsx';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';

/** Outside opening hours: say so plainly, and when to come back (for the bus: where it stands). */
export function ClosedNotice({ hours }: { hours: OpeningHours | undefined }) {
  const today = copenhagenWeekday(new Date());
  return (
    <main className={classes.start}>
      <header className={classes.header}>
        <h1 className={classes.heading}>
          <Bilingual k="kiosk.closed" inline />
        </h1>
        <p className={classes.intro}>
          <Bilingual k="kiosk.closedIntro" />
        </p>
      </header>
      {hours && (
        <section aria-labelledby="hours-heading" className={classes.hours}>
          <h2 id="hours-heading" className={classes.hoursHeading}>
            <Bilingual k="kiosk.openingHours" inline />
          </h2>
          <table className={classes.hoursTable} lang="da">
            <tbody>
              {weekOf(hours).map((day) => (
                <tr key={day.weekday} className={day.weekday === today ? classes.today : undefined}>
                  <th scope="row">{day.name}</th>
                  <td>
                    {day.intervals.length === 0
                      ? translate('da', 'kiosk.closedAllDay')
                      : day.intervals.map((i) => (
                          <div key={i.from}>
                            {i.from}–{i.to}
                            {i.place && <span className={classes.place}> · {i.place}</span>}
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}

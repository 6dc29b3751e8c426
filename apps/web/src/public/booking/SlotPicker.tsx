import type { AppointmentSlot } from '@skranke/contracts';
import { useMemo, useState } from 'react';
import { errorMessage, publicCall } from '../client.ts';
import { addDays, civilDateOf, formatDate, formatDateTime, formatShortDay, formatTime } from '../dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorNotice, Loading, useLoad } from '../ui.tsx';

/** Days are shown 14 at a time, as the API's slot list pages them. */
export const DAYS_PER_PAGE = 14;

interface SlotPickerProps {
  locationId: string;
  serviceId: string;
  /** The citizen chose a time (and, at a mobile Borgerservice, the stop where the bus stands then). */
  onPick(startsAt: string, place?: string): void;
  /** Today in Copenhagen (tests pass one); the first page starts there, and no page before it. */
  today?: string;
  /** A time to leave out (the booking's own, when moving it). */
  exclude?: string;
}

/**
 * Free times for an errand: the first free time on top (one press takes it), then the days of a 14-day page with
 * their free times, and the times of the chosen day.
 */
export function SlotPicker({ locationId, serviceId, onPick, today = civilDateOf(new Date()), exclude }: SlotPickerProps) {
  const { t, language } = useI18n();
  const [from, setFrom] = useState(today);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const slots = useLoad(`${locationId}/${serviceId}/${from}`, () =>
    publicCall('listAppointmentSlots', { params: { locationId, serviceId }, query: { from, days: DAYS_PER_PAGE } }),
  );

  const days = useMemo(() => {
    const byDay = new Map<string, AppointmentSlot[]>();
    if (slots.state !== 'done') return byDay;
    for (const slot of slots.data.items) {
      if (slot.startsAt === exclude) continue;
      const day = civilDateOf(slot.startsAt);
      byDay.set(day, [...(byDay.get(day) ?? []), slot]);
    }
    return byDay;
  }, [slots, exclude]);

  const nextFree = slots.state === 'done' && slots.data.nextFree !== exclude ? slots.data.nextFree : null;
  const nextFreePlace = slots.state === 'done' ? slots.data.items.find((s) => s.startsAt === nextFree)?.place : undefined;
  const nextFreeDay = nextFree ? civilDateOf(nextFree) : null;
  const shownDay = chosenDay && days.has(chosenDay) ? chosenDay : nextFreeDay && days.has(nextFreeDay) ? nextFreeDay : [...days.keys()][0];
  const last = addDays(from, DAYS_PER_PAGE - 1);

  const page = (offset: number) => {
    setFrom(addDays(from, offset));
    setChosenDay(null);
  };

  return (
    <div className="pub-slots">
      {nextFree && (
        <div className="pub-next-free">
          <p>
            {t('slots.nextFree', { time: formatDateTime(nextFree, language) })}
            {nextFreePlace && `, ${nextFreePlace}`}
          </p>
          <button type="button" className="pub-button" onClick={() => onPick(nextFree, nextFreePlace)}>
            {t('slots.takeNextFree')}
          </button>
        </div>
      )}

      <div className="pub-pager">
        <button type="button" className="pub-button pub-button-secondary" disabled={from <= today} onClick={() => page(-DAYS_PER_PAGE)}>
          <span aria-hidden="true">← </span>
          {t('slots.earlier')}
        </button>
        <button type="button" className="pub-button pub-button-secondary" onClick={() => page(DAYS_PER_PAGE)}>
          {t('slots.later')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>

      {slots.state === 'loading' && <Loading text={t('slots.loading')} />}
      {slots.state === 'failed' && <ErrorNotice message={errorMessage(slots.error, t, language)} onRetry={slots.reload} />}
      {slots.state === 'done' && (
        <>
          <h3 className="pub-days-title">
            {t('slots.days', { from: formatShortDay(from, language), to: formatShortDay(last, language) })}
          </h3>
          {days.size === 0 ? (
            <p role="status">{nextFree || from > today ? t('slots.none') : t('slots.noneAtAll')}</p>
          ) : (
            <ul className="pub-days">
              {[...days].map(([day, daySlots]) => (
                <li key={day}>
                  <button type="button" className="pub-day" aria-pressed={day === shownDay} onClick={() => setChosenDay(day)}>
                    <span className="pub-day-name">{formatShortDay(day, language)}</span>
                    <span className="pub-day-free">
                      {daySlots.length === 1 ? t('slots.oneFree') : t('slots.free', { n: daySlots.length })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {shownDay && (
            <section aria-labelledby="pub-times-title">
              <h3 id="pub-times-title">{t('slots.times', { day: formatDate(shownDay, language) })}</h3>
              {/* A mobile Borgerservice: each time says where the bus stands then (its timetable's stop). */}
              <ul className={days.get(shownDay)!.some((slot) => slot.place) ? 'pub-times pub-times-placed' : 'pub-times'}>
                {days.get(shownDay)!.map((slot) => {
                  const first = slot.startsAt === nextFree;
                  const time = formatTime(slot.startsAt, language);
                  return (
                    <li key={slot.startsAt}>
                      <button
                        type="button"
                        className={first ? 'pub-time pub-time-first' : 'pub-time'}
                        onClick={() => onPick(slot.startsAt, slot.place)}
                      >
                        {time}
                        {slot.place && ' '}
                        {slot.place && <span className="pub-time-place">{slot.place}</span>}
                        {/* The badge is a line of its own on screen; the space keeps "10.00 Første ledige" two words. */}
                        {first && ' '}
                        {first && <span className="pub-time-badge">{t('slots.first')}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

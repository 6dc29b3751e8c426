import type { PublicAppointment } from '@skranke/contracts';
import { useState, type FormEvent } from 'react';
import { SlotPicker } from '../booking/SlotPicker.tsx';
import { TakenNotice } from '../booking/TakenNotice.tsx';
import { errorMessage, publicCall, takenSlot } from '../client.ts';
import { civilDateOf, formatDateTime } from '../dates.ts';
import { addMessages, useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { BringText, ErrorNotice, FocusHeading, Summary } from '../ui.tsx';
import { myBookingTexts } from './texts.ts';

addMessages(myBookingTexts);

type Mode = 'show' | 'confirm-cancel' | 'move' | 'confirm-move';

/**
 * /tidsbestilling/min-tid: the booking code (typed, never in the URL) finds the booking; it can be moved to another
 * free time of the same errand or cancelled, each confirmed first.
 */
export function MyBookingPage({ today }: { today?: string }) {
  const { t, language } = useI18n();
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const [appointment, setAppointment] = useState<PublicAppointment>();
  const [mode, setMode] = useState<Mode>('show');
  const [target, setTarget] = useState<string>();
  const [done, setDone] = useState<'moved' | 'cancelled'>();
  const [request, setRequest] = useState<{ busy: boolean; error?: unknown }>({ busy: false });

  const run = async (work: () => Promise<PublicAppointment>, after: (found: PublicAppointment) => void) => {
    if (request.busy) return;
    setRequest({ busy: true });
    try {
      const found = await work();
      setAppointment(found);
      setRequest({ busy: false });
      after(found);
    } catch (error) {
      setRequest({ busy: false, error });
    }
  };

  const find = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    if (typed.length < 8 || typed.length > 20) {
      setCodeMissing(true);
      document.getElementById('booking-code')?.focus();
      return;
    }
    setCodeMissing(false);
    void run(
      () => publicCall('findAppointment', { body: { code: typed } }),
      () => {
        setMode('show');
        setDone(undefined);
      },
    );
  };

  const cancel = () =>
    void run(
      () => publicCall('cancelAppointment', { body: { code: code.trim() } }),
      () => {
        setMode('show');
        setDone('cancelled');
      },
    );

  const move = (startsAt: string) => {
    setTarget(startsAt);
    void run(
      () => publicCall('rescheduleAppointment', { body: { code: code.trim(), startsAt } }),
      () => {
        setMode('show');
        setDone('moved');
      },
    );
  };

  const forget = () => {
    setAppointment(undefined);
    setCode('');
    setDone(undefined);
    setRequest({ busy: false });
  };

  if (!appointment) {
    return (
      <form onSubmit={find} noValidate className="pub-find">
        <p className="pub-lead">{t('find.intro')}</p>
        <div className="pub-field">
          <label htmlFor="booking-code">{t('find.code')}</label>
          <p id="booking-code-hint" className="pub-hint">
            {t('find.codeHint')}
          </p>
          {codeMissing && (
            <p id="booking-code-error" className="pub-field-error">
              {t('find.codeMissing')}
            </p>
          )}
          <input
            id="booking-code"
            className="pub-input-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            aria-invalid={codeMissing || undefined}
            aria-describedby={codeMissing ? 'booking-code-hint booking-code-error' : 'booking-code-hint'}
          />
        </div>
        {request.error !== undefined && <ErrorNotice message={errorMessage(request.error, t, language)} />}
        <div className="pub-actions">
          <button type="submit" className="pub-button" aria-disabled={request.busy}>
            {request.busy ? t('find.busy') : t('find.submit')}
          </button>
        </div>
        <p className="pub-aside">
          <Link href="/tidsbestilling">{t('mine.bookNew')}</Link>
        </p>
      </form>
    );
  }

  const time = formatDateTime(appointment.startsAt, language);
  // A time earlier today that has passed is refused by the API (appointment-closed), which the page then says.
  const open = appointment.status === 'booked' && civilDateOf(appointment.startsAt) >= (today ?? civilDateOf(new Date()));
  const taken = takenSlot(request.error);
  return (
    <div className="pub-mine">
      <FocusHeading focus={mode === 'show'}>{language === 'da' ? appointment.serviceNameDa : appointment.serviceNameEn}</FocusHeading>
      {done && (
        <p className="pub-notice pub-notice-success" role="status">
          {done === 'moved' ? t('mine.moved') : t('mine.cancelled')}
        </p>
      )}
      <Summary
        rows={[
          [t('summary.when'), time],
          [t('summary.where'), appointment.place ? `${appointment.locationName}, ${appointment.place}` : appointment.locationName],
          [t('summary.name'), appointment.name],
          [t('mine.status'), t(`status.${appointment.status}`)],
        ]}
      />
      {appointment.status === 'booked' && <BringText text={language === 'da' ? appointment.bringTextDa : appointment.bringTextEn} />}
      {request.error !== undefined && !taken && <ErrorNotice message={errorMessage(request.error, t, language)} />}

      {mode === 'show' && open && (
        <div className="pub-actions">
          <button type="button" className="pub-button pub-button-secondary" onClick={() => setMode('move')}>
            {t('mine.move')}
          </button>
          <button type="button" className="pub-button pub-button-danger" onClick={() => setMode('confirm-cancel')}>
            {t('mine.cancel')}
          </button>
        </div>
      )}

      {mode === 'confirm-cancel' && (
        <div className="pub-confirm">
          <FocusHeading level={3} focus>
            {t('mine.cancelConfirm', { time })}
          </FocusHeading>
          <div className="pub-actions">
            <button type="button" className="pub-button pub-button-danger" aria-disabled={request.busy} onClick={cancel}>
              {t('mine.cancelYes')}
            </button>
            <button type="button" className="pub-button pub-button-secondary" onClick={() => setMode('show')}>
              {t('mine.cancelNo')}
            </button>
          </div>
        </div>
      )}

      {mode === 'move' && (
        <section aria-labelledby="move-title" className="pub-move">
          <FocusHeading level={3} id="move-title" focus>
            {t('mine.moveTitle')}
          </FocusHeading>
          <SlotPicker
            locationId={appointment.locationId}
            serviceId={appointment.serviceId}
            today={today}
            exclude={appointment.startsAt}
            onPick={(startsAt) => {
              setTarget(startsAt);
              setRequest({ busy: false });
              setMode('confirm-move');
            }}
          />
          <div className="pub-actions">
            <button type="button" className="pub-button pub-button-secondary" onClick={() => setMode('show')}>
              {t('mine.moveAbort')}
            </button>
          </div>
        </section>
      )}

      {mode === 'confirm-move' && target && (
        <div className="pub-confirm">
          <FocusHeading level={3} focus>
            {t('mine.moveConfirm', { time: formatDateTime(target, language) })}
          </FocusHeading>
          {taken ? (
            <TakenNotice nextFree={taken.nextFree} busy={request.busy} onTake={move} onChoose={() => setMode('move')} />
          ) : (
            <div className="pub-actions">
              <button type="button" className="pub-button" aria-disabled={request.busy} onClick={() => move(target)}>
                {t('mine.moveYes')}
              </button>
              <button type="button" className="pub-button pub-button-secondary" onClick={() => setMode('move')}>
                {t('mine.moveNo')}
              </button>
            </div>
          )}
        </div>
      )}

      <p className="pub-aside">
        {appointment.status === 'cancelled' ? (
          <Link href="/tidsbestilling">{t('mine.bookNew')}</Link>
        ) : (
          <button type="button" className="pub-link-button" onClick={forget}>
            {t('find.other')}
          </button>
        )}
      </p>
    </div>
  );
}

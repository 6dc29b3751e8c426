import type { BookedAppointment } from '@skranke/contracts';
import { useState } from 'react';
import { errorMessage, publicCall, takenSlot } from '../client.ts';
import { formatDate, formatDateTime } from '../dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { BringText, ErrorNotice, FocusHeading, Loading, Summary, useLoad } from '../ui.tsx';
import { BookingDone } from './BookingDone.tsx';
import { ErrandStep, PlaceStep, type BookingLocation, type BookingService } from './choice-steps.tsx';
import { EMPTY_CONTACT, type Contact } from './contact.ts';
import { ContactStep } from './ContactStep.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import { TakenNotice } from './TakenNotice.tsx';

const STEPS = ['place', 'errand', 'time', 'contact', 'confirm'] as const;
type Step = (typeof STEPS)[number] | 'done';

/**
 * /tidsbestilling: place, errand (with what to bring), a day and a free time, contact details, confirm; then the
 * booking code. One page whose steps keep what was chosen when the citizen goes back.
 */
export function BookingPage({ today }: { today?: string }) {
  const { t, language } = useI18n();
  const options = useLoad('booking-options', () => publicCall('listBookingOptions'));
  // A walk-in who needs no booked time may take today's number on the phone where a place allows it and is open.
  const remote = useLoad('remote-options', () => publicCall('listRemoteTicketOptions'));
  const remoteOpen = remote.state === 'done' && remote.data.locations.some((p) => p.openNow);
  const [step, setStep] = useState<Step>('place');
  // Headings take the focus once the citizen has moved on from the first step, not on arrival.
  const [moved, setMoved] = useState(false);
  const [location, setLocation] = useState<BookingLocation>();
  const [service, setService] = useState<BookingService>();
  const [startsAt, setStartsAt] = useState<string>();
  // The bus's stop at the chosen time (a mobile Borgerservice), shown with the place in the summary.
  const [stop, setStop] = useState<string>();
  const [draft, setDraft] = useState(EMPTY_CONTACT);
  const [contact, setContact] = useState<Contact>();
  const [booking, setBooking] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const [booked, setBooked] = useState<BookedAppointment>();

  const locations = options.state === 'done' ? options.data.locations : [];
  const place = location ?? (locations.length === 1 ? locations[0] : undefined);

  const go = (next: Step) => {
    setStep(next);
    setMoved(true);
    setBooking({ busy: false });
  };

  const book = async (at: string) => {
    if (!place || !service || !contact || booking.busy) return;
    setStartsAt(at);
    setBooking({ busy: true });
    try {
      const result = await publicCall('bookAppointment', {
        body: { locationId: place.id, serviceId: service.id, startsAt: at, ...contact, language },
      });
      setBooked(result);
      go('done');
    } catch (error) {
      setBooking({ busy: false, error });
    }
  };

  const startAgain = () => {
    setBooked(undefined);
    setStartsAt(undefined);
    go('place');
  };

  const stepNumber = STEPS.indexOf(step as (typeof STEPS)[number]) + 1;
  const serviceName = service && (language === 'da' ? service.nameDa : service.nameEn);
  const taken = takenSlot(booking.error);
  const steps = (
    <div className="pub-step">
      <p className="pub-step-count">{t('booking.step', { n: stepNumber, total: STEPS.length })}</p>

      {step === 'place' && (
        <PlaceStep
          focus={moved}
          options={locations}
          chosen={place}
          onChoose={(chosen) => {
            setLocation(chosen);
            if (service && !chosen.services.some((s) => s.id === service.id)) setService(undefined);
            go('errand');
          }}
        />
      )}

      {step === 'errand' && place && (
        <ErrandStep
          focus={moved}
          options={place.services}
          chosen={service}
          onChoose={(chosen) => {
            setService(chosen);
            go('time');
          }}
          onBack={() => go('place')}
        />
      )}

      {step === 'time' && place && service && (
        <>
          <FocusHeading focus={moved}>{t('slots.title')}</FocusHeading>
          <p className="pub-context">
            {serviceName}, {place.name}
          </p>
          <SlotPicker
            locationId={place.id}
            serviceId={service.id}
            today={today}
            onPick={(at, where) => {
              setStartsAt(at);
              setStop(where);
              go(contact ? 'confirm' : 'contact');
            }}
          />
          <div className="pub-actions">
            <button type="button" className="pub-button pub-button-secondary" onClick={() => go('errand')}>
              {t('common.back')}
            </button>
          </div>
        </>
      )}

      {step === 'contact' && (
        <>
          <FocusHeading focus={moved}>{t('contact.title')}</FocusHeading>
          <ContactStep
            draft={draft}
            onDraft={setDraft}
            onBack={() => go('time')}
            onDone={(checked) => {
              setContact(checked);
              go('confirm');
            }}
          />
        </>
      )}

      {step === 'confirm' && place && service && startsAt && contact && (
        <>
          <FocusHeading focus={moved}>{t('confirm.title')}</FocusHeading>
          <Summary
            rows={[
              [t('summary.when'), formatDateTime(startsAt, language)],
              [t('summary.where'), stop ? `${place.name}, ${stop}` : place.name],
              [t('summary.errand'), serviceName],
              [t('summary.name'), contact.name],
              [t('summary.contact'), [contact.phone, contact.email].filter(Boolean).join(', ')],
              ...(contact.birthDate ? [[t('summary.birthDate'), formatDate(contact.birthDate, language)] as const] : []),
            ]}
          />
          <BringText text={language === 'da' ? service.bringTextDa : service.bringTextEn} />
          {taken ? (
            <TakenNotice nextFree={taken.nextFree} busy={booking.busy} onTake={(at) => void book(at)} onChoose={() => go('time')} />
          ) : (
            booking.error !== undefined && <ErrorNotice message={errorMessage(booking.error, t, language)} />
          )}
          <div className="pub-actions">
            {!taken && (
              <button type="button" className="pub-button" aria-disabled={booking.busy} onClick={() => void book(startsAt)}>
                {booking.busy ? t('confirm.busy') : t('confirm.submit')}
              </button>
            )}
            <button type="button" className="pub-button pub-button-secondary" onClick={() => go('contact')}>
              {t('common.back')}
            </button>
          </div>
        </>
      )}

      <p className="pub-aside">
        <Link href="/tidsbestilling/min-tid">{t('booking.haveOne')}</Link>
      </p>
      {remoteOpen && step === 'place' && (
        <p className="pub-aside">
          <Link href="/billet/ny">{t('booking.takeNumber')}</Link>
        </p>
      )}
    </div>
  );

  if (step === 'done' && booked) return <BookingDone booked={booked} onAnother={startAgain} />;
  return (
    <>
      <p className="pub-lead">{t('booking.intro')}</p>
      {options.state === 'loading' && <Loading text={t('booking.loading')} />}
      {options.state === 'failed' && <ErrorNotice message={errorMessage(options.error, t, language)} onRetry={options.reload} />}
      {options.state === 'done' && (locations.length === 0 ? <p>{t('booking.nothing')}</p> : steps)}
    </>
  );
}

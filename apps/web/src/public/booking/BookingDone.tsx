import type { BookedAppointment } from '@skranke/contracts';
import { formatDateTime } from '../dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { BringText, FocusHeading, Summary } from '../ui.tsx';

/** The booking code, large, with the time, the place and what to bring; the code is shown only this once. */
export function BookingDone({ booked, onAnother }: { booked: BookedAppointment; onAnother(): void }) {
  const { t, language } = useI18n();
  const { appointment } = booked;
  return (
    <section aria-labelledby="done-title" className="pub-done">
      <FocusHeading id="done-title" focus>
        {t('done.title')}
      </FocusHeading>
      <div className="pub-code-box">
        <p className="pub-code-label">{t('done.code')}</p>
        <p className="pub-code" data-testid="booking-code">
          {booked.code}
        </p>
      </div>
      <p className="pub-notice pub-notice-info">{t('done.keep')}</p>
      <Summary
        rows={[
          [t('summary.when'), formatDateTime(appointment.startsAt, language)],
          [t('summary.where'), appointment.place ? `${appointment.locationName}, ${appointment.place}` : appointment.locationName],
          [t('summary.errand'), language === 'da' ? appointment.serviceNameDa : appointment.serviceNameEn],
        ]}
      />
      <BringText text={language === 'da' ? appointment.bringTextDa : appointment.bringTextEn} />
      <div className="pub-actions">
        <Link className="pub-button pub-button-secondary" href="/tidsbestilling/min-tid">
          {t('done.myBooking')}
        </Link>
        <button type="button" className="pub-button pub-button-secondary" onClick={onAnother}>
          {t('done.another')}
        </button>
      </div>
    </section>
  );
}

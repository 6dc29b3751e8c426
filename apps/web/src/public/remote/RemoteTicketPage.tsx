import type { Operations, ResultOf } from '@skranke/contracts/operations';
import { useState, type FormEvent } from 'react';
import { errorMessage, publicCall } from '../client.ts';
import { addMessages, useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router.tsx';
import { ErrorNotice, Loading, useLoad } from '../ui.tsx';
import { remoteTexts } from './texts.ts';

addMessages(remoteTexts);

type RemoteLocation = ResultOf<Operations['listRemoteTicketOptions']>['locations'][number];

/**
 * /billet/ny: a walk-in takes a number on the phone where the place allows it, and lands on the ticket's page
 * (/billet/<token>), as the kiosk receipt's QR code would take them. Places closed now are shown but cannot be chosen.
 */
export function RemoteTicketPage() {
  const { t, language } = useI18n();
  const options = useLoad('remote-options', () => publicCall('listRemoteTicketOptions'));
  const [locationId, setLocationId] = useState<string>();
  const [serviceId, setServiceId] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  if (options.state === 'loading') return <Loading text={t('remote.loading')} />;
  if (options.state === 'failed') return <ErrorNotice message={errorMessage(options.error, t, language)} onRetry={options.reload} />;

  const places = options.data.locations;
  const open = places.filter((p) => p.openNow);
  if (open.length === 0) {
    return (
      <section className="pub-notice pub-notice-info">
        <p>{places.length === 0 ? t('remote.none') : t('remote.allClosed')}</p>
        <p>
          <Link href="/tidsbestilling">{t('remote.toBooking')}</Link>
        </p>
      </section>
    );
  }
  // One open place: it is chosen already.
  const place: RemoteLocation | undefined = open.length === 1 ? open[0] : open.find((p) => p.id === locationId);
  const service = place?.services.find((s) => s.id === serviceId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!place || !service) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const ticket = await publicCall('takeRemoteTicket', { params: { locationId: place.id }, body: { serviceId: service.id } });
      navigate(`/billet/${encodeURIComponent(ticket.token)}`);
    } catch (error) {
      setFailure(errorMessage(error, t, language));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('remote.intro')}</p>
      {open.length > 1 || places.length > 1 ? (
        <fieldset className="pub-fieldset">
          <legend>
            <h2>{t('remote.placeLegend')}</h2>
          </legend>
          {missing && !place && <p className="pub-field-error">{t('common.chooseOne')}</p>}
          {places.map((p) => (
            <div key={p.id} className="pub-radio">
              <input
                type="radio"
                id={`remote-location-${p.id}`}
                name="location"
                value={p.id}
                disabled={!p.openNow}
                checked={place?.id === p.id}
                onChange={() => {
                  setLocationId(p.id);
                  setServiceId(undefined);
                  setMissing(false);
                }}
              />
              <label htmlFor={`remote-location-${p.id}`}>
                {p.name}
                {!p.openNow && <span className="pub-label-detail">{t('remote.closedNow')}</span>}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {place && (
        <fieldset className="pub-fieldset">
          <legend>
            <h2>{t('remote.errandLegend')}</h2>
          </legend>
          {missing && !service && <p className="pub-field-error">{t('common.chooseOne')}</p>}
          {place.services.map((s) => (
            <div key={s.id} className="pub-radio">
              <input
                type="radio"
                id={`remote-errand-${s.id}`}
                name="errand"
                value={s.id}
                checked={service?.id === s.id}
                onChange={() => {
                  setServiceId(s.id);
                  setMissing(false);
                }}
              />
              <label htmlFor={`remote-errand-${s.id}`}>{language === 'da' ? s.nameDa : s.nameEn}</label>
            </div>
          ))}
        </fieldset>
      )}
      {failure && <ErrorNotice message={failure} />}
      <div className="pub-actions">
        <button type="submit" className="pub-button" disabled={busy}>
          {busy ? t('remote.busy') : t('remote.submit')}
        </button>
      </div>
    </form>
  );
}

import type { Service } from '@skranke/contracts';
import { translate } from '../../../i18n/i18n.tsx';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';

interface ServicePickerProps {
  services: Service[];
  /** While a number is being issued every button waits, so a second tap cannot take a second number. */
  pending: boolean;
  failed: boolean;
  onTap(serviceId: string): void;
  /** "Jeg har bestilt tid": a booked citizen checks in instead of taking a number. */
  onCheckIn?(): void;
}

export function ServicePicker({ services, pending, failed, onTap, onCheckIn }: ServicePickerProps) {
  return (
    <main className={classes.start}>
      <header className={classes.header}>
        <h1 className={classes.heading}>
          <Bilingual k="kiosk.heading" />
        </h1>
        <p className={classes.intro}>
          <Bilingual k="kiosk.intro" inline />
        </p>
      </header>
      <div role="status" className={classes.status}>
        {pending && <Bilingual k="kiosk.issuing" inline />}
      </div>
      {failed && !pending && (
        <p role="alert" className={classes.error}>
          <Bilingual k="kiosk.issueFailed" />
        </p>
      )}
      {onCheckIn && (
        <button type="button" className={classes.checkInButton} disabled={pending} onClick={onCheckIn}>
          <span className={classes.serviceDa} lang="da">
            {translate('da', 'kioskCheckIn.start')}
          </span>{' '}
          <span className={classes.serviceEn} lang="en">
            {translate('en', 'kioskCheckIn.start')}
          </span>
        </button>
      )}
      {services.length === 0 ? (
        <p className={classes.intro}>
          <Bilingual k="kiosk.noServices" />
        </p>
      ) : (
        <div className={classes.grid}>
          {services.map((service) => (
            <button key={service.id} type="button" className={classes.serviceButton} disabled={pending} onClick={() => onTap(service.id)}>
              <span className={classes.serviceDa} lang="da">
                {service.nameDa}
              </span>
              {service.nameEn !== service.nameDa && (
                <>
                  {/* The space keeps the two names apart in the button's accessible name. */}{' '}
                  <span className={classes.serviceEn} lang="en">
                    {service.nameEn}
                  </span>
                </>
              )}
            </button>
          ))}
        </div>
      )}
    </main>
  );
}

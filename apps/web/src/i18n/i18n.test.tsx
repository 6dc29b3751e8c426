import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../components/LanguageSwitch/LanguageSwitch.tsx';
import { renderWithProviders } from '../test/render.tsx';
import { daAdmin } from './da-admin.ts';
import { daAudit } from './da-audit.ts';
import { daAppointments } from './da-appointments.ts';
import { daContacts } from './da-contacts.ts';
import { daKioskCheckIn } from './da-kiosk-check-in.ts';
import { daStatistics } from './da-statistics.ts';
import { daMitIdSteps } from './da-mitid-steps.ts';
import { daPassportSteps } from './da-passport-steps.ts';
import { daSelfServiceSteps } from './da-self-service-steps.ts';
import { daAddressChangeSteps } from './da-address-change-steps.ts';
import { daHealthCardSteps } from './da-health-card-steps.ts';
import { daDoctorChangeSteps } from './da-doctor-change-steps.ts';
import { daRepresentation } from './da-representation.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { dateFormat, LANGUAGE_STORAGE_KEY, readStoredLanguage, translate, useI18n, warmIntl } from './i18n.tsx';

function Sample() {
  const { t, formatNumber, formatDate } = useI18n();
  return (
    <>
      <h1>{t('login.heading')}</h1>
      <p>{formatNumber(1234.5)}</p>
      <p>{formatDate(new Date(2025, 10, 22), { day: 'numeric', month: 'long', year: 'numeric' })}</p>
      <LanguageSwitch />
    </>
  );
}

describe('translate', () => {
  it('fills in parameters and formats numbers for the language', () => {
    expect(translate('da', 'admin.locationCount', { count: 1234 })).toBe('1.234 steder');
    expect(translate('en', 'admin.locationCount', { count: 1234 })).toBe('1,234 locations');
    expect(translate('da', 'admin.locations', { municipality: 'Vejle Kommune' })).toBe('Borgerservicesteder i Vejle Kommune');
  });

  it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
    expect(translate('da', 'counter.today')).toBe('I dag er det {date}.');
  });

  it('has an English text for every Danish one, and no empty texts', () => {
    expect(Object.keys(en).sort()).toEqual(
      Object.keys({
        ...da,
        ...daAdmin,
        ...daAudit,
        ...daStatistics,
        ...daMitIdSteps,
        ...daPassportSteps,
        ...daSelfServiceSteps,
        ...daAddressChangeSteps,
        ...daHealthCardSteps,
        ...daDoctorChangeSteps,
        ...daAppointments,
        ...daContacts,
        ...daKioskCheckIn,
        ...daRepresentation,
      }).sort(),
    );
    for (const text of [...Object.values(da), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('warmIntl', () => {
  it.each([
    ['da', 'da-DK'],
    ['en', 'en-GB'],
  ] as const)("builds %s's full-date formatter once, so the counter's heading does not build one", (language, locale) => {
    // format is a getter on the prototype (it returns a bound function): count its reads.
    const prototype = Intl.DateTimeFormat.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'format')!;
    let formatted = 0;
    Object.defineProperty(prototype, 'format', {
      ...descriptor,
      get(this: Intl.DateTimeFormat) {
        formatted += 1;
        return descriptor.get!.call(this) as unknown;
      },
    });
    try {
      const steps: Array<() => void> = [];
      warmIntl(language, (step) => steps.push(step));
      // Each step in a task of its own; run them in order here.
      for (let i = 0; i < steps.length; i++) steps[i]!();
      expect(steps).toHaveLength(2);
      // Its first format() loads the calendar and the time zone's rules: that too happens here, not in a render.
      expect(formatted).toBe(1);
    } finally {
      Object.defineProperty(prototype, 'format', descriptor);
    }
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const format = dateFormat(locale, { dateStyle: 'full' });
      expect(format.resolvedOptions().locale).toBe(locale);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});

describe('language choice', () => {
  it('starts in Danish with Danish number and date formats', async () => {
    await renderWithProviders(<Sample />);
    expect(screen.getByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(screen.getByText('1.234,5')).toBeInTheDocument();
    expect(screen.getByText('22. november 2025')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    const { user } = await renderWithProviders(<Sample />);
    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('1,234.5')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(readStoredLanguage()).toBe('en');

    await user.click(screen.getByRole('radio', { name: 'Dansk' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('da');
  });

  it('opens in the language chosen last time', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    await renderWithProviders(<Sample />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('falls back to Danish for an unknown stored value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(readStoredLanguage()).toBe('da');
  });
});

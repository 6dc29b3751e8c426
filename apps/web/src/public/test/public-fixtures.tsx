import type { AppointmentSlot, BookingOptions, PublicAppointment } from '@skranke/contracts';
import { render } from '@testing-library/react';
import { I18nProvider, type Language } from '../i18n/i18n.tsx';
import { PublicApp } from '../PublicApp.tsx';

// Fixtures and a render helper for the public pages' component tests. The API is answered by operationId with the
// staff SPA's fake (src/test/fake-api.ts); `publicProblem` adds what its `problem` lacks: code and extension members.

export const TODAY = '2026-12-07';
export const DOKK1 = '00000000-0000-4000-8001-000000000001';
export const LYSTRUP = '00000000-0000-4000-8001-000000000002';
export const PASSPORT = '00000000-0000-4000-8002-000000000001';
export const LICENCE = '00000000-0000-4000-8002-000000000002';

export const OPTIONS: BookingOptions = {
  locations: [
    {
      id: DOKK1,
      name: 'Borgerservice Dokk1',
      municipalityName: 'Aarhus Kommune',
      services: [
        {
          id: PASSPORT,
          nameDa: 'Pas',
          nameEn: 'Passport',
          slotMinutes: 15,
          bringTextDa: 'Dit gamle pas og et nyt pasfoto.',
          bringTextEn: 'Your old passport and a new passport photo.',
        },
        {
          id: LICENCE,
          nameDa: 'Kørekort',
          nameEn: 'Driving licence',
          slotMinutes: 20,
          bringTextDa: 'Lægeerklæring.',
          bringTextEn: 'Medical certificate.',
        },
      ],
    },
    { id: LYSTRUP, name: 'Borgerservice Lystrup', municipalityName: 'Aarhus Kommune', services: [] },
  ],
};

const slot = (startsAt: string, minutes = 15): AppointmentSlot => ({
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
  free: 1,
});

/** Tuesday 8 December 10.00 and 10.15, Wednesday 9 December 13.30 (Copenhagen time, UTC+1 in winter). */
export const SLOTS = [slot('2026-12-08T09:00:00Z'), slot('2026-12-08T09:15:00Z'), slot('2026-12-09T12:30:00Z')];
export const NEXT_FREE = SLOTS[0]!.startsAt;

export function appointment(overrides: Partial<PublicAppointment> = {}): PublicAppointment {
  return {
    locationId: DOKK1,
    locationName: 'Borgerservice Dokk1',
    serviceId: PASSPORT,
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    startsAt: '2026-12-08T09:15:00Z',
    endsAt: '2026-12-08T09:30:00Z',
    status: 'booked',
    name: 'Mette Frederiksen',
    bringTextDa: 'Dit gamle pas og et nyt pasfoto.',
    bringTextEn: 'Your old passport and a new passport photo.',
    ...overrides,
  };
}

export function publicProblem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: `urn:skranke:problem:${code}`, title: code, status, code, detail: `${code} (da)`, ...extra }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

/** Renders the public pages at `path`, as public.html does. */
export function renderPublic(path: string, { language = 'da' as Language, today = TODAY } = {}) {
  window.history.replaceState(null, '', path);
  return render(
    <I18nProvider initial={language}>
      <PublicApp today={today} />
    </I18nProvider>,
  );
}

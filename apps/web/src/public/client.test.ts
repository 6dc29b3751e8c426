import { ROUTES } from '@skranke/contracts/routes';
import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, PUBLIC_ROUTES, takenSlot, urlOf } from './client.ts';
import { translate } from './i18n/i18n.tsx';

describe('the public client', () => {
  it("ships exactly the contract's /api/public/ routes, as the contract has them", () => {
    const fromContract = Object.fromEntries(Object.entries(ROUTES).filter(([, route]) => route.path.startsWith('/api/public/')));
    expect(PUBLIC_ROUTES).toEqual(fromContract);
  });

  it('fills in path parameters (encoded) and the query', () => {
    expect(urlOf('listAppointmentSlots', { params: { locationId: 'a b', serviceId: 's' }, query: { from: '2026-12-07', days: 14 } })).toBe(
      '/api/public/locations/a%20b/services/s/slots?from=2026-12-07&days=14',
    );
    expect(urlOf('listBookingOptions')).toBe('/api/public/booking-options');
  });

  it('says problems calmly in the reader’s language; a 409 slot-taken carries the next free time', () => {
    const t = (language: 'da' | 'en') => (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
      translate(language, key, values);
    const taken = new ApiError(409, {
      type: 'urn:skranke:problem:slot-taken',
      title: 'Conflict',
      status: 409,
      code: 'slot-taken',
      nextFree: '2026-12-08T09:00:00Z',
    });
    expect(takenSlot(taken)).toEqual({ nextFree: '2026-12-08T09:00:00Z' });
    expect(takenSlot(new ApiError(409, { type: 'x', title: 'Conflict', status: 409, code: 'stale-version' }))).toBeUndefined();
    expect(errorMessage(new ApiError(429, null), t('da'), 'da')).toBe('Der er travlt lige nu. Vent et øjeblik, og prøv igen.');
    expect(errorMessage(new TypeError('Failed to fetch'), t('da'), 'da')).toMatch(/forbindelse/);
    expect(errorMessage(new ApiError(500, { type: 'x', title: 'Internal', status: 500, detail: 'stack …' }), t('da'), 'da')).toBe(
      'Noget gik galt hos os. Prøv igen om lidt.',
    );
    const validation = new ApiError(400, {
      type: 'x',
      title: 'Bad Request',
      status: 400,
      detail: 'Ugyldig dato',
      detailEn: 'Invalid date',
    });
    expect(errorMessage(validation, t('en'), 'en')).toBe('Invalid date');
    expect(errorMessage(validation, t('da'), 'da')).toBe('Ugyldig dato');
  });
});

import type { AppointmentCodeBody, RescheduleAppointmentBody } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, ok } from '../../test/fake-api.ts';
import { appointment, NEXT_FREE, publicProblem, renderPublic, SLOTS } from '../test/public-fixtures.tsx';

const CODE = 'K7MQ-4XR2';

function myBookingApi(extra: Parameters<typeof installFakeApi>[0] = {}) {
  return installFakeApi({
    findAppointment: async (request) => {
      const { code } = (await request.json()) as AppointmentCodeBody;
      return code === CODE ? ok('findAppointment', appointment()) : publicProblem(404, 'unknown-code');
    },
    listAppointmentSlots: () => ok('listAppointmentSlots', { items: SLOTS, nextFree: NEXT_FREE }),
    cancelAppointment: () => ok('cancelAppointment', appointment({ status: 'cancelled' })),
    rescheduleAppointment: async (request) => {
      const { startsAt } = (await request.json()) as RescheduleAppointmentBody;
      return ok('rescheduleAppointment', appointment({ startsAt }));
    },
    ...extra,
  });
}

async function findBooking(user: ReturnType<typeof userEvent.setup>, code = CODE) {
  await user.type(await screen.findByRole('textbox', { name: 'Bookingkode' }), code);
  await user.click(screen.getByRole('button', { name: 'Find min tid' }));
}

describe('my booking (/tidsbestilling/min-tid)', () => {
  it('finds the booking by its code (sent in the body, not the URL) and cancels it after asking', async () => {
    const user = userEvent.setup();
    const api = myBookingApi();
    renderPublic('/tidsbestilling/min-tid');
    expect(await screen.findByRole('heading', { level: 1, name: 'Min tid' })).toBeInTheDocument();

    // Too short to be a code: said beside the field, nothing sent.
    await findBooking(user, 'K7MQ');
    expect(screen.getByText('Skriv din bookingkode (mindst 8 tegn).')).toBeInTheDocument();
    expect(api.calledOp('findAppointment')).toHaveLength(0);
    await user.clear(screen.getByRole('textbox', { name: 'Bookingkode' }));
    await findBooking(user);

    expect(await screen.findByRole('heading', { level: 2, name: 'Pas' })).toHaveFocus();
    expect(screen.getByText('tirsdag den 8. december 2026 kl. 10.15')).toBeInTheDocument();
    expect(screen.getByText('Borgerservice Dokk1')).toBeInTheDocument();
    expect(screen.getByText('Bestilt')).toBeInTheDocument();
    const [find] = api.calledOp('findAppointment');
    expect(new URL(find!.url).pathname).toBe('/api/public/appointments/find');
    expect(await find!.json()).toEqual({ code: CODE });

    await user.click(screen.getByRole('button', { name: 'Aflys tiden' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Vil du aflyse din tid tirsdag den 8. december 2026 kl. 10.15?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Nej, behold tiden' }));
    expect(api.calledOp('cancelAppointment')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Aflys tiden' }));
    await user.click(screen.getByRole('button', { name: 'Ja, aflys tiden' }));

    expect(await screen.findByText('Din tid er aflyst, og andre kan nu bestille den.')).toBeInTheDocument();
    expect(screen.getByText('Aflyst')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aflys tiden' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bestil en ny tid' })).toHaveAttribute('href', '/tidsbestilling');
  });

  it('moves the booking to another free time, confirmed first', async () => {
    const user = userEvent.setup();
    const api = myBookingApi();
    renderPublic('/tidsbestilling/min-tid');
    await findBooking(user);
    await user.click(await screen.findByRole('button', { name: 'Flyt tiden' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Vælg en ny tid' })).toHaveFocus();
    // The booking's own time is not offered.
    await screen.findByRole('button', { name: '10.00 Første ledige' });
    expect(screen.queryByRole('button', { name: '10.15' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /ons\. 9\. dec\./ }));
    await user.click(screen.getByRole('button', { name: '13.30' }));
    await user.click(screen.getByRole('button', { name: 'Ja, flyt tiden' }));

    expect(await screen.findByText('Din tid er flyttet. Bookingkoden er den samme.')).toBeInTheDocument();
    expect(screen.getByText('onsdag den 9. december 2026 kl. 13.30')).toBeInTheDocument();
    expect(await api.calledOp('rescheduleAppointment')[0]!.json()).toEqual({ code: CODE, startsAt: SLOTS[2]!.startsAt });
  });

  it('a new time taken meanwhile: offers the next free time the API names', async () => {
    const user = userEvent.setup();
    let calls = 0;
    myBookingApi({
      rescheduleAppointment: async (request) => {
        const { startsAt } = (await request.json()) as RescheduleAppointmentBody;
        return ++calls === 1
          ? publicProblem(409, 'slot-taken', { nextFree: SLOTS[2]!.startsAt })
          : ok('rescheduleAppointment', appointment({ startsAt }));
      },
    });
    renderPublic('/tidsbestilling/min-tid');
    await findBooking(user);
    await user.click(await screen.findByRole('button', { name: 'Flyt tiden' }));
    await user.click(await screen.findByRole('button', { name: '10.00 Første ledige' }));
    await user.click(screen.getByRole('button', { name: 'Ja, flyt tiden' }));
    const taken = await screen.findByRole('alert');
    await user.click(within(taken).getByRole('button', { name: 'Tag tiden onsdag den 9. december 2026 kl. 13.30' }));
    expect(await screen.findByText('Din tid er flyttet. Bookingkoden er den samme.')).toBeInTheDocument();
  });

  it('an unknown code, and a rate limit, are said plainly', async () => {
    const user = userEvent.setup();
    let calls = 0;
    myBookingApi({
      findAppointment: () => (++calls === 1 ? publicProblem(404, 'unknown-code') : publicProblem(429, 'too-many-requests')),
    });
    renderPublic('/tidsbestilling/min-tid');
    await findBooking(user, 'AAAA-BBBB');
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi kan ikke finde en tid med den kode. Tjek koden, og prøv igen.');
    await user.click(screen.getByRole('button', { name: 'Find min tid' }));
    expect(await screen.findByText('Der er travlt lige nu. Vent et øjeblik, og prøv igen.')).toBeInTheDocument();
  });
});

import type { Appointment, AppointmentRule, BookingOptions, CheckInResult, IssuedTicket } from '@skranke/contracts';
import { DOKK1_ID, KOEREKORT, PAS, ticket } from './queue-fixtures.ts';

// Appointment data shaped like the API's answers, for component tests. 8 December 2026 is a Tuesday; Copenhagen is
// at UTC+1 then, so 09:30Z is 10.30 on the desk's clock.

export const DAY = '2026-12-08';
const id = (n: number) => `00000000-0000-4000-8300-${String(n).padStart(12, '0')}`;

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: id(1),
    locationId: DOKK1_ID,
    serviceId: PAS.id,
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    startsAt: `${DAY}T09:30:00.000Z`,
    endsAt: `${DAY}T09:45:00.000Z`,
    status: 'booked',
    channel: 'phone',
    name: 'Mette Juhl',
    phone: '+4520304050',
    email: null,
    birthDate: null,
    personId: null,
    ticketId: null,
    ticketNumber: null,
    checkedInAt: null,
    version: 1,
    ...overrides,
  };
}

export const appointmentId = id;

export const BOOKING_OPTIONS: BookingOptions = {
  locations: [
    {
      id: DOKK1_ID,
      name: 'Borgerservice Dokk1',
      municipalityName: 'Aarhus Kommune',
      services: [
        {
          id: PAS.id,
          nameDa: 'Pas',
          nameEn: 'Passport',
          slotMinutes: 15,
          bringTextDa: 'Gammelt pas og foto',
          bringTextEn: 'Old passport and photo',
        },
        { id: KOEREKORT.id, nameDa: 'Kørekort', nameEn: 'Driving licence', slotMinutes: 15, bringTextDa: '', bringTextEn: '' },
      ],
    },
  ],
};

export function issued(displayNumber = 'P014', overrides: Partial<IssuedTicket> = {}): IssuedTicket {
  return {
    ticket: ticket({ displayNumber, source: 'appointment', arrivedAt: `${DAY}T09:20:00Z` }),
    position: 1,
    estimatedWaitMinutes: 10,
    ...overrides,
  };
}

export function checkInResult(overrides: Partial<CheckInResult> = {}): CheckInResult {
  return {
    arrival: 'on_time',
    startsAt: `${DAY}T09:30:00.000Z`,
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    issued: issued(),
    ...overrides,
  };
}

export function rule(overrides: Partial<AppointmentRule> = {}): AppointmentRule {
  return {
    serviceId: PAS.id,
    active: true,
    slotMinutes: 15,
    capacity: 2,
    acuteSeats: 5,
    cutoffMinutes: 60,
    horizonDays: 30,
    graceMinutes: 10,
    latePolicy: 'walk_in',
    bringTextDa: 'Gammelt pas og foto',
    bringTextEn: 'Old passport and photo',
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { danishSmsNumber, isDanishSmsNumber, isEmailAddress } from './recipients.ts';
import {
  appointmentCancelledText,
  appointmentConfirmationText,
  appointmentReminderText,
  appointmentTimeText,
  isTurnNear,
  passportReadyText,
  turnNearText,
  type AppointmentFacts,
} from './texts.ts';

describe('appointmentTimeText: the Copenhagen wall clock as Danes and English readers write it', () => {
  it.each([
    ['2026-12-08T09:30:00Z', 'da', 'tirsdag den 8. december 2026 kl. 10.30'],
    ['2026-12-08T09:30:00Z', 'en', 'Tuesday 8 December 2026 at 10:30'],
    // Summer time: UTC+2.
    ['2026-06-15T12:05:00Z', 'da', 'mandag den 15. juni 2026 kl. 14.05'],
    ['2026-06-15T12:05:00Z', 'en', 'Monday 15 June 2026 at 14:05'],
    // The local date, not the UTC date: 23:30 UTC on 31 December is 00:30 on New Year's Day in Copenhagen.
    ['2026-12-31T23:30:00Z', 'da', 'fredag den 1. januar 2027 kl. 00.30'],
    ['2027-03-28T01:00:00Z', 'en', 'Sunday 28 March 2027 at 03:00'],
  ] as const)('%s in %s: %s', (at, language, expected) => {
    expect(appointmentTimeText(new Date(at), language)).toBe(expected);
  });
});

const passport = (language: 'da' | 'en', bringText = 'Gammelt pas og et nyt pasfoto'): AppointmentFacts => ({
  language,
  startsAt: new Date('2026-12-08T09:30:00Z'),
  locationName: 'Borgerservice Dokk1',
  serviceName: language === 'da' ? 'Pas' : 'Passport',
  bringText,
});

describe('appointment texts', () => {
  it.each([
    [
      'confirmation, Danish',
      appointmentConfirmationText({ ...passport('da'), code: 'K7MQ-4XR2' }),
      'Bekræftelse: Pas hos Borgerservice Dokk1',
      [
        'Du har fået en tid til Pas hos Borgerservice Dokk1 tirsdag den 8. december 2026 kl. 10.30.',
        'Din bookingkode er K7MQ-4XR2. Brug den, når du tjekker ind, og hvis du vil flytte eller aflyse tiden.',
        'Husk at medbringe: Gammelt pas og et nyt pasfoto',
      ],
    ],
    [
      'confirmation, English',
      appointmentConfirmationText({ ...passport('en', 'Old passport and a new photo'), code: 'K7MQ-4XR2' }),
      'Confirmation: Passport at Borgerservice Dokk1',
      [
        'You have an appointment for Passport at Borgerservice Dokk1 on Tuesday 8 December 2026 at 10:30.',
        'Your booking code is K7MQ-4XR2. Use it to check in, and to move or cancel the appointment.',
        'Please bring: Old passport and a new photo',
      ],
    ],
    [
      'confirmation without anything to bring',
      appointmentConfirmationText({ ...passport('da', '  '), code: 'K7MQ-4XR2' }),
      'Bekræftelse: Pas hos Borgerservice Dokk1',
      [
        'Du har fået en tid til Pas hos Borgerservice Dokk1 tirsdag den 8. december 2026 kl. 10.30.',
        'Din bookingkode er K7MQ-4XR2. Brug den, når du tjekker ind, og hvis du vil flytte eller aflyse tiden.',
      ],
    ],
    [
      'reminder, Danish',
      appointmentReminderText(passport('da')),
      'Påmindelse: Pas i morgen',
      [
        'Påmindelse: Du har en tid til Pas hos Borgerservice Dokk1 i morgen, tirsdag den 8. december 2026 kl. 10.30.',
        'Husk at medbringe: Gammelt pas og et nyt pasfoto',
        'Kan du ikke komme, så aflys tiden med din bookingkode, så en anden kan få den.',
      ],
    ],
    [
      'reminder, English',
      appointmentReminderText(passport('en', '')),
      'Reminder: Passport tomorrow',
      [
        'Reminder: you have an appointment for Passport at Borgerservice Dokk1 tomorrow, Tuesday 8 December 2026 at 10:30.',
        'If you cannot come, please cancel with your booking code so that someone else can have the time.',
      ],
    ],
    [
      'cancellation, Danish',
      appointmentCancelledText(passport('da')),
      'Aflyst: Pas hos Borgerservice Dokk1',
      [
        'Din tid til Pas hos Borgerservice Dokk1 tirsdag den 8. december 2026 kl. 10.30 er aflyst.',
        'Du kan bestille en ny tid på bookingsiden.',
      ],
    ],
    [
      'cancellation, English',
      appointmentCancelledText(passport('en')),
      'Cancelled: Passport at Borgerservice Dokk1',
      [
        'Your appointment for Passport at Borgerservice Dokk1 on Tuesday 8 December 2026 at 10:30 has been cancelled.',
        'You can book a new time on the booking page.',
      ],
    ],
    [
      'passport ready, Danish',
      passportReadyText({ language: 'da', locationName: 'Borgerservice Dokk1' }),
      'Dit pas er klar til afhentning',
      ['Dit nye pas er klar til afhentning hos Borgerservice Dokk1. Medbring billedlegitimation, når du henter det.'],
    ],
    [
      'passport ready, English',
      passportReadyText({ language: 'en', locationName: 'Borgerservice Dokk1' }),
      'Your passport is ready for pick-up',
      ['Your new passport is ready for pick-up at Borgerservice Dokk1. Please bring photo ID when you collect it.'],
    ],
    [
      'turn near, Danish',
      turnNearText({ language: 'da', displayNumber: 'P012', locationName: 'Borgerservice Dokk1' }),
      'Det er snart din tur (P012)',
      ['Det er snart din tur hos Borgerservice Dokk1: nummer P012 kaldes om lidt. Hold øje med skærmen.'],
    ],
    [
      'turn near, English',
      turnNearText({ language: 'en', displayNumber: 'P012', locationName: 'Borgerservice Dokk1' }),
      'Your turn is near (P012)',
      ['Your turn is near at Borgerservice Dokk1: number P012 will be called shortly. Please watch the screen.'],
    ],
  ])('%s', (_name, text, subject, body) => {
    expect(text).toEqual({ subject, body: body.join('\n') });
  });
});

describe('recipients: SMS only to Danish numbers', () => {
  it.each([
    ['12345678', '+4512345678'],
    ['12 34 56 78', '+4512345678'],
    ['+45 1234-5678', '+4512345678'],
    ['0045 12 34 56 78', '+4512345678'],
    ['+46 701234567', null],
    ['1234567', null],
    ['123456789', null],
    ['+45 1234 567a', null],
    ['', null],
  ])('%j → %j', (typed, stored) => {
    expect(danishSmsNumber(typed)).toBe(stored);
  });

  it.each([
    ['+4512345678', true],
    ['12345678', false],
    ['+461234567', false],
    ['+45123456789', false],
  ])('isDanishSmsNumber(%j) = %j', (recipient, ok) => {
    expect(isDanishSmsNumber(recipient)).toBe(ok);
  });

  it.each([
    ['borger@example.dk', true],
    ['borger@localhost', false],
    ['to @example.dk', false],
    ['a@b@example.dk', false],
  ])('isEmailAddress(%j) = %j', (recipient, ok) => {
    expect(isEmailAddress(recipient)).toBe(ok);
  });
});

describe('isTurnNear: at most three ahead in call order', () => {
  it.each([
    [1, true],
    [4, true],
    [5, false],
    [30, false],
    [0, false],
  ])('position %i → %j', (position, near) => {
    expect(isTurnNear(position)).toBe(near);
  });
});

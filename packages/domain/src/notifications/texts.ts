import { copenhagenClock } from '../queue/clock.ts';

/**
 * The texts of the notifications a municipality may send (SMS or e-mail, issue 12): an appointment's confirmation,
 * the reminder the day before, its cancellation, and "passport ready for pick-up". Pure: the API's
 * NotificationSender sends them. No CPR number and no name: the citizen knows who they are, the outbox need not.
 */

export type NotificationLanguage = 'da' | 'en';

/** One message; an SMS sends only the body, an e-mail the subject too. */
export interface NotificationText {
  subject: string;
  body: string;
}

/** A booked time as the texts name it: the errand and place in the citizen's language. */
export interface AppointmentFacts {
  language: NotificationLanguage;
  startsAt: Date;
  locationName: string;
  serviceName: string;
  /** What to bring for the errand (the service's configured text); '' when nothing is configured. */
  bringText: string;
}

const WEEKDAYS = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;
const MONTHS = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * A time on the Copenhagen wall clock as the citizen reads it: 'tirsdag den 8. december 2026 kl. 10.30' (Danish
 * writes the time with a full stop) or 'Tuesday 8 December 2026 at 10:30'.
 */
export function appointmentTimeText(at: Date, language: NotificationLanguage): string {
  const clock = copenhagenClock(at);
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  const minutes = Math.floor(clock.minutesOfDay);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const weekday = WEEKDAYS[language][clock.weekday - 1];
  const monthName = MONTHS[language][month - 1];
  return language === 'da'
    ? `${weekday} den ${day}. ${monthName} ${year} kl. ${hh}.${mm}`
    : `${weekday} ${day} ${monthName} ${year} at ${hh}:${mm}`;
}

const lines = (...parts: Array<string | false>) => parts.filter((p): p is string => Boolean(p)).join('\n');

function bringLine(facts: AppointmentFacts) {
  const bring = facts.bringText.trim();
  if (!bring) return false;
  return facts.language === 'da' ? `Husk at medbringe: ${bring}` : `Please bring: ${bring}`;
}

/** Sent when a time is booked: time, place, errand, the booking code (shown nowhere else again) and what to bring. */
export function appointmentConfirmationText(facts: AppointmentFacts & { code: string }): NotificationText {
  const time = appointmentTimeText(facts.startsAt, facts.language);
  if (facts.language === 'da') {
    return {
      subject: `Bekræftelse: ${facts.serviceName} hos ${facts.locationName}`,
      body: lines(
        `Du har fået en tid til ${facts.serviceName} hos ${facts.locationName} ${time}.`,
        `Din bookingkode er ${facts.code}. Brug den, når du tjekker ind, og hvis du vil flytte eller aflyse tiden.`,
        bringLine(facts),
      ),
    };
  }
  return {
    subject: `Confirmation: ${facts.serviceName} at ${facts.locationName}`,
    body: lines(
      `You have an appointment for ${facts.serviceName} at ${facts.locationName} on ${time}.`,
      `Your booking code is ${facts.code}. Use it to check in, and to move or cancel the appointment.`,
      bringLine(facts),
    ),
  };
}

/** Sent the day before. The booking code is not in it: only its hash is stored. */
export function appointmentReminderText(facts: AppointmentFacts): NotificationText {
  const time = appointmentTimeText(facts.startsAt, facts.language);
  if (facts.language === 'da') {
    return {
      subject: `Påmindelse: ${facts.serviceName} i morgen`,
      body: lines(
        `Påmindelse: Du har en tid til ${facts.serviceName} hos ${facts.locationName} i morgen, ${time}.`,
        bringLine(facts),
        'Kan du ikke komme, så aflys tiden med din bookingkode, så en anden kan få den.',
      ),
    };
  }
  return {
    subject: `Reminder: ${facts.serviceName} tomorrow`,
    body: lines(
      `Reminder: you have an appointment for ${facts.serviceName} at ${facts.locationName} tomorrow, ${time}.`,
      bringLine(facts),
      'If you cannot come, please cancel with your booking code so that someone else can have the time.',
    ),
  };
}

/** Sent when a booking is cancelled (by the citizen or by staff). */
export function appointmentCancelledText(facts: Omit<AppointmentFacts, 'bringText'>): NotificationText {
  const time = appointmentTimeText(facts.startsAt, facts.language);
  if (facts.language === 'da') {
    return {
      subject: `Aflyst: ${facts.serviceName} hos ${facts.locationName}`,
      body: lines(
        `Din tid til ${facts.serviceName} hos ${facts.locationName} ${time} er aflyst.`,
        'Du kan bestille en ny tid på bookingsiden.',
      ),
    };
  }
  return {
    subject: `Cancelled: ${facts.serviceName} at ${facts.locationName}`,
    body: lines(
      `Your appointment for ${facts.serviceName} at ${facts.locationName} on ${time} has been cancelled.`,
      'You can book a new time on the booking page.',
    ),
  };
}

/** Sent by the passport workflow when the new passport has arrived at the desk. */
export function passportReadyText(facts: { language: NotificationLanguage; locationName: string }): NotificationText {
  if (facts.language === 'da') {
    return {
      subject: 'Dit pas er klar til afhentning',
      body: `Dit nye pas er klar til afhentning hos ${facts.locationName}. Medbring billedlegitimation, når du henter det.`,
    };
  }
  return {
    subject: 'Your passport is ready for pick-up',
    body: `Your new passport is ready for pick-up at ${facts.locationName}. Please bring photo ID when you collect it.`,
  };
}

/** "Your turn is near" goes out once a waiting ticket has at most this many tickets ahead of it in call order. */
export const TURN_NEAR_AHEAD = 3;

/** Whether a waiting ticket at `position` (1 = next) is near enough its turn for the "turn is near" SMS. */
export const isTurnNear = (position: number): boolean => position >= 1 && position - 1 <= TURN_NEAR_AHEAD;

/**
 * Sent once to a walk-in who asked for it on the ticket's phone page, when at most TURN_NEAR_AHEAD are ahead. An SMS
 * (only the body is sent); it names the ticket's number and place, never the citizen.
 */
export function turnNearText(facts: { language: NotificationLanguage; displayNumber: string; locationName: string }): NotificationText {
  if (facts.language === 'da') {
    return {
      subject: `Det er snart din tur (${facts.displayNumber})`,
      body: `Det er snart din tur hos ${facts.locationName}: nummer ${facts.displayNumber} kaldes om lidt. Hold øje med skærmen.`,
    };
  }
  return {
    subject: `Your turn is near (${facts.displayNumber})`,
    body: `Your turn is near at ${facts.locationName}: number ${facts.displayNumber} will be called shortly. Please watch the screen.`,
  };
}

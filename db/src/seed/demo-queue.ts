import type { Tx } from '../index.ts';
import {
  appointmentRules,
  appointmentSettings,
  counters,
  openingHours,
  priorityClasses,
  queueSettings,
  services,
} from '../schema/index.ts';

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

/** Services (ærindetyper) as Danish Borgerservice centres offer them; the same set in both demo municipalities. */
const SERVICE_TEMPLATES = [
  { code: 'pas', prefix: 'P', nameDa: 'Pas', nameEn: 'Passport', expectedMinutes: 12, kioskOrder: 10 },
  { code: 'koerekort', prefix: 'K', nameDa: 'Kørekort', nameEn: 'Driving licence', expectedMinutes: 10, kioskOrder: 20 },
  { code: 'mitid', prefix: 'M', nameDa: 'MitID', nameEn: 'MitID', expectedMinutes: 15, kioskOrder: 30 },
  { code: 'sundhedskort', prefix: 'S', nameDa: 'Sundhedskort', nameEn: 'Health insurance card', expectedMinutes: 6, kioskOrder: 40 },
  { code: 'digital-post', prefix: 'D', nameDa: 'Digital Post', nameEn: 'Digital Post', expectedMinutes: 10, kioskOrder: 50 },
  {
    code: 'selvbetjening',
    prefix: 'F',
    nameDa: 'Fritagelse for selvbetjening',
    nameEn: 'Exemption from self-service',
    expectedMinutes: 12,
    kioskOrder: 60,
  },
  { code: 'vejledning', prefix: 'V', nameDa: 'Vejledning', nameEn: 'Guidance', expectedMinutes: 8, kioskOrder: 70 },
] as const;

const PRIORITY_TEMPLATES = [
  { code: 'stoetteperson', nameDa: 'Ledsaget af støtteperson', nameEn: 'Accompanied by a support person', headStartMinutes: 10 },
  { code: 'tilgaengelighed', nameDa: 'Tilgængelighedsbehov', nameEn: 'Accessibility needs', headStartMinutes: 10 },
  { code: 'akut', nameDa: 'Akut', nameEn: 'Urgent', headStartMinutes: 15 },
] as const;

export const DEMO_QUEUE = {
  aarhusServices: Object.fromEntries(SERVICE_TEMPLATES.map((s, i) => [s.code, uuid('8003', i + 1)])) as Record<
    (typeof SERVICE_TEMPLATES)[number]['code'],
    string
  >,
  vejleServices: Object.fromEntries(SERVICE_TEMPLATES.map((s, i) => [s.code, uuid('8003', 101 + i)])) as Record<
    (typeof SERVICE_TEMPLATES)[number]['code'],
    string
  >,
  aarhusPriority: Object.fromEntries(PRIORITY_TEMPLATES.map((p, i) => [p.code, uuid('8005', i + 1)])) as Record<
    (typeof PRIORITY_TEMPLATES)[number]['code'],
    string
  >,
  /** Dokk1 has skranke 1–6, Lystrup 1–2, the bus 1; Vejle Rådhus 1–4. */
  dokk1Counters: [1, 2, 3, 4, 5, 6].map((n) => uuid('8004', n)),
  lystrupCounters: [11, 12].map((n) => uuid('8004', n)),
  busCounters: [21].map((n) => uuid('8004', n)),
  vejleCounters: [101, 102, 103, 104].map((n) => uuid('8004', n)),
};

const BRING_PASSPORT_DA =
  'Dit gamle pas (eller anden billedlegitimation), og betaling med kort. Under 18 år: begge forældre med myndighed giver samtykke.';
const BRING_PASSPORT_EN = 'Your old passport (or other photo ID) and a payment card. Under 18: both parents with custody consent.';

/** Bookable errands (tidsbestilling) and their rules at Dokk1. */
const BOOKABLE = [
  {
    code: 'pas' as const,
    slotMinutes: 15,
    capacity: 3,
    acuteSeats: 1,
    cutoffMinutes: 60,
    horizonDays: 30,
    graceMinutes: 10,
    bringTextDa: BRING_PASSPORT_DA,
    bringTextEn: BRING_PASSPORT_EN,
  },
  {
    code: 'koerekort' as const,
    slotMinutes: 15,
    capacity: 1,
    acuteSeats: 0,
    cutoffMinutes: 60,
    horizonDays: 30,
    graceMinutes: 10,
    bringTextDa: 'Dit nuværende kørekort, et nyt foto hvis du ikke har et digitalt, og lægeerklæring hvis du har fået den.',
    bringTextEn: 'Your current licence, a new photo unless you have a digital one, and a medical certificate if you were given one.',
  },
  {
    code: 'mitid' as const,
    slotMinutes: 20,
    capacity: 2,
    acuteSeats: 0,
    cutoffMinutes: 60,
    horizonDays: 30,
    graceMinutes: 10,
    bringTextDa: 'Gyldigt pas eller kørekort, og sundhedskortet. Har du ikke pas eller kørekort, så ring og spørg, hvad du skal medbringe.',
    bringTextEn: 'A valid passport or driving licence, and your health insurance card. Without either, call us and ask what to bring.',
  },
];

const weekdays = (opens: string, closes: string, days: number[] = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, opens, closes }));

export async function seedDemoQueue(
  tx: Tx,
  ids: { aarhus: string; vejle: string; dokk1: string; lystrup: string; bus: string; raadhus: string },
): Promise<void> {
  await tx
    .insert(services)
    .values([
      ...SERVICE_TEMPLATES.map((s, i) => ({ ...s, id: uuid('8003', i + 1), municipalityId: ids.aarhus })),
      ...SERVICE_TEMPLATES.map((s, i) => ({ ...s, id: uuid('8003', 101 + i), municipalityId: ids.vejle })),
    ])
    .onConflictDoNothing();
  await tx
    .insert(priorityClasses)
    .values([
      ...PRIORITY_TEMPLATES.map((p, i) => ({ ...p, id: uuid('8005', i + 1), municipalityId: ids.aarhus })),
      ...PRIORITY_TEMPLATES.map((p, i) => ({ ...p, id: uuid('8005', 101 + i), municipalityId: ids.vejle })),
    ])
    .onConflictDoNothing();
  await tx
    .insert(queueSettings)
    .values([{ municipalityId: ids.aarhus }, { municipalityId: ids.vejle }])
    .onConflictDoNothing();
  await tx
    .insert(appointmentSettings)
    .values([{ municipalityId: ids.aarhus }, { municipalityId: ids.vejle }])
    .onConflictDoNothing();
  // Tidsbestilling: passport, driving licence and MitID are booked at Dokk1, passport at Lystrup and Vejle Rådhus.
  await tx
    .insert(appointmentRules)
    .values(
      [
        ...BOOKABLE.map((rule) => ({
          ...rule,
          id: uuid('8006', BOOKABLE.indexOf(rule) + 1),
          municipalityId: ids.aarhus,
          locationId: ids.dokk1,
          serviceId: DEMO_QUEUE.aarhusServices[rule.code],
        })),
        {
          ...BOOKABLE[0]!,
          id: uuid('8006', 11),
          municipalityId: ids.aarhus,
          locationId: ids.lystrup,
          serviceId: DEMO_QUEUE.aarhusServices.pas,
          capacity: 1,
          acuteSeats: 0,
        },
        {
          ...BOOKABLE[0]!,
          id: uuid('8006', 101),
          municipalityId: ids.vejle,
          locationId: ids.raadhus,
          serviceId: DEMO_QUEUE.vejleServices.pas,
        },
      ].map(({ code: _code, ...rule }) => rule),
    )
    .onConflictDoNothing();
  const counterRows = [
    ...DEMO_QUEUE.dokk1Counters.map((id, i) => ({ id, locationId: ids.dokk1, municipalityId: ids.aarhus, name: `Skranke ${i + 1}` })),
    ...DEMO_QUEUE.lystrupCounters.map((id, i) => ({ id, locationId: ids.lystrup, municipalityId: ids.aarhus, name: `Skranke ${i + 1}` })),
    ...DEMO_QUEUE.busCounters.map((id) => ({ id, locationId: ids.bus, municipalityId: ids.aarhus, name: 'Bussen' })),
    ...DEMO_QUEUE.vejleCounters.map((id, i) => ({ id, locationId: ids.raadhus, municipalityId: ids.vejle, name: `Skranke ${i + 1}` })),
  ];
  await tx.insert(counters).values(counterRows).onConflictDoNothing();
  const existing = await tx.select({ id: openingHours.id }).from(openingHours).limit(1);
  if (existing.length === 0) {
    await tx.insert(openingHours).values([
      ...[...weekdays('10:00', '17:00', [1, 2, 3]), ...weekdays('10:00', '18:00', [4]), ...weekdays('10:00', '14:00', [5])].map((h) => ({
        ...h,
        locationId: ids.dokk1,
        municipalityId: ids.aarhus,
      })),
      ...weekdays('10:00', '14:00', [1, 3, 4]).map((h) => ({ ...h, locationId: ids.lystrup, municipalityId: ids.aarhus })),
      // The bus: a timetable of stops in the villages.
      { weekday: 2, opens: '09:00', closes: '11:30', place: 'Mårslet, ved Kulturhuset', locationId: ids.bus, municipalityId: ids.aarhus },
      { weekday: 2, opens: '13:00', closes: '15:00', place: 'Solbjerg, Torvet', locationId: ids.bus, municipalityId: ids.aarhus },
      { weekday: 4, opens: '09:00', closes: '12:00', place: 'Harlev, ved Biblioteket', locationId: ids.bus, municipalityId: ids.aarhus },
      ...weekdays('09:00', '16:00').map((h) => ({ ...h, locationId: ids.raadhus, municipalityId: ids.vejle })),
    ]);
  }
}

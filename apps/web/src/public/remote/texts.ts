/** Texts of taking a number on the phone (Danish and English: the chunk is small, and the page comes with it). */
const da = {
  'remote.intro': 'Tag et nummer her, og følg din plads i køen på telefonen. Du skal være på stedet, når det bliver din tur.',
  'remote.placeLegend': 'Hvor er du?',
  'remote.closedNow': 'lukket nu',
  'remote.errandLegend': 'Hvad drejer det sig om?',
  'remote.submit': 'Tag et nummer',
  'remote.busy': 'Tager et nummer …',
  'remote.none': 'Ingen steder tager numre på telefonen lige nu. Tag et nummer ved standeren, eller bestil en tid.',
  'remote.allClosed': 'Stederne er lukket lige nu. Se åbningstiderne, eller bestil en tid.',
  'remote.toBooking': 'Bestil en tid',
  'remote.loading': 'Henter stederne …',
} as const;

const en: Record<keyof typeof da, string> = {
  'remote.intro': 'Take a number here and follow your place in line on your phone. Be there when it is your turn.',
  'remote.placeLegend': 'Where are you?',
  'remote.closedNow': 'closed now',
  'remote.errandLegend': 'What is your errand?',
  'remote.submit': 'Take a number',
  'remote.busy': 'Taking a number …',
  'remote.none': 'No place hands out numbers on the phone right now. Take a number at the kiosk, or book a time.',
  'remote.allClosed': 'The places are closed right now. See the opening hours, or book a time.',
  'remote.toBooking': 'Book a time',
  'remote.loading': 'Loading the places …',
};

export const remoteTexts = { da, en };

import type { myBookingTexts } from '../my-booking/texts.ts';
import type { remoteTexts } from '../remote/texts.ts';
import type { ticketTexts } from '../ticket/texts.ts';

/**
 * The public pages' Danish texts (the default language) for the shell and the booking page; the other pages bring
 * theirs (my-booking/texts.ts, ticket/texts.ts). `{name}` is filled in by `t`.
 */
export const da = {
  'app.brand': 'Borgerservice',
  'app.otherLanguage': 'English',
  'app.otherLanguageLabel': 'Read this page in English',
  'app.loading': 'Siden indlæses …',
  'app.notFound': 'Siden findes ikke',
  'app.notFoundBody': 'Tjek adressen, eller gå til tidsbestillingen.',
  'app.toBooking': 'Bestil tid',
  'find.title': 'Min tid',
  'ticket.title': 'Din billet',
  'remote.title': 'Tag et nummer',

  'booking.title': 'Bestil tid hos Borgerservice',
  'booking.intro': 'Vælg sted og ærinde, og find en ledig tid. Det tager et par minutter, og du skal ikke logge ind.',
  'booking.step': 'Trin {n} af {total}',
  'booking.haveOne': 'Har du allerede en tid? Se, flyt eller aflys den',
  'booking.takeNumber': 'Skal du bare have et nummer i dag? Tag et nummer på telefonen',
  'booking.loading': 'Henter steder og ærinder …',
  'booking.nothing': 'Der er ingen steder, hvor man kan bestille tid lige nu.',
  'location.legend': 'Hvor vil du møde op?',
  'errand.legend': 'Hvad er dit ærinde?',
  'errand.bring': 'Husk at medbringe',
  'errand.minutes': 'Tiden varer ca. {n} min.',
  'common.next': 'Videre',
  'common.back': 'Tilbage',
  'common.chooseOne': 'Vælg en af mulighederne.',
  'common.retry': 'Prøv igen',

  'slots.title': 'Vælg dag og tid',
  'slots.nextFree': 'Første ledige tid: {time}',
  'slots.takeNextFree': 'Vælg første ledige tid',
  'slots.none': 'Ingen ledige tider i disse 14 dage.',
  'slots.noneAtAll': 'Der er ingen ledige tider at bestille lige nu. Prøv igen senere, eller ring til Borgerservice.',
  'slots.days': 'Dage med ledige tider, {from} til {to}',
  'slots.free': '{n} ledige',
  'slots.oneFree': '1 ledig',
  'slots.times': 'Ledige tider {day}',
  'slots.later': 'Næste 14 dage',
  'slots.earlier': 'Forrige 14 dage',
  'slots.loading': 'Henter ledige tider …',
  'slots.first': 'Første ledige',
  'slots.chooseDay': 'Vælg en dag for at se tiderne.',

  'contact.title': 'Dine oplysninger',
  'contact.intro': 'Vi spørger kun om det, Borgerservice skal bruge for at kende dig, når du kommer. Vi spørger ikke om dit CPR-nummer.',
  'contact.name': 'Navn',
  'contact.nameHint': 'Så medarbejderen ved, hvem der har tiden.',
  'contact.reach': 'Mobilnummer eller e-mail',
  'contact.reachHint': 'Mindst én af dem. Vi sender en bekræftelse og minder dig om tiden dagen før.',
  'contact.phone': 'Mobilnummer',
  'contact.email': 'E-mail',
  'contact.birthDate': 'Fødselsdato (frivilligt)',
  'contact.birthDateHint': 'Glemmer du koden, kan du tjekke ind med fødselsdato og fornavn.',
  'contact.nameMissing': 'Skriv dit navn.',
  'contact.reachMissing': 'Skriv et mobilnummer eller en e-mail.',
  'contact.phoneInvalid': 'Skriv et dansk mobilnummer med 8 cifre.',
  'contact.emailInvalid': 'Skriv en e-mail som navn@eksempel.dk.',
  'contact.birthDateInvalid': 'Skriv en gyldig fødselsdato, for eksempel 24 3 1987, eller lad felterne stå tomme.',
  'contact.day': 'Dag',
  'contact.month': 'Måned',
  'contact.year': 'År',
  'contact.errors': 'Ret dette, før du går videre:',

  'confirm.title': 'Tjek og bestil',
  'confirm.submit': 'Bestil tiden',
  'confirm.busy': 'Bestiller …',
  'summary.when': 'Tid',
  'summary.where': 'Sted',
  'summary.errand': 'Ærinde',
  'summary.name': 'Navn',
  'summary.contact': 'Kontakt',
  'summary.birthDate': 'Fødselsdato',
  'summary.bring': 'Medbring',

  'done.title': 'Din tid er bestilt',
  'done.code': 'Din bookingkode',
  'done.keep':
    'Gem koden: skriv den ned, eller tag et billede af skærmen. Du skal bruge den, når du tjekker ind, og hvis du vil flytte eller aflyse tiden. Vi viser den ikke igen.',
  'done.myBooking': 'Se, flyt eller aflys tiden',
  'done.another': 'Bestil en tid mere',

  'taken.title': 'Tiden blev taget lige før dig',
  'taken.offer': 'Den næste ledige tid er {time}.',
  'taken.take': 'Tag tiden {time}',
  'taken.choose': 'Vælg en anden tid',
  'taken.none': 'Der er ingen andre ledige tider lige nu.',

  'error.rateLimited': 'Der er travlt lige nu. Vent et øjeblik, og prøv igen.',
  'error.rateLimitedSeconds': 'Der er travlt lige nu. Vent {n} sekunder, og prøv igen.',
  'error.network': 'Vi kunne ikke få forbindelse. Tjek din internetforbindelse, og prøv igen.',
  'error.generic': 'Noget gik galt hos os. Prøv igen om lidt.',
  'error.unknownCode': 'Vi kan ikke finde en tid med den kode. Tjek koden, og prøv igen.',
  'error.closed': 'Tiden kan ikke længere ændres.',
  'error.unavailable': 'Tiden kan ikke bestilles længere. Vælg en anden tid.',
  'error.notBookable': 'Ærindet kan ikke bestilles her lige nu.',
  'error.invalidContact': 'Tjek mobilnummer og e-mail.',
} as const;

/** Every text's key: the shell's and the booking page's here, the other pages' in their own chunks. */
export type MessageKey =
  keyof typeof da | keyof (typeof myBookingTexts)['da'] | keyof (typeof ticketTexts)['da'] | keyof (typeof remoteTexts)['da'];

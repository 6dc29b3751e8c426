import { formatDanishDate } from '../cases/danish-date.ts';
import type { RuleProblem } from '../digital-post/rules.ts';

/**
 * Sundhedskort (the yellow health card) at Borgerservice (domain.md §5; middelfart.dk, odense.dk): a new card, a
 * replacement, or a free temporary certificate (midlertidigt sundhedskort) to print while the card is on its way
 * (2–3 weeks). 225 kr. (2024; the fee table's product `health_card`) when the card is lost, damaged and under 4 years
 * old, or for a change of doctor or group without moving; free for a first card, a move, or a marriage name change.
 */
export const HEALTH_CARD_STEPS = ['request', 'payment'] as const;
export type HealthCardStep = (typeof HEALTH_CARD_STEPS)[number];

export const HEALTH_CARD_STEP_TEXT: Record<HealthCardStep, string> = {
  request: 'Kort og årsag',
  payment: 'Gebyr',
};

export type HealthCardKind = 'new_card' | 'replacement' | 'temporary';
export const HEALTH_CARD_KINDS: readonly HealthCardKind[] = ['new_card', 'replacement', 'temporary'];

/** Why a card is needed. `new_card`: first, moving, doctor or group change; `replacement`: lost, damaged, name change. */
export type HealthCardReason = 'first_card' | 'moving' | 'doctor_change' | 'group_change' | 'lost' | 'damaged' | 'name_change' | 'waiting';
export const HEALTH_CARD_REASONS: readonly HealthCardReason[] = [
  'first_card',
  'moving',
  'doctor_change',
  'group_change',
  'lost',
  'damaged',
  'name_change',
  'waiting',
];

/** Which reasons go with which kind; a temporary certificate is for someone waiting for a card (or without it today). */
export const HEALTH_CARD_REASONS_BY_KIND: Record<HealthCardKind, readonly HealthCardReason[]> = {
  new_card: ['first_card', 'moving', 'doctor_change', 'group_change'],
  replacement: ['lost', 'damaged', 'name_change'],
  temporary: ['waiting', 'lost', 'damaged', 'moving', 'first_card'],
};

export type NameChangeCause = 'marriage' | 'other';
export const NAME_CHANGE_CAUSES: readonly NameChangeCause[] = ['marriage', 'other'];

export const HEALTH_CARD_KIND_TEXT: Record<HealthCardKind, { da: string; en: string }> = {
  new_card: { da: 'Nyt sundhedskort', en: 'New health card' },
  replacement: { da: 'Erstatningskort', en: 'Replacement health card' },
  temporary: { da: 'Midlertidigt sundhedskort', en: 'Temporary health card certificate' },
};

export const HEALTH_CARD_REASON_TEXT: Record<HealthCardReason, { da: string; en: string }> = {
  first_card: { da: 'Første sundhedskort', en: 'First health card' },
  moving: { da: 'Flytning', en: 'Moving' },
  doctor_change: { da: 'Skift af læge uden flytning', en: 'Change of doctor without moving' },
  group_change: { da: 'Skift af sygesikringsgruppe uden flytning', en: 'Change of group without moving' },
  lost: { da: 'Bortkommet eller stjålet', en: 'Lost or stolen' },
  damaged: { da: 'Beskadiget', en: 'Damaged' },
  name_change: { da: 'Navneændring', en: 'Change of name' },
  waiting: { da: 'Venter på nyt kort', en: 'Waiting for a new card' },
};

/** Why a card is free. */
export type HealthCardFreeReason = 'first_card' | 'moving' | 'marriage' | 'worn_card' | 'temporary';
export const HEALTH_CARD_FREE_TEXT: Record<HealthCardFreeReason, { da: string; en: string }> = {
  first_card: { da: 'Gratis: første sundhedskort', en: 'Free: first health card' },
  moving: { da: 'Gratis: nyt kort ved flytning', en: 'Free: new card when moving' },
  marriage: { da: 'Gratis: navneændring ved vielse', en: 'Free: change of name on marriage' },
  worn_card: { da: 'Gratis: det beskadigede kort er mindst 4 år gammelt', en: 'Free: the damaged card is at least 4 years old' },
  temporary: { da: 'Gratis: midlertidigt sundhedskort', en: 'Free: temporary certificate' },
};

/** A damaged card this young is replaced for the fee; an older one is worn out and replaced free. */
export const FREE_DAMAGED_CARD_AGE_YEARS = 4;
/**
 * How long a temporary certificate printed at the counter is valid. The sources say only "while waiting for the card"
 * (2–3 weeks); 60 days covers a delayed card with room to spare, and the certificate names its last day.
 */
export const TEMPORARY_CERTIFICATE_DAYS = 60;
/** What the receipt tells the citizen about delivery. */
export const HEALTH_CARD_DELIVERY_TEXT =
  'Det nye sundhedskort sendes med posten til din folkeregisteradresse og kommer inden for 2–3 uger.';

export interface HealthCardRequestData {
  kind: HealthCardKind;
  reason: HealthCardReason;
  /** For `name_change`: a change on marriage is free, any other costs the fee. */
  nameChangeCause?: NameChangeCause;
}

export interface HealthCardPaymentData {
  paid: boolean;
}

/** The fee table's rate code for a card that costs the fee. */
export const HEALTH_CARD_FEE_CODE = 'health_card';

const addYears = (date: string, years: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/** Whether the card issued on `issuedOn` is still under 4 years old on `today`. */
export const cardUnderFreeAge = (issuedOn: string, today: string) => today < addYears(issuedOn, FREE_DAMAGED_CARD_AGE_YEARS);

/**
 * The fee rule: free (and why) or the fee table's `health_card` rate. A damaged card of unknown age is charged, as
 * the citizen can show the card's date if it is older.
 */
export function healthCardFee(
  request: HealthCardRequestData,
  card: { issuedOn: string | null },
  today: string,
): { free: HealthCardFreeReason } | { code: typeof HEALTH_CARD_FEE_CODE } {
  if (request.kind === 'temporary') return { free: 'temporary' };
  switch (request.reason) {
    case 'first_card':
      return { free: 'first_card' };
    case 'moving':
      return { free: 'moving' };
    case 'name_change':
      return request.nameChangeCause === 'marriage' ? { free: 'marriage' } : { code: HEALTH_CARD_FEE_CODE };
    case 'damaged':
      return card.issuedOn && !cardUnderFreeAge(card.issuedOn, today) ? { free: 'worn_card' } : { code: HEALTH_CARD_FEE_CODE };
    default:
      return { code: HEALTH_CARD_FEE_CODE };
  }
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });

/** The request against the card on record: the reason fits the kind, a replacement replaces a card, a first card is one. */
export function healthCardRequestProblems(request: HealthCardRequestData, card: { issuedOn: string | null }): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!HEALTH_CARD_REASONS_BY_KIND[request.kind].includes(request.reason))
    problems.push(
      problem(
        '/reason',
        'reason-not-for-kind',
        `Årsagen "${HEALTH_CARD_REASON_TEXT[request.reason].da.toLowerCase()}" passer ikke til ${HEALTH_CARD_KIND_TEXT[request.kind].da.toLowerCase()}.`,
        `The reason '${request.reason}' does not go with '${request.kind}'.`,
      ),
    );
  if (request.reason === 'name_change' && !request.nameChangeCause)
    problems.push(
      problem(
        '/nameChangeCause',
        'name-change-cause-required',
        'Angiv, om navneændringen skyldes vielse.',
        'Say whether the change of name is due to marriage.',
      ),
    );
  if (request.kind === 'replacement' && !card.issuedOn)
    problems.push(
      problem(
        '/kind',
        'no-card-to-replace',
        'Borgeren har intet sundhedskort registreret, der kan erstattes. Bestil et nyt kort (første kort).',
        'The citizen has no health card on record to replace; order a new (first) card.',
      ),
    );
  if (request.reason === 'first_card' && request.kind === 'new_card' && card.issuedOn)
    problems.push(
      problem(
        '/reason',
        'card-already-issued',
        `Borgeren har allerede et sundhedskort (udstedt ${formatDanishDate(card.issuedOn)}). Vælg erstatningskort.`,
        'The citizen already has a health card; choose a replacement.',
      ),
    );
  return problems;
}

export function healthCardPaymentProblems(data: HealthCardPaymentData, feeOre: number): RuleProblem[] {
  if (feeOre > 0 && !data.paid)
    return [
      problem(
        '/paid',
        'payment-required',
        'Gebyret skal være betalt, før kortet bestilles.',
        'The fee must be paid before the card is ordered.',
      ),
    ];
  return [];
}

/** The last day a temporary certificate printed on `today` is valid. */
export function temporaryCertificateValidUntil(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d + TEMPORARY_CERTIFICATE_DAYS));
  return at.toISOString().slice(0, 10);
}

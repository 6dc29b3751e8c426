/** Codes and Danish wording for the passport (pas) workflow (domain.md §4). */

/** The steps of the passport workflow, in the order the counter walks them. */
export const PASSPORT_STEPS = ['identity', 'old_passport', 'photo', 'fingerprints', 'consent', 'payment'] as const;
export type PassportStep = (typeof PASSPORT_STEPS)[number];

/** The steps' names as the counter sees them (in the API's messages). */
export const PASSPORT_STEP_TEXT: Record<PassportStep, string> = {
  identity: 'Identitet',
  old_passport: 'Gammelt pas',
  photo: 'Foto',
  fingerprints: 'Fingeraftryk',
  consent: 'Samtykke',
  payment: 'Betaling',
};

/** What the applicant showed to prove identity (and, for a first passport, citizenship). */
export type IdentityEvidence =
  'old_passport' | 'driving_licence' | 'birth_or_name_certificate' | 'citizenship_certificate' | 'other_photo_id';
export const IDENTITY_EVIDENCE: readonly IdentityEvidence[] = [
  'old_passport',
  'driving_licence',
  'birth_or_name_certificate',
  'citizenship_certificate',
  'other_photo_id',
];
export const IDENTITY_EVIDENCE_TEXT: Record<IdentityEvidence, { da: string; en: string }> = {
  old_passport: { da: 'Tidligere pas', en: 'Previous passport' },
  driving_licence: { da: 'Dansk kørekort', en: 'Danish driving licence' },
  birth_or_name_certificate: { da: 'Dåbs-, navne- eller fødselsattest', en: 'Baptism, naming or birth certificate' },
  citizenship_certificate: { da: 'Statsborgerretsbevis', en: 'Certificate of citizenship' },
  other_photo_id: { da: 'Anden billedlegitimation', en: 'Other photo ID' },
};

/**
 * The old passport: handed in, reported lost, not brought (missing), handed in damaged, or none (a first passport).
 * The fee doubles when an old passport is not shown or is damaged (pasloven §§ 4a/4b; domain.md §4).
 */
export type OldPassportOutcome = 'handed_in' | 'lost' | 'missing' | 'damaged' | 'none';
export const OLD_PASSPORT_OUTCOMES: readonly OldPassportOutcome[] = ['handed_in', 'lost', 'missing', 'damaged', 'none'];
export const OLD_PASSPORT_TEXT: Record<OldPassportOutcome, { da: string; en: string }> = {
  handed_in: { da: 'Afleveret', en: 'Handed in' },
  lost: { da: 'Bortkommet (meldt mistet)', en: 'Lost (reported)' },
  missing: { da: 'Ikke medbragt', en: 'Not brought' },
  damaged: { da: 'Afleveret beskadiget', en: 'Handed in damaged' },
  none: { da: 'Første pas (intet tidligere pas)', en: 'First passport (none before)' },
};

export type PhotoSource = 'taken_here' | 'brought';
export const PHOTO_SOURCES: readonly PhotoSource[] = ['taken_here', 'brought'];
export const PHOTO_SOURCE_TEXT: Record<PhotoSource, { da: string; en: string }> = {
  taken_here: { da: 'Taget i Borgerservice', en: 'Taken at the counter' },
  brought: { da: 'Medbragt (35 × 45 mm)', en: 'Brought along (35 × 45 mm)' },
};

/** `impossible`: fingerprints could not be taken (e.g. injury); a note says why. */
export type FingerprintStatus = 'taken' | 'not_required' | 'impossible';
export const FINGERPRINT_STATUSES: readonly FingerprintStatus[] = ['taken', 'not_required', 'impossible'];
export const FINGERPRINT_TEXT: Record<FingerprintStatus, { da: string; en: string }> = {
  taken: { da: 'Fingeraftryk optaget', en: 'Fingerprints taken' },
  not_required: { da: 'Ikke krævet (under 12 år)', en: 'Not required (under 12)' },
  impossible: { da: 'Kunne ikke optages', en: 'Could not be taken' },
};

/** How a custody holder consented: at the counter, in the digital application, or via givsamtykke.dk. */
export type ConsentMethod = 'present' | 'digital' | 'givsamtykke';
export const CONSENT_METHODS: readonly ConsentMethod[] = ['present', 'digital', 'givsamtykke'];
export const CONSENT_METHOD_TEXT: Record<ConsentMethod, { da: string; en: string }> = {
  present: { da: 'Personligt fremmøde', en: 'In person' },
  digital: { da: 'I den digitale ansøgning', en: 'In the digital application' },
  givsamtykke: { da: 'Via givsamtykke.dk', en: 'Via givsamtykke.dk' },
};

export type PaymentMethod = 'card' | 'cash' | 'mobilepay';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['card', 'cash', 'mobilepay'];
export const PAYMENT_METHOD_TEXT: Record<PaymentMethod, { da: string; en: string }> = {
  card: { da: 'Betalingskort', en: 'Card' },
  cash: { da: 'Kontant', en: 'Cash' },
  mobilepay: { da: 'MobilePay', en: 'MobilePay' },
};

/** After the case is paid and ordered. */
export type PassportOrderStatus = 'ordered' | 'ready_for_pickup' | 'handed_out';
export const PASSPORT_ORDER_STATUS_TEXT: Record<PassportOrderStatus, { da: string; en: string }> = {
  ordered: { da: 'Bestilt', en: 'Ordered' },
  ready_for_pickup: { da: 'Klar til afhentning', en: 'Ready for pick-up' },
  handed_out: { da: 'Udleveret', en: 'Handed out' },
};

/**
 * Codes and Danish wording for MitID at Borgerservice (domain.md §3; mitid.dk, digst.dk, aabenraa.dk, herning.dk).
 */

/** Danish photo ID: one of these is enough on its own. */
export type DanishPhotoId = 'dk_passport' | 'dk_driving_licence' | 'dk_residence_permit';
/** Foreign photo ID: only together with a sundhedskort or a bopælsattest. */
export type ForeignPhotoId = 'foreign_passport' | 'foreign_id_card';
/** Documents without a photo: two different ones together. */
export type SecondaryDocument = 'sundhedskort' | 'birth_certificate' | 'bopaelsattest' | 'tax_statement';
export type MitIdDocumentKind = DanishPhotoId | ForeignPhotoId | SecondaryDocument;

export const DANISH_PHOTO_IDS: readonly DanishPhotoId[] = ['dk_passport', 'dk_driving_licence', 'dk_residence_permit'];
export const FOREIGN_PHOTO_IDS: readonly ForeignPhotoId[] = ['foreign_passport', 'foreign_id_card'];
export const SECONDARY_DOCUMENTS: readonly SecondaryDocument[] = ['sundhedskort', 'birth_certificate', 'bopaelsattest', 'tax_statement'];
/** The documents a foreign photo ID must be combined with. */
export const FOREIGN_ID_SUPPLEMENTS: readonly SecondaryDocument[] = ['sundhedskort', 'bopaelsattest'];
export const MITID_DOCUMENT_KINDS: readonly MitIdDocumentKind[] = [...DANISH_PHOTO_IDS, ...FOREIGN_PHOTO_IDS, ...SECONDARY_DOCUMENTS];

/**
 * Documents that always show the CPR number, so the "shows the CPR number" box starts ticked for them (staff may
 * still untick it). A Danish passport and a Danish driving licence print the personnummer on the data page (field
 * 4d of the licence), and the sundhedskort carries it on its face. ✱ domain.md does not list which documents show it;
 * this is common Danish practice, not a cited source. A residence permit, a certificate or a tax statement may or may
 * not show it, so staff tick it by looking.
 */
export const ALWAYS_SHOWS_CPR: readonly MitIdDocumentKind[] = ['dk_passport', 'dk_driving_licence', 'sundhedskort'];

/** Whether a newly chosen document starts as showing the CPR number. */
export const showsCprByDefault = (kind: MitIdDocumentKind): boolean => ALWAYS_SHOWS_CPR.includes(kind);

export const MITID_DOCUMENT_TEXT: Record<MitIdDocumentKind, { da: string; en: string }> = {
  dk_passport: { da: 'Dansk pas', en: 'Danish passport' },
  dk_driving_licence: { da: 'Dansk kørekort (kort eller app)', en: 'Danish driving licence (card or app)' },
  dk_residence_permit: { da: 'Dansk opholdstilladelse med foto', en: 'Danish residence permit with photo' },
  foreign_passport: { da: 'Udenlandsk pas', en: 'Foreign passport' },
  foreign_id_card: { da: 'Udenlandsk ID-kort', en: 'Foreign ID card' },
  sundhedskort: { da: 'Sundhedskort', en: 'Health insurance card' },
  birth_certificate: { da: 'Dåbs-, navne- eller fødselsattest', en: 'Baptism, naming or birth certificate' },
  bopaelsattest: { da: 'Bopælsattest', en: 'Certificate of residence' },
  tax_statement: { da: 'Årsopgørelse eller anden skatteopgørelse', en: 'Tax statement' },
};

export type MitIdAuthenticator = 'app' | 'kodeviser' | 'kodeoplaeser' | 'chip';
export const MITID_AUTHENTICATORS: readonly MitIdAuthenticator[] = ['app', 'kodeviser', 'kodeoplaeser', 'chip'];

export const MITID_AUTHENTICATOR_TEXT: Record<MitIdAuthenticator, { da: string; en: string }> = {
  app: { da: 'MitID-appen', en: 'The MitID app' },
  kodeviser: { da: 'Kodeviser', en: 'Code display' },
  kodeoplaeser: { da: 'Kodeoplæser (til blinde og svagtseende)', en: 'Audio code reader (for blind and partially sighted users)' },
  chip: { da: 'MitID-chip', en: 'MitID chip' },
};

/** Who stands at the counter. MitID is personal: only `in_person` can lead to an issue. */
export type MitIdApplicantType = 'in_person' | 'power_of_attorney' | 'guardian';
export const MITID_APPLICANT_TYPES: readonly MitIdApplicantType[] = ['in_person', 'power_of_attorney', 'guardian'];

export const MITID_APPLICANT_TYPE_TEXT: Record<MitIdApplicantType, { da: string; en: string }> = {
  in_person: { da: 'Borgeren selv (personligt fremmøde)', en: 'The citizen in person' },
  power_of_attorney: { da: 'En anden med fuldmagt fra borgeren', en: 'Someone with power of attorney' },
  guardian: { da: 'Værge på borgerens vegne', en: 'A guardian on the citizen’s behalf' },
};

/** How the identity was confirmed beyond the documents. */
export type MitIdVerificationMethod = 'control_questions' | 'witness';
export const MITID_VERIFICATION_METHODS: readonly MitIdVerificationMethod[] = ['control_questions', 'witness'];

/** Why a MitID is refused (afslag; mitid.dk "afslag", BEK om MitID §§ 3 og 8). */
export type MitIdRefusalReason = 'representative' | 'cannot_use_alone' | 'documents_insufficient' | 'identity_uncertain';
export const MITID_REFUSAL_REASONS: readonly MitIdRefusalReason[] = [
  'representative',
  'cannot_use_alone',
  'documents_insufficient',
  'identity_uncertain',
];

/** The begrundelse, one paragraph per reason, as the decision letter prints it. */
export const MITID_REFUSAL_TEXT: Record<MitIdRefusalReason, { da: string; en: string }> = {
  representative: {
    da: 'MitID er personligt. Det kan ikke udstedes til eller bruges af en anden på dine vegne, heller ikke med fuldmagt eller af en værge, og ingen andre må betjene din MitID-app eller kodeviser.',
    en: 'MitID is personal: it cannot be issued to or used by anyone on your behalf, not with a power of attorney nor by a guardian.',
  },
  cannot_use_alone: {
    da: 'Du skal selv kunne bruge MitID uden hjælp fra andre. Borgerservice har vurderet, at du ikke kan det.',
    en: 'You must be able to use MitID on your own. Borgerservice has found that you cannot.',
  },
  documents_insufficient: {
    da: 'Den legitimation, du har vist, er ikke nok til at fastslå din identitet. Du skal vise ét dansk billedlegitimationsdokument, et udenlandsk pas eller ID-kort sammen med sundhedskort eller bopælsattest, eller to andre dokumenter. Ét af dem skal vise dit CPR-nummer, og midlertidige dokumenter kan ikke bruges.',
    en: 'The ID you showed is not enough to establish your identity.',
  },
  identity_uncertain: {
    da: 'Borgerservice har ikke kunnet bekræfte din identitet sikkert, hverken med kontrolspørgsmål eller med et vidne.',
    en: 'Borgerservice could not confirm your identity, neither with control questions nor with a witness.',
  },
};

/** The legal basis printed in a refusal (domain.md §3). */
export const MITID_LEGAL_BASIS = 'Bekendtgørelse om MitID §§ 3 og 8';

/** The rule values a municipality may change (✱ in domain.md); the defaults follow mitid.dk. */
export interface MitIdRuleValues {
  /** A witness must have had MitID for more than this many days (✱ mitid.dk 30, digst.dk 10). */
  witnessMinMitidDays: number;
  /** At most this many witness acts per witness within the window. */
  witnessMaxActs: number;
  witnessWindowDays: number;
}

export const DEFAULT_MITID_RULE_VALUES: MitIdRuleValues = { witnessMinMitidDays: 30, witnessMaxActs: 3, witnessWindowDays: 120 };

/** MitID is issued from the 13th birthday (mitid.dk; norden.org). */
export const MITID_MINIMUM_AGE = 13;
/** A witness must be of age. */
export const WITNESS_MINIMUM_AGE = 18;

/**
 * Who may act for a citizen (domain.md §1, §3, §4, §5): the kinds of representation Borgerservice records, what each
 * may cover and the documents that prove it. Danish wording for the counter, English beside it.
 */
export type RepresentationKind = 'digital_fuldmagt' | 'vaerge' | 'fremtidsfuldmagt' | 'laeseadgang' | 'foraeldremyndighed';
export const REPRESENTATION_KINDS: readonly RepresentationKind[] = [
  'digital_fuldmagt',
  'vaerge',
  'fremtidsfuldmagt',
  'laeseadgang',
  'foraeldremyndighed',
];

export const REPRESENTATION_KIND_TEXT: Record<RepresentationKind, { da: string; en: string }> = {
  digital_fuldmagt: { da: 'Digital fuldmagt', en: 'Digital power of attorney' },
  vaerge: { da: 'Værge (værgebeskikkelse)', en: 'Guardian (certificate of appointment)' },
  fremtidsfuldmagt: { da: 'Fremtidsfuldmagt (sat i kraft)', en: 'Lasting power of attorney (in force)' },
  laeseadgang: { da: 'Læseadgang til Digital Post', en: 'Read access to Digital Post' },
  foraeldremyndighed: { da: 'Forældremyndighed', en: 'Parental custody' },
};

/** The areas a fuldmagt (digital or fremtidsfuldmagt) may cover; `all` covers every area. */
export type RepresentationArea = 'digital_post' | 'self_service' | 'passport_pickup' | 'all';
export const REPRESENTATION_AREAS: readonly RepresentationArea[] = ['digital_post', 'self_service', 'passport_pickup', 'all'];

export const REPRESENTATION_AREA_TEXT: Record<RepresentationArea, { da: string; en: string }> = {
  digital_post: { da: 'Digital Post', en: 'Digital Post' },
  self_service: { da: 'Digital selvbetjening', en: 'Digital self-service' },
  passport_pickup: { da: 'Afhentning af pas', en: 'Passport pick-up' },
  all: { da: 'Alle områder', en: 'All areas' },
};

/** A værgemål covers personal matters, financial matters or both (værgemålsloven §§ 5 and 7). */
export type GuardianshipScope = 'personal' | 'financial' | 'both';
export const GUARDIANSHIP_SCOPES: readonly GuardianshipScope[] = ['personal', 'financial', 'both'];

export const GUARDIANSHIP_SCOPE_TEXT: Record<GuardianshipScope, { da: string; en: string }> = {
  personal: { da: 'Personlige forhold', en: 'Personal matters' },
  financial: { da: 'Økonomiske forhold', en: 'Financial matters' },
  both: { da: 'Personlige og økonomiske forhold', en: 'Personal and financial matters' },
};

/** A scope value, by kind: areas for a fuldmagt, a guardianship scope for a værge, nothing for the others. */
export type RepresentationScope = RepresentationArea | GuardianshipScope;

/** The document staff saw before recording the representation. */
export type RepresentationDocument =
  'vaergebeskikkelse' | 'fuldmagt_paper' | 'fuldmagt_digital' | 'fremtidsfuldmagt_vaerges_attest' | 'birth_certificate';
export const REPRESENTATION_DOCUMENTS: readonly RepresentationDocument[] = [
  'vaergebeskikkelse',
  'fuldmagt_paper',
  'fuldmagt_digital',
  'fremtidsfuldmagt_vaerges_attest',
  'birth_certificate',
];

export const REPRESENTATION_DOCUMENT_TEXT: Record<RepresentationDocument, { da: string; en: string }> = {
  vaergebeskikkelse: { da: 'Værgebeskikkelse', en: 'Certificate of guardianship' },
  fuldmagt_paper: { da: 'Fuldmagt på papir', en: 'Power of attorney on paper' },
  fuldmagt_digital: { da: 'Digital fuldmagt (borger.dk)', en: 'Digital power of attorney (borger.dk)' },
  fremtidsfuldmagt_vaerges_attest: {
    da: 'Fremtidsfuldmagt med påtegning om ikrafttræden',
    en: 'Lasting power of attorney endorsed as in force',
  },
  birth_certificate: { da: 'Fødsels- eller navneattest', en: 'Birth or naming certificate' },
};

/** Which documents prove which kind. */
export const DOCUMENTS_BY_KIND: Record<RepresentationKind, readonly RepresentationDocument[]> = {
  digital_fuldmagt: ['fuldmagt_digital', 'fuldmagt_paper'],
  vaerge: ['vaergebeskikkelse'],
  fremtidsfuldmagt: ['fremtidsfuldmagt_vaerges_attest'],
  laeseadgang: ['fuldmagt_digital', 'fuldmagt_paper'],
  foraeldremyndighed: ['birth_certificate'],
};

/**
 * What a representative wants to do for the citizen. `mitid_identity` is listed so the refusal is explicit: MitID's
 * identity check never accepts a representative (no fuldmagt over another person's MitID; mitid.dk, RKSK).
 */
export type RepresentationPurpose = 'digital_post' | 'self_service' | 'passport_pickup' | 'read_digital_post' | 'mitid_identity';
export const REPRESENTATION_PURPOSES: readonly RepresentationPurpose[] = [
  'digital_post',
  'self_service',
  'passport_pickup',
  'read_digital_post',
  'mitid_identity',
];

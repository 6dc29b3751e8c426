/**
 * Codes and Danish wording for fritagelse fra Digital Post (domain.md §1). The grounds are those the municipalities'
 * guidance lists (vejle.dk; frederiksberg.dk; international.kk.dk); the citizen need not say which one applies.
 */
export type DigitalPostGround =
  | 'functional_impairment'
  | 'no_computer_or_internet'
  | 'emigrated'
  | 'no_fixed_address'
  | 'language_barriers'
  | 'mitid_difficulties'
  | 'no_broadband';

export const DIGITAL_POST_GROUNDS: readonly DigitalPostGround[] = [
  'functional_impairment',
  'no_computer_or_internet',
  'emigrated',
  'no_fixed_address',
  'language_barriers',
  'mitid_difficulties',
  'no_broadband',
];

export const DIGITAL_POST_GROUND_TEXT: Record<DigitalPostGround, { da: string; en: string }> = {
  functional_impairment: { da: 'Kognitiv eller fysisk funktionsnedsættelse', en: 'Cognitive or physical impairment' },
  no_computer_or_internet: { da: 'Ingen computer eller tablet med internet i hjemmet', en: 'No computer or tablet with internet at home' },
  emigrated: { da: 'Registreret som udrejst i CPR', en: 'Registered in CPR as emigrated' },
  no_fixed_address: { da: 'Uden fast bopæl', en: 'No fixed address' },
  language_barriers: { da: 'Sproglige barrierer', en: 'Language barriers' },
  mitid_difficulties: { da: 'Praktiske vanskeligheder ved at skaffe MitID', en: 'Practical difficulties obtaining MitID' },
  no_broadband: { da: 'Ingen bredbåndsforbindelse på mindst 512 kbit/s', en: 'No broadband of at least 512 kbit/s' },
};

/** Who stands at the counter: the citizen, a representative with a fuldmagt (FD 001F), or a værge. */
export type ApplicantType = 'in_person' | 'power_of_attorney' | 'guardian';
export const APPLICANT_TYPES: readonly ApplicantType[] = ['in_person', 'power_of_attorney', 'guardian'];

export const APPLICANT_TYPE_TEXT: Record<ApplicantType, { da: string; en: string }> = {
  in_person: { da: 'Borgeren selv (personligt fremmøde)', en: 'The citizen in person' },
  power_of_attorney: { da: 'Repræsentant med fuldmagt (blanket FD 001F)', en: 'Representative with power of attorney (form FD 001F)' },
  guardian: { da: 'Værge med værgebeskikkelse', en: 'Guardian with certificate of appointment' },
};

/** Photo ID accepted at the counter. */
export type IdDocument = 'sundhedskort' | 'koerekort' | 'pas';
export const ID_DOCUMENTS: readonly IdDocument[] = ['sundhedskort', 'koerekort', 'pas'];

export const ID_DOCUMENT_TEXT: Record<IdDocument, { da: string; en: string }> = {
  sundhedskort: { da: 'Sundhedskort', en: 'Health insurance card' },
  koerekort: { da: 'Kørekort', en: 'Driving licence' },
  pas: { da: 'Pas', en: 'Passport' },
};

/** What staff must see before granting, by applicant type. */
export type RequiredDocument = 'id' | 'power_of_attorney' | 'guardianship_certificate';

/** The person's standing in the register, as far as these rules need it. */
export type PersonStatus = 'active' | 'emigrated' | 'no_fixed_address';

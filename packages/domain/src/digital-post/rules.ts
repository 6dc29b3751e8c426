import type { ApplicantType, DigitalPostGround, IdDocument, PersonStatus, RequiredDocument } from './codes.ts';
import { missingSteps, underStep } from '../cases/steps.ts';

/** The steps of the exemption workflow, in order (KL/Digitaliseringsstyrelsen vejledning 2015). */
export const DIGITAL_POST_STEPS = ['applicant', 'identification', 'declaration'] as const;
export type DigitalPostStep = (typeof DIGITAL_POST_STEPS)[number];

export interface ApplicantData {
  applicantType: ApplicantType;
  /** The representative or guardian at the counter; required unless the citizen comes in person. */
  representativeName?: string;
}

export interface IdentificationData {
  /** The ID shown by whoever stands at the counter (the citizen, or the representative). */
  idDocument?: IdDocument;
  /** The signed fuldmagt (FD 001F) has been handed in. */
  powerOfAttorneySigned?: boolean;
  /** The værgebeskikkelse has been shown. */
  guardianshipCertificateShown?: boolean;
}

export interface DeclarationData {
  /** The citizen (or representative) has signed the erklæring (FD 001A / FD 001F). */
  declarationSigned: boolean;
  /** Optional: the citizen need not say which ground applies, and no documentation may be demanded. */
  grounds?: DigitalPostGround[];
}

export interface RuleProblem {
  /** JSON pointer below the step's data, e.g. `/idDocument`; `decideExemption` prefixes the step. */
  field: string;
  code: string;
  da: string;
  en: string;
}

const REQUIRED: Record<ApplicantType, readonly RequiredDocument[]> = {
  in_person: ['id'],
  power_of_attorney: ['id', 'power_of_attorney'],
  guardian: ['guardianship_certificate'],
};

/** What must be seen before an exemption is granted (ballerup.dk; borgerservice.randers.dk). */
export const requiredDocuments = (applicantType: ApplicantType): readonly RequiredDocument[] => REQUIRED[applicantType];

export function applicantProblems(applicant: ApplicantData): RuleProblem[] {
  if (applicant.applicantType !== 'in_person' && !applicant.representativeName?.trim()) {
    return [
      {
        field: '/representativeName',
        code: 'representative-name-required',
        da: 'Skriv navnet på den repræsentant eller værge, der møder op.',
        en: 'Give the name of the representative or guardian at the counter.',
      },
    ];
  }
  return [];
}

const MISSING: Record<RequiredDocument, (applicantType: ApplicantType) => RuleProblem> = {
  id: (type) => ({
    field: '/idDocument',
    code: 'id-required',
    da:
      type === 'in_person'
        ? 'Borgeren skal vise legitimation (sundhedskort, kørekort eller pas).'
        : 'Repræsentanten skal vise sin egen legitimation (sundhedskort, kørekort eller pas).',
    en: type === 'in_person' ? 'The citizen must show ID.' : 'The representative must show their own ID.',
  }),
  power_of_attorney: () => ({
    field: '/powerOfAttorneySigned',
    code: 'power-of-attorney-required',
    da: 'Fuldmagten (blanket FD 001F) skal være underskrevet af borgeren og afleveret, før der kan gives fritagelse.',
    en: 'The power of attorney (form FD 001F), signed by the citizen, must be handed in.',
  }),
  guardianship_certificate: () => ({
    field: '/guardianshipCertificateShown',
    code: 'guardianship-certificate-required',
    da: 'Værgen skal vise værgebeskikkelsen.',
    en: 'The guardian must show the certificate of appointment (værgebeskikkelse).',
  }),
};

const isShown: Record<RequiredDocument, (id: IdentificationData) => boolean> = {
  id: (id) => id.idDocument !== undefined,
  power_of_attorney: (id) => id.powerOfAttorneySigned === true,
  guardianship_certificate: (id) => id.guardianshipCertificateShown === true,
};

/** Every required document that has not been seen, each with a Danish message for the counter. */
export function identificationProblems(applicantType: ApplicantType, identification: IdentificationData): RuleProblem[] {
  return requiredDocuments(applicantType)
    .filter((doc) => !isShown[doc](identification))
    .map((doc) => MISSING[doc](applicantType));
}

export function declarationProblems(declaration: DeclarationData, personStatus: PersonStatus): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!declaration.declarationSigned) {
    problems.push({
      field: '/declarationSigned',
      code: 'declaration-not-signed',
      da: 'Erklæringen skal være underskrevet. Borgeren behøver ikke oplyse hvilken grund, der gælder.',
      en: 'The declaration must be signed. The citizen need not say which ground applies.',
    });
  }
  // The one ground that is a register fact: it is checked against CPR, not against papers from the citizen.
  if (declaration.grounds?.includes('emigrated') && personStatus !== 'emigrated') {
    problems.push({
      field: '/grounds',
      code: 'not-registered-emigrated',
      da: 'Borgeren er ikke registreret som udrejst i CPR. Vælg en anden grund, eller lad grunden stå tom.',
      en: 'The citizen is not registered as emigrated in CPR. Choose another ground or leave it empty.',
    });
  }
  return problems;
}

export interface DigitalPostApplication {
  personStatus: PersonStatus;
  applicant?: ApplicantData;
  identification?: IdentificationData;
  declaration?: DeclarationData;
}

export interface DigitalPostGrant {
  applicantType: ApplicantType;
  /** As the citizen stated them; null when they chose not to say. */
  grounds: DigitalPostGround[] | null;
  /** An emigration-based exemption ends when the person returns to Denmark. */
  lapsesOnReturn: boolean;
}

export const STEP_TEXT: Record<DigitalPostStep, string> = {
  applicant: 'Ansøger',
  identification: 'Legitimation',
  declaration: 'Erklæring',
};

/**
 * Grant or list what is missing. There is no discretion: a signed declaration with the right documents seen is
 * granted (the grounds are the citizen's own statement), and a request from someone registered as emigrated always
 * leads to exemption (digitalpostloven § 5). Such an exemption lapses on return to Denmark.
 */
export function decideExemption(
  application: DigitalPostApplication,
): { ok: true; grant: DigitalPostGrant } | { ok: false; problems: RuleProblem[] } {
  const { applicant, identification, declaration, personStatus } = application;
  const problems = missingSteps(DIGITAL_POST_STEPS, STEP_TEXT, { applicant, identification, declaration });
  if (applicant) problems.push(...applicantProblems(applicant).map(underStep('applicant')));
  if (applicant && identification) {
    problems.push(...identificationProblems(applicant.applicantType, identification).map(underStep('identification')));
  }
  if (declaration) problems.push(...declarationProblems(declaration, personStatus).map(underStep('declaration')));
  if (problems.length > 0 || !applicant || !declaration) return { ok: false, problems };
  const grounds = declaration.grounds?.length ? [...new Set(declaration.grounds)] : null;
  return { ok: true, grant: { applicantType: applicant.applicantType, grounds, lapsesOnReturn: personStatus === 'emigrated' } };
}

export type ExemptionState = 'active' | 'revoked' | 'lapsed';

/**
 * Whether a registered exemption is still in force. It lasts for life ("gælder livet ud") until revoked, except that
 * an emigration-based one lapses once the person is no longer registered as emigrated (lifeindenmark.borger.dk).
 */
export function exemptionState(exemption: { revoked: boolean; lapsesOnReturn: boolean }, currentStatus: PersonStatus): ExemptionState {
  if (exemption.revoked) return 'revoked';
  if (exemption.lapsesOnReturn && currentStatus !== 'emigrated') return 'lapsed';
  return 'active';
}

export const isExemptionInForce = (exemption: { revoked: boolean; lapsesOnReturn: boolean }, currentStatus: PersonStatus) =>
  exemptionState(exemption, currentStatus) === 'active';

/**
 * The kommunalbestyrelse of the municipality where the person is, or was last, folkeregistreret decides
 * (digitalpostloven § 5). Compared by kommunekode.
 */
export const isResponsibleMunicipality = (personMunicipalityCode: string, staffMunicipalityCode: string) =>
  personMunicipalityCode === staffMunicipalityCode;

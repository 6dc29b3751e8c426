import { ageOn } from '../cpr/age.ts';
import { daysInMonth } from '../cpr/cpr.ts';
import type { RuleProblem } from '../digital-post/rules.ts';
import {
  DOCUMENTS_BY_KIND,
  GUARDIANSHIP_SCOPES,
  REPRESENTATION_AREAS,
  REPRESENTATION_DOCUMENT_TEXT,
  REPRESENTATION_KIND_TEXT,
  type GuardianshipScope,
  type RepresentationArea,
  type RepresentationDocument,
  type RepresentationKind,
  type RepresentationPurpose,
} from './codes.ts';

/** Forældremyndighed ends at the child's 18th birthday (myndighedsalder, værgemålsloven § 1). */
export const CUSTODY_ENDS_AT_AGE = 18;
/** The giver of a Digital Fuldmagt must be 15 or over (domain.md §5; RKSK). */
export const FULDMAGT_GIVER_MIN_AGE = 15;
/** A værge or fremtidsfuldmægtig must be of age (myndig) themself. */
export const REPRESENTATIVE_OF_AGE = 18;

const isLeap = (year: number) => daysInMonth(year, 2) === 29;
const pad = (n: number) => String(n).padStart(2, '0');

/** The day a person born on `birthDate` turns `age` (29 February: 1 March in a non-leap year, as `ageOn` counts). */
export function birthdayOfAge(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + age;
  if (m === 2 && d === 29 && !isLeap(year)) return `${year}-03-01`;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/** The day before a calendar date (`YYYY-MM-DD`). */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d > 1) return `${y}-${pad(m)}-${pad(d - 1)}`;
  if (m > 1) return `${y}-${pad(m - 1)}-${pad(daysInMonth(y, m - 1))}`;
  return `${y - 1}-12-31`;
}

/** The last day a custody holder acts for the child: the day before the 18th birthday. */
export const lastCustodyDay = (childBirthDate: string) => dayBefore(birthdayOfAge(childBirthDate, CUSTODY_ENDS_AT_AGE));

/** What the rules need to know about a recorded representation. Dates are Copenhagen calendar dates, `YYYY-MM-DD`. */
export interface RepresentationFacts {
  id: string;
  kind: RepresentationKind;
  /** Areas for a fuldmagt, one guardianship scope for a værge, empty for læseadgang and forældremyndighed. */
  scope: readonly string[];
  representativePersonId: string;
  /** The citizen's birth date (from the CPR number): a custody holder acts only until the child turns 18. */
  citizenBirthDate: string;
  validFrom: string;
  /** Inclusive; null: until ended. */
  validTo: string | null;
  /** The day it was ended by staff (no longer valid from that day); null while not ended. */
  endedOn: string | null;
}

const AREA_PURPOSES: Record<RepresentationArea, readonly RepresentationPurpose[]> = {
  digital_post: ['digital_post', 'read_digital_post'],
  self_service: ['self_service'],
  passport_pickup: ['passport_pickup'],
  all: ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup'],
};

const GUARDIANSHIP_PURPOSES: Record<GuardianshipScope, readonly RepresentationPurpose[]> = {
  // Post about either kind of matter reaches the værge; collecting a passport is a personal matter.
  personal: ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup'],
  financial: ['digital_post', 'read_digital_post', 'self_service'],
  both: ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup'],
};

/**
 * The purposes a representation covers, whatever its dates. MitID's identity check is never among them: there is
 * no fuldmagt over another person's MitID (mitid.dk; BEK om MitID §§ 3, 8).
 */
export function coveredPurposes(kind: RepresentationKind, scope: readonly string[]): RepresentationPurpose[] {
  const covered = new Set<RepresentationPurpose>();
  if (kind === 'digital_fuldmagt' || kind === 'fremtidsfuldmagt') {
    for (const area of scope) for (const p of AREA_PURPOSES[area as RepresentationArea] ?? []) covered.add(p);
  } else if (kind === 'vaerge') {
    for (const s of scope) for (const p of GUARDIANSHIP_PURPOSES[s as GuardianshipScope] ?? []) covered.add(p);
  } else if (kind === 'laeseadgang') {
    covered.add('read_digital_post');
  } else {
    for (const p of AREA_PURPOSES.all) covered.add(p);
  }
  covered.delete('mitid_identity');
  return [...covered];
}

export type RepresentationValidity = 'valid' | 'not_yet_valid' | 'expired' | 'ended' | 'child_now_adult';

/** Whether the representation holds on a day, and if not why. */
export function representationValidity(r: RepresentationFacts, on: string): RepresentationValidity {
  if (r.endedOn !== null && r.endedOn <= on) return 'ended';
  if (on < r.validFrom) return 'not_yet_valid';
  if (r.kind === 'foraeldremyndighed' && on >= birthdayOfAge(r.citizenBirthDate, CUSTODY_ENDS_AT_AGE)) return 'child_now_adult';
  if (r.validTo !== null && on > r.validTo) return 'expired';
  return 'valid';
}

export type NotAllowedReason =
  'mitid-no-proxy' | 'no-representation' | 'read-access-only' | 'out-of-scope' | 'not-yet-valid' | 'expired' | 'ended' | 'child-now-adult';

export type MayActForResult<R extends RepresentationFacts> =
  { allowed: true; representation: R } | { allowed: false; reason: NotAllowedReason; da: string; en: string; representation: R | null };

const NOT_ALLOWED: Record<NotAllowedReason, { da: string; en: string }> = {
  'mitid-no-proxy': {
    da: 'MitID kan ikke udstedes til eller bruges af en repræsentant: borgeren skal selv møde op og kunne bruge MitID.',
    en: 'MitID never accepts a representative: the citizen must attend in person and be able to use MitID alone.',
  },
  'no-representation': {
    da: 'Der er ikke registreret nogen fuldmagt, værge eller forældremyndighed, der giver personen ret til at handle for borgeren.',
    en: 'No power of attorney, guardianship or custody is recorded that lets this person act for the citizen.',
  },
  'read-access-only': {
    da: 'Personen har kun læseadgang til borgerens Digital Post og kan ikke handle på borgerens vegne.',
    en: "The person only has read access to the citizen's Digital Post and cannot act on the citizen's behalf.",
  },
  'out-of-scope': {
    da: 'Repræsentationen dækker ikke dette område.',
    en: 'The representation does not cover this area.',
  },
  'not-yet-valid': { da: 'Repræsentationen gælder endnu ikke.', en: 'The representation is not yet in force.' },
  expired: { da: 'Repræsentationen er udløbet.', en: 'The representation has expired.' },
  ended: { da: 'Repræsentationen er ophørt.', en: 'The representation has been ended.' },
  'child-now-adult': {
    da: 'Forældremyndigheden er ophørt, fordi barnet er fyldt 18 år.',
    en: 'Custody has ended because the child has turned 18.',
  },
};

const VALIDITY_REASON: Record<Exclude<RepresentationValidity, 'valid'>, NotAllowedReason> = {
  not_yet_valid: 'not-yet-valid',
  expired: 'expired',
  ended: 'ended',
  child_now_adult: 'child-now-adult',
};

export interface ActRequest {
  representativePersonId: string;
  purpose: RepresentationPurpose;
  /** The day of the act (Copenhagen calendar date). */
  on: string;
}

/**
 * May the person act for the citizen, for this purpose, on this day? Answers the representation that allows it, or
 * the reason not: a representation covering the purpose but not valid that day is named before one that does not
 * cover it at all, so the counter hears "expired" rather than "out of scope".
 */
export function mayActFor<R extends RepresentationFacts>(representations: readonly R[], request: ActRequest): MayActForResult<R> {
  const refuse = (reason: NotAllowedReason, representation: R | null = null): MayActForResult<R> => ({
    allowed: false,
    reason,
    ...NOT_ALLOWED[reason],
    representation,
  });
  // Kept first and explicit: no representation of any kind ever passes MitID's identity check.
  if (request.purpose === 'mitid_identity') return refuse('mitid-no-proxy');

  const theirs = representations.filter((r) => r.representativePersonId === request.representativePersonId);
  if (theirs.length === 0) return refuse('no-representation');
  const covering = theirs.filter((r) => coveredPurposes(r.kind, r.scope).includes(request.purpose));
  const valid = covering.find((r) => representationValidity(r, request.on) === 'valid');
  if (valid) return { allowed: true, representation: valid };
  const [closest] = covering;
  if (closest)
    return refuse(VALIDITY_REASON[representationValidity(closest, request.on) as Exclude<RepresentationValidity, 'valid'>], closest);
  if (theirs.every((r) => r.kind === 'laeseadgang')) return refuse('read-access-only', theirs[0]);
  return refuse('out-of-scope', theirs[0]);
}

/** A representation about to be recorded, with both people's birth dates from their CPR numbers. */
export interface NewRepresentation {
  kind: RepresentationKind;
  scope: readonly string[];
  validFrom: string;
  validTo?: string | null;
  document: RepresentationDocument;
  citizenPersonId: string;
  citizenBirthDate: string;
  representativePersonId: string;
  representativeBirthDate: string;
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });
const ageAt = (birthDate: string, on: string) => (on < birthDate ? -1 : ageOn(birthDate, on));

function scopeProblems(r: NewRepresentation): RuleProblem[] {
  const { kind, scope } = r;
  const unique = new Set(scope).size === scope.length;
  if (kind === 'digital_fuldmagt' || kind === 'fremtidsfuldmagt') {
    if (scope.length === 0 || !unique || !scope.every((s) => (REPRESENTATION_AREAS as readonly string[]).includes(s))) {
      return [
        problem(
          '/scope',
          'scope-areas-required',
          'Vælg de områder, fuldmagten dækker (fx Digital Post), hvert område én gang.',
          'Choose the areas the power of attorney covers (e.g. Digital Post), each once.',
        ),
      ];
    }
  } else if (kind === 'vaerge') {
    if (scope.length !== 1 || !(GUARDIANSHIP_SCOPES as readonly string[]).includes(scope[0]!)) {
      return [
        problem(
          '/scope',
          'guardianship-scope-required',
          'Vælg, om værgemålet omfatter personlige forhold, økonomiske forhold eller begge dele.',
          'Choose whether the guardianship covers personal matters, financial matters or both.',
        ),
      ];
    }
  } else if (scope.length > 0) {
    return [
      problem(
        '/scope',
        'scope-not-applicable',
        `${REPRESENTATION_KIND_TEXT[kind].da} har ikke noget område at vælge.`,
        `${REPRESENTATION_KIND_TEXT[kind].en} has no scope to choose.`,
      ),
    ];
  }
  return [];
}

/**
 * Every reason a new representation cannot be recorded, each with a Danish message for the counter. The
 * representative is never the citizen; dates are in order; a Digital Fuldmagt's giver is 15+; forældremyndighed is
 * recorded only for a child (and ends at 18 by itself); a værge or fremtidsfuldmægtig is of age; the document seen
 * fits the kind.
 */
export function representationProblems(r: NewRepresentation): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (r.representativePersonId === r.citizenPersonId) {
    problems.push(
      problem(
        '/representativeCpr',
        'representative-is-citizen',
        'Repræsentanten kan ikke være borgeren selv.',
        'The representative cannot be the citizen themself.',
      ),
    );
  }
  const validTo = r.validTo ?? null;
  if (validTo !== null && validTo < r.validFrom) {
    problems.push(
      problem('/validTo', 'dates-out-of-order', 'Slutdatoen ligger før startdatoen.', 'The end date is before the start date.'),
    );
  }
  problems.push(...scopeProblems(r));

  if (!DOCUMENTS_BY_KIND[r.kind].includes(r.document)) {
    const accepted = DOCUMENTS_BY_KIND[r.kind];
    problems.push(
      problem(
        '/document',
        'document-does-not-fit',
        `${REPRESENTATION_KIND_TEXT[r.kind].da} dokumenteres med: ${accepted.map((d) => REPRESENTATION_DOCUMENT_TEXT[d].da.toLowerCase()).join(' eller ')}.`,
        `${REPRESENTATION_KIND_TEXT[r.kind].en} is proven by: ${accepted.map((d) => REPRESENTATION_DOCUMENT_TEXT[d].en.toLowerCase()).join(' or ')}.`,
      ),
    );
  }

  if (r.kind === 'digital_fuldmagt' && ageAt(r.citizenBirthDate, r.validFrom) < FULDMAGT_GIVER_MIN_AGE) {
    problems.push(
      problem(
        '/validFrom',
        'giver-under-15',
        'Den, der giver en digital fuldmagt, skal være fyldt 15 år.',
        'The giver of a digital power of attorney must be 15 or over.',
      ),
    );
  }
  if ((r.kind === 'vaerge' || r.kind === 'fremtidsfuldmagt') && ageAt(r.representativeBirthDate, r.validFrom) < REPRESENTATIVE_OF_AGE) {
    problems.push(
      problem(
        '/representativeCpr',
        'representative-not-of-age',
        'En værge eller fremtidsfuldmægtig skal selv være fyldt 18 år.',
        'A guardian or lasting attorney must be 18 or over.',
      ),
    );
  }
  if (r.kind === 'foraeldremyndighed') {
    const lastDay = lastCustodyDay(r.citizenBirthDate);
    if (r.validFrom > lastDay) {
      problems.push(
        problem(
          '/kind',
          'custody-only-for-child',
          'Forældremyndighed kan kun registreres for et barn under 18 år.',
          'Custody can only be recorded for a child under 18.',
        ),
      );
    } else if (validTo !== null && validTo > lastDay) {
      problems.push(
        problem(
          '/validTo',
          'custody-ends-at-18',
          'Forældremyndigheden ophører af sig selv, når barnet fylder 18. Lad slutdatoen stå tom.',
          'Custody ends by itself when the child turns 18. Leave the end date empty.',
        ),
      );
    }
    if (ageAt(r.representativeBirthDate, r.validFrom) < REPRESENTATIVE_OF_AGE) {
      problems.push(
        problem(
          '/representativeCpr',
          'representative-not-of-age',
          'Indehaveren af forældremyndighed skal selv være fyldt 18 år.',
          'The custody holder must be 18 or over.',
        ),
      );
    }
  }
  return problems;
}

/** The end date to store: forældremyndighed's is the day before the child's 18th birthday unless an earlier one is given. */
export function storedValidTo(r: Pick<NewRepresentation, 'kind' | 'validTo' | 'citizenBirthDate'>): string | null {
  if (r.kind === 'foraeldremyndighed') return r.validTo ?? lastCustodyDay(r.citizenBirthDate);
  return r.validTo ?? null;
}

import type { ExemptionState, RuleProblem } from '../digital-post/rules.ts';
import {
  UDK_APPEAL_BODY,
  type AppealPeriod,
  type AppealStatus,
  type AreaExemptionStatus,
  type SelfServiceGround,
  type SelfServiceOutcome,
  type SelfServiceScope,
} from './codes.ts';

/** The steps of the workflow, in order. The applicant step is Digital Post's (`ApplicantData`, `applicantProblems`). */
export const SELF_SERVICE_STEPS = ['applicant', 'scope', 'ground', 'decision'] as const;
export type SelfServiceStep = (typeof SELF_SERVICE_STEPS)[number];

export const SELF_SERVICE_STEP_TEXT: Record<SelfServiceStep, string> = {
  applicant: 'Ansøger',
  scope: 'Omfang og lovområde',
  ground: 'Særlige forhold',
  decision: 'Afgørelse',
};

export interface ScopeData {
  scope: SelfServiceScope;
  /** Codes of the municipality's law areas (lovområder). */
  lawAreas: string[];
  /** Which application, for an exemption from one application only. */
  applicationDescription?: string;
}

export interface GroundData {
  grounds: SelfServiceGround[];
  note?: string;
}

export interface DecisionData {
  outcome: SelfServiceOutcome;
  /** Forvaltningsloven § 22: the legal basis of a refusal … */
  legalBasis?: string;
  /** … and the main considerations (hovedhensyn) behind it. */
  considerations?: string;
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });
const blank = (s: string | undefined) => !s?.trim();

/**
 * One application names one law area and says which application it is; a general exemption covers whole law areas
 * and has no application to describe. Every area must be an active law area of the municipality.
 */
export function scopeProblems(data: ScopeData, activeAreaCodes: readonly string[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (data.lawAreas.length === 0) {
    problems.push(problem('/lawAreas', 'law-area-required', 'Vælg mindst ét lovområde.', 'Choose at least one law area.'));
  }
  const unknown = data.lawAreas.filter((code) => !activeAreaCodes.includes(code));
  if (unknown.length > 0) {
    problems.push(
      problem(
        '/lawAreas',
        'unknown-law-area',
        `Kommunen har ikke lovområdet ${unknown.join(', ')}.`,
        `Unknown or inactive law area: ${unknown.join(', ')}.`,
      ),
    );
  }
  if (data.scope === 'single_application') {
    if (data.lawAreas.length > 1) {
      problems.push(
        problem(
          '/lawAreas',
          'one-area-per-application',
          'En enkelt ansøgning hører under ét lovområde.',
          'A single application belongs to one law area.',
        ),
      );
    }
    if (blank(data.applicationDescription)) {
      problems.push(
        problem(
          '/applicationDescription',
          'application-description-required',
          'Skriv, hvilken ansøgning fritagelsen gælder.',
          'Say which application the exemption is for.',
        ),
      );
    }
  } else if (!blank(data.applicationDescription)) {
    problems.push(
      problem(
        '/applicationDescription',
        'no-description-for-general',
        'En generel fritagelse gælder hele lovområdet: fjern beskrivelsen af en enkelt ansøgning.',
        'A general exemption covers the whole law area: remove the application description.',
      ),
    );
  }
  return problems;
}

/** A refusal is an afgørelse that needs a begrundelse: legal basis and main considerations (forvaltningsloven § 22). */
export function decisionProblems(data: DecisionData): RuleProblem[] {
  if (data.outcome === 'grant') return [];
  const problems: RuleProblem[] = [];
  if (blank(data.legalBasis)) {
    problems.push(
      problem(
        '/legalBasis',
        'legal-basis-required',
        'Et afslag skal begrundes: angiv de retsregler, afgørelsen bygger på (forvaltningsloven § 22).',
        'A refusal must state its legal basis (Public Administration Act § 22).',
      ),
    );
  }
  if (blank(data.considerations)) {
    problems.push(
      problem(
        '/considerations',
        'considerations-required',
        'Et afslag skal begrundes: angiv de hovedhensyn, der har været afgørende (forvaltningsloven § 22).',
        'A refusal must state the main considerations (Public Administration Act § 22).',
      ),
    );
  }
  return problems;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day to appeal: the decision's date plus the period. Weeks count days; months keep the day of the month,
 * or take the month's last day when it has fewer (31 January + 1 month = 28/29 February).
 */
export function appealDeadline(decidedOn: string, period: AppealPeriod): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(decidedOn);
  if (!match || !Number.isInteger(period.count) || period.count < 1)
    throw new Error(`bad appeal deadline input: ${decidedOn}, ${period.count}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (period.unit === 'weeks') {
    const at = new Date(Date.UTC(year, month - 1, day + 7 * period.count));
    return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  }
  const monthIndex = month - 1 + period.count;
  const y = year + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** A decision as the status needs it: which areas, how wide, what was decided, and how an appeal stands. */
export interface AreaDecision {
  lawAreas: readonly string[];
  scope: SelfServiceScope;
  outcome: SelfServiceOutcome;
  appealStatus: AppealStatus | null;
}

/** Granted in the first place, or granted because an appeal overturned the refusal. */
export const isGranted = (d: Pick<AreaDecision, 'outcome' | 'appealStatus'>) => d.outcome === 'grant' || d.appealStatus === 'overturned';

/**
 * Per law area: exempt when a general exemption is granted (or a refusal overturned on appeal); exempt pending appeal
 * while an appeal of a refusal runs (lov om Udbetaling Danmark § 13, stk. 4: paper applications must be accepted
 * meanwhile); otherwise not exempt. An exemption for one application does not make the area exempt.
 */
export function areaStatus(areaCode: string, decisions: readonly AreaDecision[]): AreaExemptionStatus {
  const forArea = decisions.filter((d) => d.lawAreas.includes(areaCode));
  if (forArea.some((d) => d.scope === 'general' && isGranted(d))) return 'exempt';
  if (forArea.some((d) => d.outcome === 'refuse' && d.appealStatus === 'pending')) return 'exempt_pending_appeal';
  return 'not_exempt';
}

/**
 * 1 June 2023 rule (lov om fravigelse fra obligatorisk digital selvbetjening § 2): a citizen exempt from Digital Post
 * may ask for each solution's non-digital alternative without a separate decision.
 */
export const entitledToNonDigitalAlternative = (digitalPostExemption: ExemptionState | null) => digitalPostExemption === 'active';

/** Whether an appeal received on `receivedOn` is within the deadline (civil dates compare as strings). */
export const appealInTime = (receivedOn: string, deadline: string) => receivedOn <= deadline;

/**
 * Where a refusal is appealed: Ankestyrelsen for an Udbetaling Danmark area (lov om Udbetaling Danmark § 13, stk. 4);
 * otherwise the body configured for the area, or (✱ none configured) the municipality itself.
 */
export function appealBodyFor(area: { udbetalingDanmark: boolean; appealBody: string | null }, municipalityName: string): string {
  if (area.udbetalingDanmark) return UDK_APPEAL_BODY;
  return area.appealBody?.trim() || municipalityName;
}

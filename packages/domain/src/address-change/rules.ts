import type { RuleProblem } from '../digital-post/rules.ts';
import { formatDanishDate } from '../cases/danish-date.ts';
import { addDays, daysBetweenInclusive } from '../statistics/calendar.ts';

/**
 * Flytning (change of address) reported at Borgerservice by a citizen exempt from or unable to use self-service
 * (domain.md §5; borger.dk, guldborgsund.dk): to the municipality moved to, at most 4 weeks before and within 5 days
 * after the move; a c/o address needs a logiværtserklæring (host's declaration); the doctor is chosen in the same step.
 * Emigration (udrejse) and return (indrejse) change the citizen's Digital Post position (domain.md §1).
 */
export const ADDRESS_CHANGE_STEPS = ['address', 'date', 'movers', 'doctor'] as const;
export type AddressChangeStep = (typeof ADDRESS_CHANGE_STEPS)[number];

export const ADDRESS_CHANGE_STEP_TEXT: Record<AddressChangeStep, string> = {
  address: 'Ny adresse',
  date: 'Flyttedato',
  movers: 'Medflyttere',
  doctor: 'Valg af læge',
};

/** Within Denmark, out of Denmark (udrejse), or back to Denmark (indrejse) for a citizen registered as emigrated. */
export type AddressChangeKind = 'domestic' | 'emigration' | 'return';
export const ADDRESS_CHANGE_KINDS: readonly AddressChangeKind[] = ['domestic', 'emigration', 'return'];
export const ADDRESS_CHANGE_KIND_TEXT: Record<AddressChangeKind, { da: string; en: string }> = {
  domestic: { da: 'Flytning i Danmark', en: 'Move within Denmark' },
  emigration: { da: 'Udrejse', en: 'Emigration' },
  return: { da: 'Indrejse (tilbage til Danmark)', en: 'Return to Denmark' },
};

/** The move may be reported at most this many days before the moving date (4 weeks). */
export const MAX_DAYS_AHEAD = 28;
/** Reported more than this many days after the moving date is late. */
export const REPORT_WITHIN_DAYS = 5;
/** The fine a late report may lead to, in kroner (borger.dk). Told to the citizen; the move is still registered. */
export const LATE_REPORT_FINE_KR = 600;

/** The logiværtserklæring as seen at the counter: who the host is, and that the host lives at the address. */
export interface HostDeclaration {
  hostName: string;
  hostLivesThere: boolean;
  /** The signed declaration was shown (a fact seen; no copy is kept). */
  seen: boolean;
}

export interface AddressChangeAddressData {
  kind: AddressChangeKind;
  street?: string;
  postcode?: string;
  city?: string;
  /** Emigration only: the country moved to, by its Danish name. */
  country?: string;
  /** c/o: the name the post goes in care of. */
  careOf?: string;
  hostDeclaration?: HostDeclaration;
}

export interface AddressChangeDateData {
  movingDate: string;
}

export interface AddressChangeMoversData {
  /** The people moving with the citizen (uuid), each checked against the register. */
  coMovers: string[];
}

/** Keep the current doctor (when within reach of the new address), choose one offered, or choose later. */
export type DoctorChoice = 'keep' | 'new' | 'choose_later';
export const DOCTOR_CHOICES: readonly DoctorChoice[] = ['keep', 'new', 'choose_later'];

export interface AddressChangeDoctorData {
  choice: DoctorChoice;
  /** `new` only: the doctor chosen (the doctor register's id). */
  doctorId?: string;
}

type Status = 'active' | 'emigrated' | 'no_fixed_address';

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });
const blank = (value: string | undefined) => !value || value.trim() === '';

/** The new address against the kind of move and the citizen's status today. */
export function addressProblems(data: AddressChangeAddressData, status: Status): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (data.kind === 'return' && status !== 'emigrated')
    problems.push(
      problem(
        '/kind',
        'not-emigrated',
        'Borgeren er ikke registreret som udrejst, så der er ingen indrejse at anmelde.',
        'The citizen is not registered as emigrated.',
      ),
    );
  if (data.kind !== 'return' && status === 'emigrated')
    problems.push(
      problem(
        '/kind',
        'citizen-emigrated',
        'Borgeren er registreret som udrejst: anmeld en indrejse.',
        'The citizen is registered as emigrated: report a return.',
      ),
    );
  if (data.kind === 'emigration') {
    if (blank(data.country))
      problems.push(problem('/country', 'country-missing', 'Angiv det land, borgeren flytter til.', 'Give the country moved to.'));
    if (data.street || data.postcode || data.city || data.careOf || data.hostDeclaration)
      problems.push(
        problem(
          '/street',
          'address-with-emigration',
          'Ved udrejse registreres ingen dansk adresse.',
          'An emigration has no Danish address.',
        ),
      );
    return problems;
  }
  if (data.country)
    problems.push(problem('/country', 'country-not-expected', 'Land angives kun ved udrejse.', 'A country is given only when emigrating.'));
  if (blank(data.street)) problems.push(problem('/street', 'street-missing', 'Angiv vej og husnummer.', 'Give the street and number.'));
  if (!/^[0-9]{4}$/.test(data.postcode ?? ''))
    problems.push(problem('/postcode', 'postcode-invalid', 'Postnummeret skal være fire cifre.', 'The postcode must be four digits.'));
  if (blank(data.city)) problems.push(problem('/city', 'city-missing', 'Angiv by.', 'Give the town.'));
  problems.push(...careOfProblems(data));
  return problems;
}

/** A c/o address needs the host's declaration, seen, naming the host and saying the host lives there. */
export function careOfProblems(data: Pick<AddressChangeAddressData, 'careOf' | 'hostDeclaration'>): RuleProblem[] {
  if (blank(data.careOf)) {
    return data.hostDeclaration
      ? [
          problem(
            '/hostDeclaration',
            'host-declaration-without-care-of',
            'Logiværtserklæring bruges kun ved c/o-adresse.',
            'A host declaration belongs to a c/o address.',
          ),
        ]
      : [];
  }
  const declaration = data.hostDeclaration;
  if (!declaration || !declaration.seen)
    return [
      problem(
        '/hostDeclaration',
        'host-declaration-missing',
        'En c/o-adresse kræver en logiværtserklæring fra den, der bor på adressen.',
        'A c/o address needs a declaration from the host who lives there.',
      ),
    ];
  const problems: RuleProblem[] = [];
  if (blank(declaration.hostName))
    problems.push(problem('/hostDeclaration/hostName', 'host-name-missing', 'Angiv logiværtens navn.', "Give the host's name."));
  if (!declaration.hostLivesThere)
    problems.push(
      problem(
        '/hostDeclaration/hostLivesThere',
        'host-not-living-there',
        'Logiværten skal bo på adressen.',
        'The host must live at the address.',
      ),
    );
  return problems;
}

/** The last moving date that can be reported today (4 weeks ahead). */
export const latestMovingDate = (today: string) => addDays(today, MAX_DAYS_AHEAD);
/** The last day a move on `movingDate` can be reported in time. */
export const reportDeadline = (movingDate: string) => addDays(movingDate, REPORT_WITHIN_DAYS);

/** Moving date at most 4 weeks ahead. A late date is not refused: `lateReport` says what to tell the citizen. */
export function movingDateProblems(data: AddressChangeDateData, today: string): RuleProblem[] {
  const latest = latestMovingDate(today);
  if (data.movingDate > latest)
    return [
      problem(
        '/movingDate',
        'moving-date-too-far-ahead',
        `Flytningen kan anmeldes højst 4 uger før flyttedagen: vælg en dato til og med ${formatDanishDate(latest)}.`,
        `A move can be reported at most 4 weeks ahead: choose a date up to ${latest}.`,
      ),
    ];
  return [];
}

export interface LateReport {
  late: boolean;
  /** Days after the deadline (0 when in time). */
  daysLate: number;
  deadline: string;
  fineKr: number;
  /** What to tell the citizen, when late. */
  da: string | null;
  en: string | null;
}

/**
 * Reported more than 5 days after the move is late: the citizen is told a fine of 600 kr may be given. It is
 * information, not a refusal: the move is registered all the same.
 */
export function lateReport(movingDate: string, today: string): LateReport {
  const deadline = reportDeadline(movingDate);
  if (today <= deadline) return { late: false, daysLate: 0, deadline, fineKr: 0, da: null, en: null };
  const daysLate = daysBetweenInclusive(deadline, today) - 1;
  return {
    late: true,
    daysLate,
    deadline,
    fineKr: LATE_REPORT_FINE_KR,
    da: `Flytningen er anmeldt for sent (fristen var ${formatDanishDate(deadline)}). Kommunen kan give en bøde på ${LATE_REPORT_FINE_KR} kr. Flytningen registreres alligevel.`,
    en: `The move was reported late (deadline ${deadline}). The municipality may give a fine of ${LATE_REPORT_FINE_KR} kr. The move is registered all the same.`,
  };
}

/** A co-mover as the register knows them, with what the rule needs to know. */
export interface CoMoverFacts {
  id: string;
  name: string;
  status: Status;
  /** Registered at the same address as the citizen today (the register compares; a protected address is not shown). */
  sameOldAddress: boolean;
  /** Who holds custody of the co-mover. */
  custodyHolderIds: readonly string[];
  /** A move to another address on the same date is already registered. */
  alreadyMovingOn: boolean;
}

/**
 * Each co-mover must live at the citizen's old address or be a child in custody of someone who moves (the citizen or
 * another co-mover); someone already registered as moving elsewhere that day is refused.
 */
export function coMoverProblems(citizenId: string, coMovers: readonly CoMoverFacts[]): RuleProblem[] {
  const moving = new Set([citizenId, ...coMovers.map((c) => c.id)]);
  const problems: RuleProblem[] = [];
  coMovers.forEach((c, i) => {
    const field = `/coMovers/${i}`;
    if (c.id === citizenId) {
      problems.push(problem(field, 'co-mover-is-citizen', 'Borgeren selv er ikke medflytter.', 'The citizen is not a co-mover.'));
      return;
    }
    if (c.status === 'emigrated')
      problems.push(problem(field, 'co-mover-emigrated', `${c.name} er registreret som udrejst.`, `${c.name} is registered as emigrated.`));
    const childOfMover = c.custodyHolderIds.some((holder) => moving.has(holder));
    if (!c.sameOldAddress && !childOfMover)
      problems.push(
        problem(
          field,
          'co-mover-not-at-old-address',
          `${c.name} bor ikke på borgerens nuværende adresse og er ikke barn i forældremyndighed hos en, der flytter.`,
          `${c.name} does not live at the citizen's address and is not a child in custody of someone who moves.`,
        ),
      );
    if (c.alreadyMovingOn)
      problems.push(
        problem(
          field,
          'co-mover-already-moving',
          `${c.name} er allerede registreret som flyttende til en anden adresse den dag.`,
          `${c.name} is already registered as moving elsewhere on that date.`,
        ),
      );
  });
  return problems;
}

/** The doctor choice against what the doctor register offers near the new address. */
export function doctorChoiceProblems(
  data: AddressChangeDoctorData,
  facts: { kind: AddressChangeKind; keepAllowed: boolean; offeredDoctorIds: readonly string[] | null },
): RuleProblem[] {
  if (facts.kind === 'emigration' && data.choice !== 'choose_later')
    return [problem('/choice', 'no-doctor-abroad', 'Ved udrejse vælges ingen læge.', 'No doctor is chosen when emigrating.')];
  if (data.choice === 'keep' && !facts.keepAllowed)
    return [
      problem(
        '/choice',
        'doctor-out-of-reach',
        'Borgerens nuværende læge ligger ikke inden for afstandsgrænsen fra den nye adresse (eller er ikke kendt). Vælg en anden læge.',
        "The citizen's current doctor is not within reach of the new address (or not known). Choose another doctor.",
      ),
    ];
  if (data.choice === 'new') {
    if (!data.doctorId) return [problem('/doctorId', 'doctor-missing', 'Vælg en læge.', 'Choose a doctor.')];
    if (facts.offeredDoctorIds !== null && !facts.offeredDoctorIds.includes(data.doctorId))
      return [
        problem(
          '/doctorId',
          'doctor-not-offered',
          'Lægen tager ikke nye patienter eller ligger for langt fra den nye adresse.',
          'The doctor is not open to new patients or is too far from the new address.',
        ),
      ];
  } else if (data.doctorId) {
    return [
      problem(
        '/doctorId',
        'doctor-not-expected',
        'Lægen angives kun ved valg af ny læge.',
        'A doctor is given only when choosing a new one.',
      ),
    ];
  }
  return [];
}

export type DigitalPostEffect = 'none' | 'duty_ends' | 'emigration_exemption_lapses' | 'subject_again' | 'stays_exempt';

/**
 * What a move does to the citizen's Digital Post position (domain.md §1): emigration ends the duty (and with it the
 * need for an exemption); on return an emigration exemption lapses and the citizen is again subject to Digital Post
 * unless exempt on another ground. A move within Denmark changes nothing.
 */
export function digitalPostOnMove(
  kind: AddressChangeKind,
  exemption: { lapsesOnReturn: boolean } | null,
): { effect: DigitalPostEffect; da: string; en: string } {
  if (kind === 'domestic')
    return { effect: 'none', da: 'Flytningen ændrer ikke Digital Post.', en: 'The move does not change Digital Post.' };
  if (kind === 'emigration')
    return {
      effect: 'duty_ends',
      da: exemption
        ? 'Ved udrejse ophører pligten til Digital Post, og fritagelsen har ikke længere betydning. Borgeren kan fortsat bruge Digital Post.'
        : 'Ved udrejse ophører pligten til Digital Post. Borgeren kan fortsat bruge Digital Post.',
      en: exemption
        ? 'Emigration ends the duty to use Digital Post, so the exemption no longer matters. The citizen may still use Digital Post.'
        : 'Emigration ends the duty to use Digital Post. The citizen may still use Digital Post.',
    };
  if (exemption?.lapsesOnReturn)
    return {
      effect: 'emigration_exemption_lapses',
      da: 'Fritagelsen som udrejst bortfalder ved indrejsen: borgeren er igen omfattet af Digital Post, medmindre der søges fritagelse af en anden grund.',
      en: 'The emigration exemption lapses on return: the citizen is again subject to Digital Post unless exempted on another ground.',
    };
  if (exemption)
    return {
      effect: 'stays_exempt',
      da: 'Borgeren er fortsat fritaget for Digital Post.',
      en: 'The citizen stays exempt from Digital Post.',
    };
  return {
    effect: 'subject_again',
    da: 'Ved indrejse er borgeren igen omfattet af Digital Post, medmindre borgeren bliver fritaget.',
    en: 'On return the citizen is again subject to Digital Post unless exempted.',
  };
}

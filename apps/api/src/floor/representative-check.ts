import type { Tx } from '@skranke/db';
import { CPR_PROBLEM_TEXT, mayActFor, parseCpr, type RepresentationKind, type RepresentationPurpose } from '@skranke/domain';
import { AppError } from '../errors.ts';
import { auditCitizen } from './audit/citizen-audit.ts';
import { openLocalPersonRegister } from './registers/local-person-register.ts';
import type { OpenPersonRegister, PersonRecord } from './registers/person-register.ts';
import { openLocalRepresentationRegister, toFacts, type RecordedRepresentation } from './registers/representation-register.ts';
import type { Staff } from './staff.ts';

/** How a workflow step names the representative at the counter: by CPR number, or by the id a look-up answered. */
export interface RepresentativeRef {
  representativeCpr?: string;
  representativePersonId?: string;
}

export interface RepresentativeCheck {
  citizen: PersonRecord;
  ref: RepresentativeRef;
  /** What the representative wants to do (the domain's `mayActFor` purpose). */
  act: RepresentationPurpose;
  /** Only these kinds count (e.g. a fuldmagt for an applicant who comes "by fuldmagt"); all kinds when left out. */
  kinds?: readonly RepresentationKind[];
  /** The day of the act (Copenhagen). */
  on: string;
  /** The audit purpose (the case type) and the case, for the records on both people. */
  auditPurpose: string;
  caseId?: string;
  /** Where the step's data sits in the request, for the errors' JSON pointers. */
  pointerBase?: string;
}

const stepInvalid = (field: string, _reason: string, da: string, en: string, pointerBase: string) =>
  new AppError(400, 'step-invalid', 'Bad Request', da, {
    detailEn: en,
    errors: [{ pointer: `${pointerBase}/${field}`, detail: da, detailEn: en }],
  });

/**
 * The representative at the counter, found in the person register, and the recorded representation that lets them
 * act for the citizen for this purpose today (`mayActFor`); else 400 `step-invalid` naming why. Reading both people
 * is audited in the caller's transaction. A typed name is never enough: the authority is checked, not claimed.
 */
export async function checkRepresentative(
  tx: Tx,
  staff: Staff,
  check: RepresentativeCheck,
  openRegister: OpenPersonRegister = openLocalPersonRegister,
): Promise<{ representative: PersonRecord; representation: RecordedRepresentation }> {
  const base = check.pointerBase ?? '/body/data';
  const { representativeCpr, representativePersonId } = check.ref;
  const register = openRegister(tx);
  let representative: PersonRecord | null = null;
  if (representativePersonId) {
    representative = await register.findById(representativePersonId);
  } else if (representativeCpr?.trim()) {
    const parsed = parseCpr(representativeCpr);
    if (!parsed.ok) {
      const text = CPR_PROBLEM_TEXT[parsed.problem];
      throw stepInvalid('representativeCpr', 'invalid-cpr', text.da, text.en, base);
    }
    representative = await register.findByCpr(parsed.cpr.digits);
  } else {
    throw stepInvalid(
      'representativeCpr',
      'representative-required',
      'Slå repræsentanten op på CPR-nummer, eller vælg en af borgerens registrerede repræsentanter.',
      "Look up the representative by CPR number, or choose one of the citizen's recorded representatives.",
      base,
    );
  }
  if (!representative) {
    throw stepInvalid(
      'representativeCpr',
      'representative-not-found',
      'Repræsentanten findes ikke i personregistret.',
      'The representative is not in the person register.',
      base,
    );
  }

  const recorded = await openLocalRepresentationRegister(tx).forCitizen(check.citizen.id);
  const details: Record<string, string> = { viaCitizenId: check.citizen.id, ...(check.caseId && { caseId: check.caseId }) };
  await auditCitizen(tx, staff, {
    action: 'representation.check',
    subjectId: representative.id,
    purpose: check.auditPurpose,
    details,
  });
  const relevant = check.kinds ? recorded.filter((r) => check.kinds!.includes(r.kind)) : recorded;
  const purpose = check.act;
  const answer = mayActFor(relevant.map(toFacts), { representativePersonId: representative.id, purpose, on: check.on });
  if (!answer.allowed) {
    const name = `${representative.givenNames} ${representative.surname}`;
    throw stepInvalid(
      'representativeCpr',
      answer.reason,
      `${name} kan ikke handle for borgeren her: ${answer.da}`,
      `${name} cannot act for the citizen here: ${answer.en}`,
      base,
    );
  }
  const representation = recorded.find((r) => r.id === answer.representation.id)!;
  return { representative, representation };
}

import { serviceDay, type ApplicantData, type ApplicantType, type RepresentationKind, type RepresentationPurpose } from '@skranke/domain';
import { checkRepresentative, type RepresentativeRef } from '../../floor/representative-check.ts';
import type { StepContext } from './workflow-kit.ts';

/** Which recorded representations an applicant type stands on: a fuldmagt (FD 001F), or a værge's appointment. */
const KINDS_BY_APPLICANT: Record<Exclude<ApplicantType, 'in_person'>, readonly RepresentationKind[]> = {
  power_of_attorney: ['digital_fuldmagt', 'fremtidsfuldmagt'],
  // A custody holder is the child's værge (værgemålsloven § 2).
  guardian: ['vaerge', 'foraeldremyndighed'],
};

/**
 * The applicant step for a representative: the person is looked up (by CPR number or person id) and must hold a
 * recorded representation of the applicant type's kind covering `act` today; else 400 `step-invalid` naming why.
 * What is stored is the person id, the register's name and the representation, never the CPR number or a typed name.
 */
export async function applicantWithRepresentative(
  data: ApplicantData & RepresentativeRef,
  ctx: StepContext,
  act: RepresentationPurpose,
  auditPurpose: string,
  pointerBase = '/body/data',
): Promise<ApplicantData & Record<string, unknown>> {
  if (data.applicantType === 'in_person') return { applicantType: 'in_person' };
  const { representative, representation } = await checkRepresentative(ctx.tx, ctx.staff, {
    citizen: ctx.person,
    ref: { representativeCpr: data.representativeCpr, representativePersonId: data.representativePersonId },
    act,
    kinds: KINDS_BY_APPLICANT[data.applicantType],
    on: serviceDay(new Date()),
    auditPurpose,
    pointerBase,
    ...(ctx.caseId && { caseId: ctx.caseId }),
  });
  return {
    applicantType: data.applicantType,
    representativePersonId: representative.id,
    representativeName: `${representative.givenNames} ${representative.surname}`,
    representationId: representation.id,
  };
}

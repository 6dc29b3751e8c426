import type { Case, CurrentDigitalPostExemption, RevokeDigitalPostExemptionBody } from '@skranke/contracts';
import { applicantProblems, exemptionState, identificationProblems, nextCaseStatus, redactCprShaped } from '@skranke/domain';
import { AppError, conflict } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import type { OpenDigitalPostRegistry } from '../../../floor/registers/digital-post-registry.ts';
import { openLocalDigitalPostRegistry } from '../../../floor/registers/local-digital-post-registry.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CaseKit } from '../cases.service.ts';
import { applicantWithRepresentative } from '../representative.ts';
import { ruleProblem } from '../workflow-kit.ts';
import { assertResponsible, lockPerson, toExemptionView } from './digital-post.rules.ts';

const EXEMPTION_PURPOSE = 'digital_post_exemption';
const REVOCATION_TYPE = 'digital_post_revocation';

/** A citizen's current Digital Post exemption, and its ophævelse (FD 011). */
export function createDigitalPostService(kit: CaseKit, openRegistry: OpenDigitalPostRegistry = openLocalDigitalPostRegistry) {
  const { db, repo, person, view, audit } = kit;

  return {
    current: (staff: Staff, personId: string): Promise<CurrentDigitalPostExemption> =>
      db.transaction(async (tx) => {
        const who = await person(tx, personId);
        const exemption = await openRegistry(tx).current(personId);
        const details: Record<string, string> = exemption ? { caseId: exemption.caseId } : {};
        await auditCitizen(tx, staff, { action: 'digital-post.read', subjectId: personId, purpose: EXEMPTION_PURPOSE, details });
        return { exemption: exemption && toExemptionView(exemption, who) };
      }),

    /**
     * Revokes the citizen's exemption at once (revocation is possible at any time) and records it as a completed
     * revocation case, whose receipt is the kvittering for the ophævelse. The case that granted the exemption moves
     * to `revoked`.
     */
    revoke: (staff: Staff, personId: string, body: RevokeDigitalPostExemptionBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const who = await person(tx, personId);
        await assertResponsible(repo, tx, staff.municipalityId, who);
        await lockPerson(tx, personId);
        const registry = openRegistry(tx);
        const exemption = await registry.current(personId);
        const state = exemption && exemptionState({ revoked: false, lapsesOnReturn: exemption.lapsesOnReturn }, who.status);
        if (!exemption || state !== 'active') {
          throw conflict('not-exempt', 'Borgeren er ikke fritaget for Digital Post, så der er intet at ophæve.', {
            detailEn: 'The citizen has no active Digital Post exemption.',
          });
        }
        // As for the exemption itself (FD 011 is signed in person with ID, or by fuldmagt or værge): who asks, and what was shown.
        const identification = body.identification;
        if (!identification) {
          const detail = 'Registrér, hvem der beder om ophævelsen, og hvilken legitimation der er vist.';
          throw new AppError(400, 'identification-required', 'Bad Request', detail, {
            detailEn: 'Record who asks for the revocation and the identification shown.',
            errors: [{ pointer: '/body/identification', detail }],
          });
        }
        // A fuldmagt or værge is checked against the recorded representations, as in the exemption's applicant step.
        const applicant = await applicantWithRepresentative(
          identification,
          { tx, staff, person: who, stepData: {} },
          'digital_post',
          REVOCATION_TYPE,
          '/body/identification',
        );
        const { representativeCpr: _cpr, ...shown } = identification;
        const checked = { ...shown, ...applicant };
        const problems = [...applicantProblems(checked), ...identificationProblems(checked.applicantType, checked)];
        if (problems.length > 0) throw ruleProblem(400, 'step-invalid', problems, '/body/identification');
        const reason = body.reason?.trim() ? redactCprShaped(body.reason.trim()) : undefined;
        const base = { municipalityId: staff.municipalityId, userId: staff.id };
        const revocation = await repo.insert(
          {
            municipalityId: staff.municipalityId,
            personId,
            type: REVOCATION_TYPE,
            status: 'completed',
            stepData: {
              revocation: {
                identification: checked,
                ...(reason && { reason }),
              },
            },
            createdBy: staff.id,
            updatedBy: staff.id,
          },
          tx,
        );
        await repo.addEvent({ ...base, caseId: revocation.id, action: 'start', fromStatus: null, toStatus: 'draft' }, tx);
        await repo.addEvent(
          { ...base, caseId: revocation.id, action: 'complete', fromStatus: 'draft', toStatus: 'completed', note: reason ?? null },
          tx,
        );
        await registry.revoke(exemption.id, { userId: staff.id, revocationCaseId: revocation.id });

        // The granting case may belong to another municipality (the citizen has moved since); its timeline says so too.
        const granted = await repo.findAnyMunicipality(exemption.caseId, tx);
        const revoked = granted && nextCaseStatus(granted.status, 'revoke');
        if (granted && revoked) {
          await repo.update(granted.id, { status: revoked, updatedBy: staff.id, version: granted.version }, tx);
          await repo.addEvent(
            {
              ...base,
              municipalityId: granted.municipalityId,
              caseId: granted.id,
              action: 'revoke',
              fromStatus: granted.status,
              toStatus: revoked,
              note: reason ?? null,
            },
            tx,
          );
        }
        await audit(tx, staff, revocation, 'digital-post.revoke', { exemptionCaseId: exemption.caseId });
        return view(tx, staff, revocation, who);
      }),
  };
}

import type { Case, CancelCaseBody, RefuseCaseBody } from '@skranke/contracts';
import { redactCprShaped } from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CaseKit } from '../cases.service.ts';
import { assertResponsible } from './digital-post.rules.ts';

/** Workflows whose drafts can be refused with a free-text reason here; others decide through their own steps. */
const REFUSABLE = new Set(['digital_post_exemption']);

const clean = (text: string | undefined) => (text?.trim() ? redactCprShaped(text.trim()) : null);

/**
 * Ending a draft without completing it: cancelling (any workflow: the citizen withdrew, it was started by mistake) or
 * refusing a Digital Post exemption (afslag) with its reason. Both move the case in the cases state machine (so a
 * stale version or a case that is not a draft gets 409), land on its timeline and are audited about the citizen in
 * the same transaction.
 */
export function createCaseClosingService(kit: CaseKit) {
  const { db, repo, load, transition, view, audit, record, cancelDraft } = kit;

  return {
    cancel: (staff: Staff, id: string, body: CancelCaseBody): Promise<Case> =>
      db.transaction(async (tx) =>
        cancelDraft(tx, staff, await load(tx, staff, id, true), body.expectedVersion, clean(body.reason), 'case.cancel'),
      ),

    refuse: (staff: Staff, id: string, body: RefuseCaseBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, person } = await load(tx, staff, id, true);
        if (!REFUSABLE.has(row.type)) {
          throw conflict('refusal-not-supported', 'Denne sagstype afgøres i sit eget afgørelsestrin, ikke med et afslag her.', {
            detailEn: 'This case type is decided in its own decision step.',
          });
        }
        const status = transition(row, 'refuse', body.expectedVersion);
        await assertResponsible(repo, tx, staff.municipalityId, person);
        const reason = clean(body.reason);
        if (!reason)
          throw conflict('reason-required', 'Skriv begrundelsen for afslaget.', { detailEn: 'Give the reason for the refusal.' });
        const stepData = { ...row.stepData, refusal: { reason } };
        const updated = await record(tx, staff, row, { action: 'refuse', status, stepData, currentStep: null, note: reason });
        await audit(tx, staff, row, 'case.refuse');
        return view(tx, staff, updated, person);
      }),
  };
}

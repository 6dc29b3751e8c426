import { advisoryXactLock, type Database, type Tx } from '@skranke/db';
import { lapsedOnReturnReason } from '@skranke/domain';
import { appendAudit } from '../audit/audit-chain.ts';
import { CITIZEN_SUBJECT } from '../audit/citizen-audit.ts';
import type { OpenDigitalPostRegistry } from './digital-post-registry.ts';
import { openLocalDigitalPostRegistry } from './local-digital-post-registry.ts';
import { openLocalPersonRegisterWriter } from './local-person-register-writer.ts';
import type { OpenPersonRegisterWriter, RegisteredMove } from './person-register.ts';

export const MOVE_APPLIED_ACTION = 'address-change.move-applied';
export const EXEMPTION_LAPSED_ACTION = 'digital-post.exemption-lapsed';
/** The purpose of both records: the flytning (the case type's code). */
const ADDRESS_CHANGE_PURPOSE = 'address_change';

export interface MoveApplicationDeps {
  openWriter: OpenPersonRegisterWriter;
  openDigitalPostRegistry: OpenDigitalPostRegistry;
}

const LOCAL: MoveApplicationDeps = {
  openWriter: openLocalPersonRegisterWriter,
  openDigitalPostRegistry: openLocalDigitalPostRegistry,
};

/**
 * What follows when a move has been applied, in the transaction that applied it: an audit record about the person
 * (by the staff member who registered a move dated today, or by no one: the maintenance run on the date), and on a
 * return the end of an emigration exemption from Digital Post (domain.md §1: it lapses on return; an exemption on
 * another ground stays). An emigration changes nothing in the registry: the duty ends by law. Answers whether an
 * exemption ended.
 */
export async function recordAppliedMove(
  tx: Tx,
  move: RegisteredMove,
  actorUserId: string | null,
  openDigitalPostRegistry: OpenDigitalPostRegistry,
): Promise<boolean> {
  const about = { municipalityId: move.municipalityId, actorUserId, subjectType: CITIZEN_SUBJECT, subjectId: move.personId };
  await appendAudit(tx, {
    ...about,
    action: MOVE_APPLIED_ACTION,
    purpose: ADDRESS_CHANGE_PURPOSE,
    details: { caseId: move.caseId, movingDate: move.movingDate },
  });
  if (move.kind !== 'return') return false;
  // The Digital Post workflow's per-person lock (lockPerson): an exemption registered meanwhile cannot slip past.
  await advisoryXactLock(tx, `digital-post:${move.personId}`);
  const registry = openDigitalPostRegistry(tx);
  const exemption = await registry.current(move.personId);
  if (!exemption?.lapsesOnReturn) return false;
  const reason = lapsedOnReturnReason(move.movingDate);
  await registry.markLapsed(exemption.id, { on: move.movingDate, reason });
  await appendAudit(tx, {
    ...about,
    action: EXEMPTION_LAPSED_ACTION,
    purpose: ADDRESS_CHANGE_PURPOSE,
    details: { caseId: move.caseId, exemptionId: exemption.id, lapsedOn: move.movingDate, reason },
  });
  return true;
}

export interface AppliedMoves {
  /** Moves applied to the register (each person moving counts once). */
  moves: number;
  /** Emigration exemptions from Digital Post ended by a return. */
  exemptionsEnded: number;
}

/**
 * Applies every move whose moving date has come (on or before `today`, a Copenhagen calendar day) and that is not
 * yet applied, earliest first, one transaction per move: the person's row, the move marked applied, its audit record
 * and a lapsed exemption stand or fall together. Idempotent, and safe to run in two processes at once: each move is
 * claimed under a row lock the other skips (`applyNextDueMove`). A step of `pnpm maintenance`.
 */
export async function applyDueMoves(db: Database, today: string, deps: MoveApplicationDeps = LOCAL): Promise<AppliedMoves> {
  const applied: AppliedMoves = { moves: 0, exemptionsEnded: 0 };
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const move = await deps.openWriter(tx).applyNextDueMove(today);
      if (!move) return null;
      return { ended: await recordAppliedMove(tx, move, null, deps.openDigitalPostRegistry) };
    });
    if (!done) return applied;
    applied.moves += 1;
    if (done.ended) applied.exemptionsEnded += 1;
  }
}

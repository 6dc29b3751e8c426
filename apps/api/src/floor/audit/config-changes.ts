import type { FieldProblem } from '@skranke/domain';
import type { DbOrTx } from '@skranke/db';
import { AppError } from '../../errors.ts';
import type { Staff } from '../staff.ts';
import { appendAudit } from './audit-chain.ts';

/** Only the fields that changed, before and after: "who changed what from what to what". */
export function changes<T extends Record<string, unknown>>(before: T, after: T) {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key];
      is[key] = after[key];
    }
  }
  return { before: was, after: is };
}

/** Records a configuration change in the caller's transaction, so the record exists exactly when the change does. */
export function auditConfig(
  tx: DbOrTx,
  actor: Staff,
  action: string,
  subject: { type: string; id: string },
  details: { before?: unknown; after?: unknown; [key: string]: unknown },
) {
  return appendAudit(tx, {
    municipalityId: actor.municipalityId,
    actorUserId: actor.id,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    details,
  });
}

/** 400 with a Danish message per field, pointing at `/body/<field>` as schema errors do. */
export function invalidConfig(problems: FieldProblem[], code = 'invalid-config') {
  return new AppError(400, code, 'Bad Request', problems.map((p) => p.da).join(' '), {
    errors: problems.map((p) => ({ pointer: `/body/${p.field}`, detail: p.da })),
  });
}

/** 409 about one field (a name or letter already taken), with the pointer the form shows it beside. */
export function takenConflict(code: string, field: string, da: string) {
  return new AppError(409, code, 'Conflict', da, { errors: [{ pointer: `/body/${field}`, detail: da }] });
}

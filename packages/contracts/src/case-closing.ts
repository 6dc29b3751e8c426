import { Type, type Static } from '@sinclair/typebox';
import { ExpectedVersion } from './common.ts';

const expectedVersion = ExpectedVersion;

/** Cancel a draft case (any workflow): it ends `cancelled`, with the reason on its timeline. */
export const CancelCaseBody = Type.Object(
  { expectedVersion, reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  { additionalProperties: false },
);
export type CancelCaseBody = Static<typeof CancelCaseBody>;

/**
 * Refuse (afslag) a draft Digital Post exemption, e.g. when identity cannot be established or the fuldmagt is not in
 * order. The reason is the begrundelse printed in the refusal letter.
 */
export const RefuseCaseBody = Type.Object(
  { expectedVersion, reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type RefuseCaseBody = Static<typeof RefuseCaseBody>;

export const CASE_CLOSING_AUDIT_ACTIONS = {
  'case.cancel': { da: 'Sag annulleret', en: 'Case cancelled' },
  'case.refuse': { da: 'Afslag i sag', en: 'Case refused' },
} as const;

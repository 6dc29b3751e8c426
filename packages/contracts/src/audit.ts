import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CivilDate, Uuid, WithDefault } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const AUDIT_SEARCH_MAX_LIMIT = 500;

/** Search criteria for the audit trail of the staff member's own municipality; all optional, combined with AND. */
export const AuditSearchQuery = Type.Object(
  {
    citizenId: Type.Optional(Uuid),
    actorUserId: Type.Optional(Uuid),
    action: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?$',
        maxLength: 100,
        description: 'An action, e.g. citizen.lookup; ending in a dot it is a prefix, e.g. citizen.',
      }),
    ),
    from: Type.Optional(CivilDate),
    to: Type.Optional(CivilDate),
    limit: WithDefault(Type.Integer({ minimum: 1, maximum: AUDIT_SEARCH_MAX_LIMIT }), 100),
    cursor: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type AuditSearchQuery = Static<typeof AuditSearchQuery>;

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  actor: Nullable(Type.Object({ id: Uuid, name: Type.String(), username: Type.String() })),
  actorDeviceId: Nullable(Uuid),
  subject: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
  purpose: Nullable(Type.String()),
  /** The citizen the record concerns (subject type citizen), with the CPR number masked; null otherwise or if unknown. */
  citizen: Nullable(Type.Object({ name: Type.String(), cprMasked: Type.String({ description: 'DDMMYY-XXXX' }) })),
  /**
   * What a configuration change changed, from its details' before and after: one line per field that differs (a
   * creation has no before, a deletion no after). Values as text: a list joined by ', ', a structure as JSON.
   */
  changes: Type.Array(Type.Object({ field: Type.String(), from: Nullable(Type.String()), to: Nullable(Type.String()) })),
  /** Scalar details only (e.g. purposeText, a masked CPR number); never a CPR number. */
  details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
});
export type AuditEvent = Static<typeof AuditEvent>;

/** Newest first; `nextCursor` fetches the next (older) page, null on the last. */
export const AuditEventPage = Type.Object({ events: Type.Array(AuditEvent), nextCursor: Nullable(Type.Integer()) });
export type AuditEventPage = Static<typeof AuditEventPage>;

/** A staff member of the municipality, as the audit search offers them to filter by. */
export const AuditStaffMember = Type.Object({
  id: Uuid,
  name: Type.String(),
  username: Type.String(),
  disabled: Type.Boolean(),
});
export type AuditStaffMember = Static<typeof AuditStaffMember>;
export const AuditStaffList = Type.Object({ staff: Type.Array(AuditStaffMember) });
export type AuditStaffList = Static<typeof AuditStaffList>;

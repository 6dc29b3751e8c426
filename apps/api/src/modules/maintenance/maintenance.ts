/**
 * Retention and pruning, one run (`pnpm maintenance`, the API's schedule, the compose service): queue events past
 * their retention, sessions that have expired or were revoked (with their refresh tokens), failed sign-ins older
 * than the throttling window, and the audit trail's own retention; then the day-before appointment reminders (the
 * one job here that is not pruning), the walk-ins' "turn is near" phone numbers whose day is over, and the moves
 * (flytninger) whose moving date has come, applied to the person register. Idempotent: a second run finds nothing left.
 * Exactly one process runs it at a time (a PostgreSQL advisory lock); the others skip. Deleting rows about staff
 * (sessions, failed sign-ins) or the queue (events) is recorded in each municipality's audit trail, in the same
 * transaction as the deletion. Runs as the database owner: the API's role may not delete audit records.
 */
import { schema, trySessionAdvisoryLock, type Database, type Tx } from '@skranke/db';
import { serviceDay } from '@skranke/domain';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { applyDueMoves, type AppliedMoves } from '../../floor/registers/apply-due-moves.ts';
import { LocalOutboxNotificationSender, type NotificationSender } from '../../floor/notifications/notification-sender.ts';
import { poolOf } from '../../plugins/events.ts';
import { applyRetention, retentionPolicyFor, type RetentionPolicy } from '../audit/retention.ts';
import { FAILURE_WINDOW_S } from '../auth/auth.service.ts';
import { anonymiseOldAppointments, APPOINTMENT_CONTACT_RETENTION_DAYS } from '../appointments/retention.ts';
import { sendAppointmentReminders } from '../notifications/appointment-reminders.ts';
import { pruneTurnNearNumbers } from '../notifications/turn-near-pruning.ts';

export const PRUNE_ACTION = 'maintenance.prune';
export const ANONYMISE_APPOINTMENTS_ACTION = 'maintenance.anonymise-appointments';
/** The advisory lock's key: one maintenance run at a time across every process on the database. */
export const MAINTENANCE_LOCK = 'skranke:maintenance';

export interface MaintenanceOptions {
  /** Days a location's queue events are kept, at least 1: the current day's stream stays for Last-Event-ID replay. */
  eventsRetentionDays: number;
  /** The run's clock; tests pass one. */
  now?: Date;
  /** Where the audit retention's overrides are read (SKRANKE_AUDIT_RETENTION_*). */
  env?: NodeJS.ProcessEnv;
  /** Rows per table and transaction (default 10 000): see BATCH_SIZE. */
  batchSize?: number;
  /** Where the day-before appointment reminders go (default: the local outbox, no gateway). */
  notificationSender?: NotificationSender;
}

/**
 * Each transaction deletes at most this many rows per table and then commits. A writing transaction holds back every
 * live screen's events until it ends (docs/queue.md, "Order of events"), so a first run on a database with months of
 * events must not be one long transaction. An hourly run normally needs one batch.
 */
export const BATCH_SIZE = 10_000;

export interface PruneCounts {
  locationEvents: number;
  sessions: number;
  refreshTokens: number;
  loginFailures: number;
  /** Audit records deleted by the audit retention. */
  auditRecords: number;
}

export interface MunicipalityReport extends PruneCounts {
  municipalityId: string;
  name: string;
  auditPolicy: RetentionPolicy;
}

export interface MaintenanceReport {
  /** false: another process was running maintenance; this one did nothing. */
  ran: boolean;
  municipalities: MunicipalityReport[];
  /** Failed sign-ins for usernames nobody has (no municipality to record them in). */
  unknownLoginFailures: number;
  totals: PruneCounts;
  /** Day-before appointment reminders sent (messages; 0 before 09:00, see sendAppointmentReminders). */
  appointmentReminders: number;
  /** "Turn is near" phone numbers deleted: their ticket finished or their service day over (pruneTurnNearNumbers). */
  turnNearNumbers: number;
  /** Bookings past their retention whose name and contact details were blanked (their outbox messages deleted). */
  appointmentsAnonymised: number;
  /** Moves whose moving date has come, applied to the person register (and emigration exemptions ended by a return). */
  movesApplied: AppliedMoves;
}

const EMPTY: PruneCounts = { locationEvents: 0, sessions: 0, refreshTokens: 0, loginFailures: 0, auditRecords: 0 };

/** Runs maintenance unless another process is running it (then `ran: false`). */
export async function runMaintenance(db: Database, options: MaintenanceOptions): Promise<MaintenanceReport> {
  // A session-level lock on one connection held for the whole run; the work itself uses the pool's others.
  const client = await poolOf(db).connect();
  try {
    const run = await trySessionAdvisoryLock(client, MAINTENANCE_LOCK, () => runLocked(db, options));
    return run.locked
      ? run.result
      : {
          ran: false,
          municipalities: [],
          unknownLoginFailures: 0,
          totals: { ...EMPTY },
          appointmentReminders: 0,
          turnNearNumbers: 0,
          appointmentsAnonymised: 0,
          movesApplied: { moves: 0, exemptionsEnded: 0 },
        };
  } finally {
    client.release();
  }
}

async function runLocked(db: Database, options: MaintenanceOptions): Promise<MaintenanceReport> {
  const now = options.now ?? new Date();
  const days = Math.max(1, options.eventsRetentionDays);
  const eventsBefore = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const failuresBefore = new Date(now.getTime() - FAILURE_WINDOW_S * 1000);
  const municipalities = await db
    .select({ id: schema.municipalities.id, name: schema.municipalities.name })
    .from(schema.municipalities)
    .orderBy(schema.municipalities.code);

  const batch = options.batchSize ?? BATCH_SIZE;
  const reports: MunicipalityReport[] = [];
  for (const m of municipalities) {
    const pruned = { locationEvents: 0, sessions: 0, refreshTokens: 0, loginFailures: 0 };
    for (let full = true; full;) {
      // One batch, and its audit record, per transaction.
      const counts = await db.transaction(async (tx) => {
        const deleted = await pruneMunicipality(tx, m.id, { now, eventsBefore, failuresBefore, batch });
        if (deleted.locationEvents + deleted.sessions + deleted.loginFailures > 0) {
          await appendAudit(tx, {
            municipalityId: m.id,
            action: PRUNE_ACTION,
            details: {
              ...deleted,
              eventsBefore: eventsBefore.toISOString(),
              sessionsBefore: now.toISOString(),
              loginFailuresBefore: failuresBefore.toISOString(),
            },
          });
        }
        return deleted;
      });
      pruned.locationEvents += counts.locationEvents;
      pruned.sessions += counts.sessions;
      pruned.refreshTokens += counts.refreshTokens;
      pruned.loginFailures += counts.loginFailures;
      full = counts.locationEvents === batch || counts.sessions === batch || counts.loginFailures === batch;
    }
    // After the pruning, so the prune record itself is subject to the trail's retention like any other.
    const auditPolicy = await retentionPolicyFor(db, m.id, options.env);
    const retention = await applyRetention(db, m.id, auditPolicy, now);
    reports.push({ municipalityId: m.id, name: m.name, auditPolicy, ...pruned, auditRecords: retention.deleted });
  }

  // What is left are failures for usernames that match no user: no one's trail to record them in.
  let unknownLoginFailures = 0;
  for (;;) {
    const result = await db.execute(sql`delete from login_failures where id in (
      select id from login_failures where at < ${failuresBefore.toISOString()} limit ${batch})`);
    const deleted = result.rowCount ?? 0;
    unknownLoginFailures += deleted;
    if (deleted < batch) break;
  }

  const totals = reports.reduce(
    (sum, r) => ({
      locationEvents: sum.locationEvents + r.locationEvents,
      sessions: sum.sessions + r.sessions,
      refreshTokens: sum.refreshTokens + r.refreshTokens,
      loginFailures: sum.loginFailures + r.loginFailures,
      auditRecords: sum.auditRecords + r.auditRecords,
    }),
    { ...EMPTY, loginFailures: unknownLoginFailures },
  );
  // Bookings keep the citizen's name and contact details for APPOINTMENT_CONTACT_RETENTION_DAYS after their time.
  let appointmentsAnonymised = 0;
  for (const m of municipalities) {
    for (let full = true; full;) {
      const done = await db.transaction(async (tx) => {
        const counts = await anonymiseOldAppointments(tx, m.id, { now, batch });
        if (counts.appointments > 0) {
          await appendAudit(tx, {
            municipalityId: m.id,
            action: ANONYMISE_APPOINTMENTS_ACTION,
            details: { ...counts, retentionDays: APPOINTMENT_CONTACT_RETENTION_DAYS },
          });
        }
        return counts;
      });
      appointmentsAnonymised += done.appointments;
      full = done.appointments === batch;
    }
  }
  // Not pruning, but as regular and as once-at-a-time: the reminders for tomorrow's bookings (idempotent).
  const appointmentReminders = await sendAppointmentReminders(db, options.notificationSender ?? new LocalOutboxNotificationSender(), now);
  // Walk-ins' phone numbers for the "turn is near" SMS live at most until the end of their ticket's service day.
  const turnNearNumbers = await pruneTurnNearNumbers(db, now);
  // A move reported ahead takes effect on its moving date (the Copenhagen day of the run's clock), each audited.
  const movesApplied = await applyDueMoves(db, serviceDay(now));
  return {
    ran: true,
    municipalities: reports,
    unknownLoginFailures,
    totals,
    appointmentReminders,
    turnNearNumbers,
    appointmentsAnonymised,
    movesApplied,
  };
}

async function pruneMunicipality(
  tx: Tx,
  municipalityId: string,
  at: { now: Date; eventsBefore: Date; failuresBefore: Date; batch: number },
): Promise<Omit<PruneCounts, 'auditRecords'>> {
  const now = at.now.toISOString();
  const events = await tx.execute(sql`delete from location_events where seq in (
    select seq from location_events where municipality_id = ${municipalityId} and at < ${at.eventsBefore.toISOString()} limit ${at.batch})`);
  // A session is over when it expired or was revoked; its refresh tokens (kept for reuse detection) go with it.
  const sessions = await tx.execute<{ tokens: number; sessions: number }>(sql`
    with over as (
      select id from sessions
      where municipality_id = ${municipalityId} and (expires_at < ${now} or revoked_at < ${now})
      limit ${at.batch}
      for update
    ), tokens as (
      delete from refresh_tokens where session_id in (select id from over) returning 1
    ), gone as (
      delete from sessions where id in (select id from over) returning 1
    )
    select (select count(*) from tokens)::int as tokens, (select count(*) from gone)::int as sessions`);
  const failures = await tx.execute(sql`
    delete from login_failures where id in (
      select f.id from login_failures f join users u on u.username = f.username_key
      where u.municipality_id = ${municipalityId} and f.at < ${at.failuresBefore.toISOString()}
      limit ${at.batch})`);
  const row = sessions.rows[0];
  return {
    locationEvents: events.rowCount ?? 0,
    sessions: row?.sessions ?? 0,
    refreshTokens: row?.tokens ?? 0,
    loginFailures: failures.rowCount ?? 0,
  };
}

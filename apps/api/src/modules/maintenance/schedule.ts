/**
 * The API's own maintenance schedule: every SKRANKE_MAINTENANCE_INTERVAL_MINUTES (default 60; 0 = off, the default
 * under NODE_ENV=test), on a connection of its own as the database owner. Every API process schedules it; the
 * advisory lock in runMaintenance lets exactly one of them do the work each time.
 */
import type { MaintenanceReport } from './maintenance.ts';

export interface MaintenanceSchedule {
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  intervalMinutes: number;
  /** The first run, this long after start (default one minute: the start itself comes first). */
  firstRunAfterMs?: number;
  run(): Promise<MaintenanceReport>;
  log(report: MaintenanceReport): void;
  fail(error: unknown): void;
}

export function scheduleMaintenance(options: ScheduleOptions): MaintenanceSchedule {
  if (options.intervalMinutes <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return; // the previous run is still at work: skip this one
    running = options
      .run()
      .then(options.log, options.fail)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, options.firstRunAfterMs ?? 60_000);
  const every = setInterval(tick, options.intervalMinutes * 60_000);
  first.unref();
  every.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}

/** One line per municipality with what each step deleted, and the totals. */
export function describeReport(report: MaintenanceReport): string[] {
  if (!report.ran)
    return ['Vedligeholdelse kører allerede i en anden proces – springer over / maintenance already running elsewhere – skipped'];
  const lines = report.municipalities.map(
    (m) =>
      `${m.name}: ${m.locationEvents} køhændelser, ${m.sessions} sessioner (${m.refreshTokens} refresh-tokens), ` +
      `${m.loginFailures} mislykkede logins, ${m.auditRecords} logposter (afgørelser ${m.auditPolicy.decisionsYears} år, opslag ${m.auditPolicy.lookupsMonths} mdr.) slettet`,
  );
  const t = report.totals;
  lines.push(`Mislykkede logins for ukendte brugernavne: ${report.unknownLoginFailures} slettet`);
  lines.push(
    `I alt / total: locationEvents=${t.locationEvents} sessions=${t.sessions} refreshTokens=${t.refreshTokens} loginFailures=${t.loginFailures} auditRecords=${t.auditRecords}`,
  );
  lines.push(`Påmindelser om tider i morgen / appointment reminders: ${report.appointmentReminders} sendt`);
  lines.push(`Telefonnumre til "snart din tur" / turn-near numbers: ${report.turnNearNumbers} slettet`);
  lines.push(`Tidsbestillinger anonymiseret / appointments anonymised: ${report.appointmentsAnonymised}`);
  lines.push(
    `Flytninger trådt i kraft / moves applied: ${report.movesApplied.moves} (fritagelser for Digital Post bortfaldet ved indrejse / exemptions lapsed on return: ${report.movesApplied.exemptionsEnded})`,
  );
  return lines;
}

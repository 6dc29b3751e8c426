import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MaintenanceReport } from './maintenance.ts';
import { scheduleMaintenance } from './schedule.ts';

const REPORT: MaintenanceReport = {
  ran: true,
  municipalities: [],
  unknownLoginFailures: 0,
  totals: { locationEvents: 0, sessions: 0, refreshTokens: 0, loginFailures: 0, auditRecords: 0 },
  appointmentReminders: 0,
  turnNearNumbers: 0,
  appointmentsAnonymised: 0,
  movesApplied: { moves: 0, exemptionsEnded: 0 },
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('scheduleMaintenance', () => {
  it('interval 0 (the default under NODE_ENV=test): never runs', async () => {
    const run = vi.fn(async () => REPORT);
    const schedule = scheduleMaintenance({ intervalMinutes: 0, run, log: () => {}, fail: () => {} });
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(run).not.toHaveBeenCalled();
    await schedule.stop();
  });

  it('runs a minute after start, then every interval, and stops', async () => {
    const run = vi.fn(async () => REPORT);
    const log = vi.fn();
    const schedule = scheduleMaintenance({ intervalMinutes: 60, run, log, fail: () => {} });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledWith(REPORT);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('skips a turn while the previous run is still at work, and reports a failure without throwing', async () => {
    let finish: (report: MaintenanceReport) => void = () => {};
    const run = vi.fn(() => new Promise<MaintenanceReport>((resolve) => (finish = resolve)));
    const fail = vi.fn();
    const schedule = scheduleMaintenance({ intervalMinutes: 1, firstRunAfterMs: 0, run, log: () => {}, fail });
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);
    finish(REPORT);
    run.mockImplementation(async () => Promise.reject(new Error('database down')));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(fail).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }));
    await schedule.stop();
  });
});

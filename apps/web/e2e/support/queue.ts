import { connectDatabase } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { copenhagenClock } from '@skranke/domain';
import { api, apiToken } from './api.ts';
import { databaseUrl } from './env.ts';

export const DOKK1 = DEMO.aarhus.dokk1;

/**
 * Dokk1 open all of today (Copenhagen time), whatever hour the tests run at: a kiosk only hands out numbers in
 * opening hours. Done in the database, as the API tests do, since opening hours have no admin screen yet.
 */
export async function openDokk1AllDay(): Promise<void> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    const { weekday } = copenhagenClock(new Date());
    await pool.query('delete from opening_hours where location_id = $1', [DOKK1]);
    await pool.query(
      `insert into opening_hours (municipality_id, location_id, weekday, opens, closes) values ($1, $2, $3, '00:00', '23:59')`,
      [DEMO.aarhus.id, DOKK1, weekday],
    );
  } finally {
    await close();
  }
}

/** Sets the booking cutoff (minutes before a time) of Dokk1's passport errand; returns the value it had. */
export async function setDokk1PassportCutoff(minutes: number): Promise<number> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    const { rows } = await pool.query<{ before: number }>(
      `update appointment_rules r set cutoff_minutes = $2 from services s, appointment_rules old
        where r.location_id = $1 and s.id = r.service_id and s.name_da = 'Pas' and old.id = r.id
        returning old.cutoff_minutes as before`,
      [DOKK1, minutes],
    );
    if (rows.length !== 1) throw new Error(`Dokk1 has ${rows.length} passport appointment rules, expected 1`);
    return rows[0]!.before;
  } finally {
    await close();
  }
}

/** A kiosk or call display at Dokk1, created by the administrator through the admin API; returns its device key. */
export async function createDevice(kind: 'kiosk' | 'display'): Promise<string> {
  const accessToken = await apiToken('admin');
  const created = await api<{ deviceKey: string }>('/api/admin/devices', {
    method: 'POST',
    token: accessToken,
    body: JSON.stringify({ name: `Dokk1 ${kind} (e2e)`, kind, locationId: DOKK1 }),
  });
  return created.deviceKey;
}

/** Replaces the Web Speech API in the page with a recorder, so a test can read what the call display said. */
export function recordSpeech(): void {
  const spoken: Array<{ text: string; lang: string }> = [];
  Object.assign(window, { __spoken: spoken });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang });
        setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 0);
      },
      cancel() {},
      getVoices: () => [],
    },
  });
}

/**
 * As if the counter's screen had gone silent `seconds` ago (a browser closed at the end of a shift): its session's
 * last sign of life is moved back in the database, since the e2e server runs on the wall clock.
 */
export async function silenceCounter(counterName: string, seconds: number): Promise<void> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    await pool.query(
      `update counter_sessions set last_seen_at = now() - make_interval(secs => $3)
        where state <> 'closed' and counter_id = (select id from counters where location_id = $1 and name = $2)`,
      [DOKK1, counterName, seconds],
    );
  } finally {
    await close();
  }
}

/**
 * Moves Dokk1's earlier calls (made by other browser test files on the same database) out of the call display's
 * "recent calls" window, so a test that starts with an empty display gets one. The e2e server runs on the wall clock.
 */
export async function forgetEarlierCalls(): Promise<void> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    await pool.query(`update tickets set called_at = called_at - interval '1 day' where location_id = $1 and called_at is not null`, [
      DOKK1,
    ]);
  } finally {
    await close();
  }
}

/**
 * Cancels the tickets other browser test files left waiting at Dokk1 (they share one database), so that a test whose
 * counter calls "the next" ticket calls its own.
 */
export async function cancelEarlierWaitingTickets(): Promise<void> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    await pool.query(`update tickets set state = 'cancelled', version = version + 1 where location_id = $1 and state = 'waiting'`, [DOKK1]);
  } finally {
    await close();
  }
}

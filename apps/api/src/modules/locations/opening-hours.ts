import type { OpeningHours } from '@skranke/contracts';
import { schema, type DbOrTx } from '@skranke/db';
import { isOpenAt, type OpeningInterval } from '@skranke/domain';
import { asc, eq } from 'drizzle-orm';

/** A location's weekly hours (a mobile stop's timetable) and whether it is open now. */
export async function openingHoursOf(db: DbOrTx, locationId: string, at = new Date()): Promise<OpeningHours> {
  const t = schema.openingHours;
  const rows = await db.select().from(t).where(eq(t.locationId, locationId)).orderBy(asc(t.weekday), asc(t.opens));
  const intervals = rows.map((r) => ({
    weekday: r.weekday as OpeningInterval['weekday'],
    opens: r.opens,
    closes: r.closes,
    place: r.place,
  }));
  return { openNow: isOpenAt(intervals, at), intervals };
}

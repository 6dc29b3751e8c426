import { schema, type Database } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { addDays, serviceDay } from '@skranke/domain';
import { and, eq, gt } from 'drizzle-orm';
import type { CaseBody } from './cases-helpers.ts';

let serial = 0;

/** A resident of Aarhus at the given address (CPR numbers from a range the demo data leaves free). */
export async function insertPerson(
  db: Database,
  givenNames: string,
  address: [street: string, postcode: string, city: string],
  options: { birthYear?: number; holders?: string[] } = {},
): Promise<string> {
  const year = options.birthYear ?? 1980;
  for (;;) {
    serial += 1;
    const cpr = `0${(serial % 9) + 1}0${(serial % 9) + 1}${String(year).slice(2)}${year >= 2000 ? '4' : '2'}7${String(serial).padStart(2, '0')}`;
    const [row] = await db
      .insert(schema.persons)
      .values({
        cpr,
        givenNames,
        surname: 'Flyttetest',
        municipalityId: DEMO.aarhus.id,
        street: address[0],
        postcode: address[1],
        city: address[2],
      })
      .onConflictDoNothing()
      .returning({ id: schema.persons.id });
    if (!row) continue;
    if (options.holders?.length) await db.insert(schema.custody).values(options.holders.map((holderId) => ({ childId: row.id, holderId })));
    return row.id;
  }
}

export const today = () => serviceDay(new Date());
export const inDays = (days: number) => addDays(today(), days);

export interface AddressChangeCase extends CaseBody {
  type: string;
  stepData: Record<string, unknown>;
  addressChange: {
    lateReport: { late: boolean; fineKr: number; da: string | null } | null;
    digitalPost: { effect: string; da: string } | null;
    coMovers: Array<{ id: string; name: string; cprMasked: string }>;
    doctor: { choice: string; doctorId: string | null; doctorName: string | null } | null;
    registeredAt: string | null;
    appliedAt: string | null;
    notices: Array<{ da: string; en: string }>;
  } | null;
}

/** Audit records about `subjectId` written after audit id `mark`. */
export const auditAbout = (db: Database, subjectId: string, mark = 0) =>
  db
    .select({ action: schema.auditEvents.action, purpose: schema.auditEvents.purpose, details: schema.auditEvents.details })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.subjectId, subjectId), gt(schema.auditEvents.id, mark)));

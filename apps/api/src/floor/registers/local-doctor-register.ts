import { schema, type DbOrTx } from '@skranke/db';
import { byDistance, doctorsWithinReach, type InsuranceGroup } from '@skranke/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Doctor, DoctorRegister, HealthInsurance, OpenDoctorRegister } from './doctor-register.ts';

const { doctors, healthInsurance } = schema;

type DoctorRow = typeof doctors.$inferSelect;

const toDoctor = (row: DoctorRow): Doctor => ({
  id: row.id,
  providerNumber: row.providerNumber,
  clinicName: row.clinicName,
  doctorNames: row.doctorNames,
  address: { street: row.street, postcode: row.postcode, city: row.city },
  municipalityCode: row.municipalityCode,
  location: { lat: row.latitude, lon: row.longitude },
  phone: row.phone,
  openForNewPatients: row.openForNewPatients,
});

/**
 * LocalDoctorRegister: the practices in Skranke's own `doctors` table (demo data) and each citizen's sygesikring in
 * `health_insurance`. It is NOT the regions' register: a choice recorded here reaches no one outside Skranke. The
 * register is small (a municipality has tens of practices), so distances are computed in the domain over all rows.
 */
export function createLocalDoctorRegister(db: DbOrTx): DoctorRegister {
  const all = async () => (await db.select().from(doctors).orderBy(asc(doctors.clinicName))).map(toDoctor);
  const findById = async (id: string) => {
    const [row] = await db.select().from(doctors).where(eq(doctors.id, id));
    return row ? toDoctor(row) : null;
  };

  return {
    findById,
    nearby: async (home) => byDistance(await all(), home),
    withinReach: async (home, municipalityCode) => doctorsWithinReach(await all(), home, municipalityCode),

    async insuranceOf(personId): Promise<HealthInsurance> {
      const [row] = await db.select().from(healthInsurance).where(eq(healthInsurance.personId, personId));
      if (!row) return { personId, group: 1, doctor: null, doctorSince: null, groupChangedOn: null, cardIssuedOn: null };
      return {
        personId,
        group: row.insuranceGroup as InsuranceGroup,
        doctor: row.doctorId ? await findById(row.doctorId) : null,
        doctorSince: row.doctorSince,
        groupChangedOn: row.groupChangedOn,
        cardIssuedOn: row.cardIssuedOn,
      };
    },

    async recordChoice({ personId, group, doctorId, on, groupChanged }) {
      const values = {
        insuranceGroup: group,
        doctorId,
        doctorSince: doctorId ? on : null,
        ...(groupChanged && { groupChangedOn: on }),
        updatedAt: sql`now()`,
      };
      await db
        .insert(healthInsurance)
        .values({ personId, ...values })
        .onConflictDoUpdate({ target: healthInsurance.personId, set: values });
    },

    async recordCardIssued(personId, on) {
      await db
        .insert(healthInsurance)
        .values({ personId, cardIssuedOn: on })
        .onConflictDoUpdate({ target: healthInsurance.personId, set: { cardIssuedOn: on, updatedAt: sql`now()` } });
    },
  };
}

export const openLocalDoctorRegister: OpenDoctorRegister = createLocalDoctorRegister;

import type { Case, DoctorsNearCitizen, StartHealthCaseBody } from '@skranke/contracts';
import { doctorReachKm, isCopenhagenArea } from '@skranke/domain';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import type { OpenDoctorRegister } from '../../../floor/registers/doctor-register.ts';
import { openLocalDoctorRegister } from '../../../floor/registers/local-doctor-register.ts';
import type { Staff } from '../../../floor/staff.ts';
import { createCasesService, type CaseKit } from '../cases.service.ts';
import { DOCTOR_CHANGE_TYPE, doctorView, HEALTH_CARD_TYPE, homeOf, insuranceView } from '../health-shared.ts';

/**
 * Sundhedskort and lægeskift besides the generic case operations: starting them, and the doctors within reach of a
 * citizen's home (the doctor step's list). The list shows the citizen's sygesikring, so it is audited about them.
 */
export function createHealthService(kit: CaseKit, openDoctors: OpenDoctorRegister = openLocalDoctorRegister) {
  const cases = createCasesService(kit);
  const { db, person } = kit;

  return {
    startHealthCard: (staff: Staff, personId: string, body: StartHealthCaseBody): Promise<Case> =>
      cases.start(staff, personId, { type: HEALTH_CARD_TYPE, ...body }),

    startDoctorChange: (staff: Staff, personId: string, body: StartHealthCaseBody): Promise<Case> =>
      cases.start(staff, personId, { type: DOCTOR_CHANGE_TYPE, ...body }),

    doctorsNear: (staff: Staff, personId: string): Promise<DoctorsNearCitizen> =>
      db.transaction(async (tx) => {
        const who = await person(tx, personId);
        const register = openDoctors(tx);
        const home = homeOf(who);
        const municipalityCode = home?.municipalityCode ?? who.municipality.code;
        const doctors = home ? await register.withinReach(home.point, home.municipalityCode) : [];
        const insurance = await register.insuranceOf(who.id);
        await auditCitizen(tx, staff, {
          action: 'health.doctors-read',
          subjectId: who.id,
          purpose: DOCTOR_CHANGE_TYPE,
          details: { count: String(doctors.length) },
        });
        return {
          reachKm: doctorReachKm(municipalityCode),
          copenhagenArea: isCopenhagenArea(municipalityCode),
          home: home && { postcode: home.postcode, city: home.city },
          doctors: doctors.map((d) => doctorView(d, d.distanceKm)),
          insurance: insuranceView(insurance),
        };
      }),
  };
}

import type { AddressChangeDoctorOptions, Case, CoMoverCandidates, StartAddressChangeBody } from '@skranke/contracts';
import { ADDRESS_CHANGE_STEP_TEXT, maskCpr, type AddressChangeAddressData } from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import { openLocalDoctorRegister } from '../../../floor/registers/local-doctor-register.ts';
import { openLocalPersonRegister } from '../../../floor/registers/local-person-register.ts';
import { openLocalPersonRegisterWriter } from '../../../floor/registers/local-person-register-writer.ts';
import type { Staff } from '../../../floor/staff.ts';
import { stepOutOfOrder } from '../workflow-kit.ts';
import { createCasesService, type CaseKit } from '../cases.service.ts';
import { ADDRESS_CHANGE_TYPE, doctorOptions } from './address-change.workflow.ts';

const notAddressChange = () => conflict('not-an-address-change-case', 'Sagen er ikke en flytning.');

const formatAddress = (a: { street: string; postcode: string; city: string }) => `${a.street}, ${a.postcode} ${a.city}`;

/**
 * Flytning besides the generic case operations: starting it, and what its steps offer (who may move along, which
 * doctors near the new address). Each read is audited about every citizen it shows.
 */
export function createAddressChangeService(kit: CaseKit) {
  const cases = createCasesService(kit);
  const { db, load, audit } = kit;

  return {
    start: (staff: Staff, personId: string, body: StartAddressChangeBody): Promise<Case> =>
      cases.start(staff, personId, { type: ADDRESS_CHANGE_TYPE, ...body }),

    coMovers: (staff: Staff, caseId: string): Promise<CoMoverCandidates> =>
      db.transaction(async (tx) => {
        const { row, person } = await load(tx, staff, caseId);
        if (row.type !== ADDRESS_CHANGE_TYPE) throw notAddressChange();
        const sameAddress = await openLocalPersonRegisterWriter(tx).coResidents(person.id);
        const { children } = await openLocalPersonRegister(tx).findCustody(person.id);
        const candidates: CoMoverCandidates['candidates'] = [];
        const seen = new Set<string>();
        for (const [reason, people] of [
          ['same_address', sameAddress],
          ['child', children],
        ] as const) {
          for (const p of people) {
            if (seen.has(p.id)) continue;
            seen.add(p.id);
            candidates.push({ id: p.id, name: `${p.givenNames} ${p.surname}`, cprMasked: maskCpr(p.cpr), reason });
            await auditCitizen(tx, staff, {
              action: 'address-change.co-mover-read',
              subjectId: p.id,
              purpose: ADDRESS_CHANGE_TYPE,
              details: { caseId: row.id },
            });
          }
        }
        await audit(tx, staff, row, 'case.read');
        return { candidates };
      }),

    doctors: (staff: Staff, caseId: string): Promise<AddressChangeDoctorOptions> =>
      db.transaction(async (tx) => {
        const { row, person } = await load(tx, staff, caseId);
        if (row.type !== ADDRESS_CHANGE_TYPE) throw notAddressChange();
        const address = row.stepData.address as AddressChangeAddressData | undefined;
        if (!address) throw stepOutOfOrder(ADDRESS_CHANGE_STEP_TEXT, { step: 'address' });
        const options = await doctorOptions(openLocalDoctorRegister, tx, person.id, address);
        await audit(tx, staff, row, 'address-change.doctor-options');
        return {
          areaKnown: options.area !== null,
          reachKm: options.reachKm,
          current: options.current && {
            id: options.current.doctor.id,
            clinicName: options.current.doctor.clinicName,
            doctorNames: options.current.doctor.doctorNames,
            address: formatAddress(options.current.doctor.address),
            distanceKm: Math.round(options.current.distanceKm * 10) / 10,
            withinReach: options.keepAllowed,
          },
          offered: options.offered.map((d) => ({
            id: d.id,
            clinicName: d.clinicName,
            doctorNames: d.doctorNames,
            address: formatAddress(d.address),
            distanceKm: Math.round(d.distanceKm * 10) / 10,
          })),
        };
      }),
  };
}

import type { CitizenProtections, ExpiringAddressProtections } from '@skranke/contracts';
import type { Database, Tx } from '@skranke/db';
import {
  ADDRESS_PROTECTION_FEE_ORE,
  addDays,
  PROTECTION_RENEWAL_NOTICE_DAYS,
  protectionInForce,
  protectionPeriod,
  protectionRenewalDate,
  robinsonEffectiveBy,
  serviceDay,
} from '@skranke/domain';
import { AppError, conflict } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import { openLocalPersonRegister } from '../../floor/registers/local-person-register.ts';
import { openLocalPersonRegisterWriter } from '../../floor/registers/local-person-register-writer.ts';
import type { AddressProtectionPeriod, OpenPersonRegister, OpenPersonRegisterWriter } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';

export const PROTECTION_PURPOSE = 'adressebeskyttelse';
export const ROBINSON_PURPOSE = 'robinsonlisten';

const citizenNotFound = () =>
  new AppError(404, 'citizen-not-found', 'Not Found', 'Borgeren findes ikke.', { detailEn: 'The citizen does not exist.' });

/** The period the citizen page shows: the latest not ended early, else none. */
function latest(periods: AddressProtectionPeriod[]) {
  return periods.find((p) => p.endedOn === null) ?? null;
}

/**
 * Navne- og adressebeskyttelse and Robinsonlisten as short forms on the citizen page, behind the person register's
 * write seam. Every read and write is audited about the citizen in its transaction.
 */
export function createProtectionsService(
  db: Database,
  deps: { openRegister?: OpenPersonRegister; openWriter?: OpenPersonRegisterWriter } = {},
) {
  const openRegister = deps.openRegister ?? openLocalPersonRegister;
  const openWriter = deps.openWriter ?? openLocalPersonRegisterWriter;

  async function assertCitizen(tx: Tx, id: string) {
    if (!(await openRegister(tx).findById(id))) throw citizenNotFound();
  }

  async function view(tx: Tx, personId: string): Promise<CitizenProtections> {
    const writer = openWriter(tx);
    const today = serviceDay(new Date());
    const period = latest(await writer.addressProtections(personId));
    const robinson = await writer.robinson(personId);
    return {
      addressProtection: period && {
        id: period.id,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        renewalDate: protectionRenewalDate(period.endsOn),
        endedOn: period.endedOn,
        inForce: protectionInForce(period, today),
        feeOre: period.feeOre,
        registeredAt: period.registeredAt.toISOString(),
        registeredBy: period.registeredBy,
      },
      robinson: robinson && {
        id: robinson.id,
        registeredOn: robinson.registeredOn,
        effectiveBy: robinson.effectiveBy,
        registeredAt: robinson.registeredAt.toISOString(),
        registeredBy: robinson.registeredBy,
      },
    };
  }

  const audit = (tx: Tx, staff: Staff, subjectId: string, action: string, purpose: string, details: Record<string, string> = {}) =>
    auditCitizen(tx, staff, { action, subjectId, purpose, details });

  return {
    get: (staff: Staff, personId: string) =>
      db.transaction(async (tx) => {
        await assertCitizen(tx, personId);
        await audit(tx, staff, personId, 'protection.read', PROTECTION_PURPOSE);
        return view(tx, personId);
      }),

    /** Starts protection for a year, or renews it: a renewal while in force follows on without a gap. Free. */
    registerAddressProtection: (staff: Staff, personId: string) =>
      db.transaction(async (tx) => {
        await assertCitizen(tx, personId);
        const writer = openWriter(tx);
        const today = serviceDay(new Date());
        const current = latest(await writer.addressProtections(personId));
        const running = current && current.endsOn >= today ? current : null;
        if (running && running.startsOn > today)
          throw conflict('protection-already-renewed', 'Beskyttelsen er allerede fornyet for næste år.', {
            detailEn: 'The protection has already been renewed for the next year.',
          });
        const period = protectionPeriod(today, running);
        const created = await writer.setAddressProtection({
          personId,
          municipalityId: staff.municipalityId,
          ...period,
          renewalOf: running?.id ?? null,
          feeOre: ADDRESS_PROTECTION_FEE_ORE,
          registeredBy: staff.id,
        });
        await audit(tx, staff, personId, running ? 'protection.renew' : 'protection.register', PROTECTION_PURPOSE, {
          protectionId: created.id,
          endsOn: created.endsOn,
        });
        return view(tx, personId);
      }),

    endAddressProtection: (staff: Staff, personId: string) =>
      db.transaction(async (tx) => {
        await assertCitizen(tx, personId);
        const writer = openWriter(tx);
        const today = serviceDay(new Date());
        const current = (await writer.addressProtections(personId)).find((p) => p.endedOn === null && p.endsOn >= today);
        if (!current)
          throw conflict('no-address-protection', 'Borgeren har ingen navne- og adressebeskyttelse, der kan ophæves.', {
            detailEn: 'The citizen has no name and address protection to end.',
          });
        await writer.endAddressProtection(current.id, { endedOn: today, endedBy: staff.id });
        await audit(tx, staff, personId, 'protection.end', PROTECTION_PURPOSE, { protectionId: current.id });
        return view(tx, personId);
      }),

    /** The municipality's protections up for renewal in the next 30 days; each citizen listed is audited. */
    listExpiring: (staff: Staff): Promise<ExpiringAddressProtections> =>
      db.transaction(async (tx) => {
        const from = serviceDay(new Date());
        const to = addDays(from, PROTECTION_RENEWAL_NOTICE_DAYS);
        // The renewal date is the day after the last day: last days from yesterday up to `to - 1`.
        const rows = await openWriter(tx).expiringAddressProtections(staff.municipalityId, addDays(from, -1), addDays(to, -1));
        for (const row of rows) await audit(tx, staff, row.personId, 'protection.expiring-list', PROTECTION_PURPOSE);
        return {
          from,
          to,
          protections: rows.map((r) => ({
            citizen: { id: r.personId, name: r.name },
            endsOn: r.endsOn,
            renewalDate: protectionRenewalDate(r.endsOn),
          })),
        };
      }),

    registerRobinson: (staff: Staff, personId: string) =>
      db.transaction(async (tx) => {
        await assertCitizen(tx, personId);
        const writer = openWriter(tx);
        if (await writer.robinson(personId))
          throw conflict('already-on-robinson-list', 'Borgeren står allerede på Robinsonlisten.', {
            detailEn: 'The citizen is already on the Robinson list.',
          });
        const today = serviceDay(new Date());
        const created = await writer.setRobinson({
          personId,
          municipalityId: staff.municipalityId,
          registeredOn: today,
          effectiveBy: robinsonEffectiveBy(today),
          registeredBy: staff.id,
        });
        await audit(tx, staff, personId, 'robinson.register', ROBINSON_PURPOSE, { robinsonId: created.id });
        return view(tx, personId);
      }),

    revokeRobinson: (staff: Staff, personId: string) =>
      db.transaction(async (tx) => {
        await assertCitizen(tx, personId);
        const writer = openWriter(tx);
        const current = await writer.robinson(personId);
        if (!current)
          throw conflict('not-on-robinson-list', 'Borgeren står ikke på Robinsonlisten.', {
            detailEn: 'The citizen is not on the Robinson list.',
          });
        await writer.revokeRobinson(current.id, { revokedOn: serviceDay(new Date()), revokedBy: staff.id });
        await audit(tx, staff, personId, 'robinson.revoke', ROBINSON_PURPOSE, { robinsonId: current.id });
        return view(tx, personId);
      }),
  };
}

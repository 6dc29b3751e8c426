import { ADDRESS_CHANGE_STEP_SCHEMAS, type AddressChangeOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  ADDRESS_CHANGE_STEP_TEXT,
  ADDRESS_CHANGE_STEPS,
  addressProblems,
  coMoverProblems,
  digitalPostOnMove,
  doctorChoiceProblems,
  doctorReachKm,
  haversineKm,
  lateReport,
  maskCpr,
  missingSteps,
  moveTakesEffect,
  pendingMoveNotice,
  movingDateProblems,
  postcodeArea,
  serviceDay,
  underStep,
  type AddressChangeAddressData,
  type AddressChangeDateData,
  type AddressChangeDoctorData,
  type AddressChangeMoversData,
  type CoMoverFacts,
  type RuleProblem,
} from '@skranke/domain';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import { recordAppliedMove } from '../../../floor/registers/apply-due-moves.ts';
import type { OpenDigitalPostRegistry } from '../../../floor/registers/digital-post-registry.ts';
import type { Doctor, OpenDoctorRegister } from '../../../floor/registers/doctor-register.ts';
import type {
  OpenPersonRegister,
  OpenPersonRegisterWriter,
  PersonRecord,
  RegisteredMove,
} from '../../../floor/registers/person-register.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseIncomplete, refuseStep } from '../workflow-kit.ts';
import type { CaseWorkflow } from '../workflow.ts';
import { addressChangeReceipt } from './address-change-receipt.ts';

export const ADDRESS_CHANGE_TYPE = 'address_change';

export interface AddressChangeDeps {
  repo: CasesRepository;
  openRegister: OpenPersonRegister;
  openWriter: OpenPersonRegisterWriter;
  openDigitalPostRegistry: OpenDigitalPostRegistry;
  openDoctors: OpenDoctorRegister;
}

const audit = (tx: Tx, staff: Staff, subjectId: string, action: string, caseId: string) =>
  auditCitizen(tx, staff, { action, subjectId, purpose: ADDRESS_CHANGE_TYPE, details: { caseId } });

/** The move as the pending-move notice names it: the new address on one line (c/o included), or the country. */
export const pendingMoveOf = (move: RegisteredMove) => ({
  kind: move.kind,
  movingDate: move.movingDate,
  addressLine: move.address
    ? `${move.careOf ? `c/o ${move.careOf}, ` : ''}${move.address.street}, ${move.address.postcode} ${move.address.city}`
    : null,
  country: move.country,
});

const doctorText = (d: Doctor) => `${d.clinicName} (${d.doctorNames}), ${d.address.street}, ${d.address.postcode} ${d.address.city}`;

/** The doctor step's facts near the NEW address: the reach rule, the current doctor, the practices open to new patients. */
export async function doctorOptions(openDoctors: OpenDoctorRegister, tx: Tx, personId: string, address: AddressChangeAddressData) {
  const area = address.kind === 'emigration' || !address.postcode ? null : postcodeArea(address.postcode);
  if (!area) return { area: null, reachKm: null, current: null, keepAllowed: false, offered: [] };
  const register = openDoctors(tx);
  const reachKm = doctorReachKm(area.municipalityCode);
  const { doctor } = await register.insuranceOf(personId);
  const current = doctor && { doctor, distanceKm: haversineKm(area, doctor.location) };
  const offered = await register.withinReach(area, area.municipalityCode);
  return { area, reachKm, current, keepAllowed: !!current && current.distanceKm <= reachKm, offered };
}

/**
 * Flytning (domain.md §5): the new address (c/o with the host's declaration, or a country when emigrating), the
 * moving date (at most 4 weeks ahead; late reporting is told, not refused), the people moving together, and the
 * doctor near the new address. Completing registers the move for each of them in the person register (its write
 * seam) and gives a Danish receipt. The move takes effect on its moving date (`moveTakesEffect`): dated today or
 * earlier, it is applied at once; dated ahead, the register keeps the old address until `pnpm maintenance` applies it
 * on the date (`applyDueMoves`). Applying a return ends an emigration exemption from Digital Post. Every co-mover read
 * or moved is audited about the co-mover too.
 */
export function addressChangeWorkflow(deps: AddressChangeDeps): CaseWorkflow {
  const { repo, openRegister, openWriter, openDigitalPostRegistry, openDoctors } = deps;

  async function coMoverFacts(tx: Tx, staff: Staff, person: PersonRecord, ids: readonly string[], movingDate: string, caseId?: string) {
    const register = openRegister(tx);
    const writer = openWriter(tx);
    const facts: CoMoverFacts[] = [];
    const problems: RuleProblem[] = [];
    for (const [i, id] of ids.entries()) {
      const other = await register.findById(id);
      if (!other) {
        problems.push({
          field: `/coMovers/${i}`,
          code: 'co-mover-not-found',
          da: 'Medflytteren findes ikke.',
          en: 'The co-mover does not exist.',
        });
        continue;
      }
      if (caseId) await audit(tx, staff, other.id, 'address-change.co-mover-read', caseId);
      const otherMoves = (await writer.movesOn(other.id, movingDate)).filter((m) => m.caseId !== caseId);
      facts.push({
        id: other.id,
        name: `${other.givenNames} ${other.surname}`,
        status: other.status,
        sameOldAddress: await writer.sharesAddress(person.id, other.id),
        custodyHolderIds: (await register.findCustody(other.id)).holders.map((h) => h.id),
        alreadyMovingOn: otherMoves.length > 0,
      });
    }
    return { facts, problems: [...problems, ...coMoverProblems(person.id, facts)] };
  }

  async function citizenMovingProblems(tx: Tx, person: PersonRecord, movingDate: string, caseId?: string): Promise<RuleProblem[]> {
    const moves = (await openWriter(tx).movesOn(person.id, movingDate)).filter((m) => m.caseId !== caseId);
    return moves.length > 0
      ? [
          {
            field: '/movingDate',
            code: 'already-moving',
            da: 'Borgeren er allerede registreret som flyttende den dag.',
            en: 'The citizen is already registered as moving on that date.',
          },
        ]
      : [];
  }

  async function doctorStepProblems(tx: Tx, person: PersonRecord, address: AddressChangeAddressData, data: AddressChangeDoctorData) {
    const options = await doctorOptions(openDoctors, tx, person.id, address);
    return doctorChoiceProblems(data, {
      kind: address.kind,
      keepAllowed: options.keepAllowed,
      offeredDoctorIds: options.offered.map((d) => d.id),
    });
  }

  async function digitalPost(tx: Tx, personId: string, kind: AddressChangeAddressData['kind']) {
    const exemption = await openDigitalPostRegistry(tx).current(personId);
    return { exemption, consequence: digitalPostOnMove(kind, exemption) };
  }

  return defineWorkflow({
    type: ADDRESS_CHANGE_TYPE,
    steps: ADDRESS_CHANGE_STEPS,
    schemas: ADDRESS_CHANGE_STEP_SCHEMAS,
    stepText: ADDRESS_CHANGE_STEP_TEXT,
    needs: {
      movers: {
        step: 'date',
        because: 'medflytterne tjekkes mod flyttedatoen',
        becauseEn: 'co-movers are checked against the moving date',
      },
      doctor: { step: 'address', because: 'lægerne findes ud fra den nye adresse', becauseEn: 'doctors are found from the new address' },
    },

    async checkStart() {
      // Anyone in the register may report a move; the steps hold the rules.
    },

    async validateStep(step, data, { tx, staff, person, stepData, caseId }) {
      const today = serviceDay(new Date());
      if (step === 'address') refuseStep(addressProblems(data as AddressChangeAddressData, person.status));
      if (step === 'date') {
        const { movingDate } = data as AddressChangeDateData;
        refuseStep([...movingDateProblems({ movingDate }, today), ...(await citizenMovingProblems(tx, person, movingDate, caseId))]);
      }
      if (step === 'movers') {
        const { movingDate } = stepData.date as AddressChangeDateData;
        const { coMovers } = data as AddressChangeMoversData;
        refuseStep((await coMoverFacts(tx, staff, person, coMovers, movingDate, caseId)).problems);
      }
      if (step === 'doctor')
        refuseStep(await doctorStepProblems(tx, person, stepData.address as AddressChangeAddressData, data as AddressChangeDoctorData));
      return { ...(data as Record<string, unknown>) };
    },

    async complete({ tx, staff, person, caseRow }) {
      const data = caseRow.stepData;
      const today = serviceDay(new Date());
      const problems = missingSteps(ADDRESS_CHANGE_STEPS, ADDRESS_CHANGE_STEP_TEXT, data);
      refuseIncomplete(problems);
      const address = data.address as AddressChangeAddressData;
      const { movingDate } = data.date as AddressChangeDateData;
      const { coMovers } = data.movers as AddressChangeMoversData;
      const doctor = data.doctor as AddressChangeDoctorData;
      // The rules again, as they stand today: the register may have changed since the steps were saved.
      const movers = await coMoverFacts(tx, staff, person, coMovers, movingDate, caseRow.id);
      problems.push(
        ...addressProblems(address, person.status).map(underStep('address')),
        ...movingDateProblems({ movingDate }, today).map(underStep('date')),
        ...(await citizenMovingProblems(tx, person, movingDate, caseRow.id)).map(underStep('date')),
        ...movers.problems.map(underStep('movers')),
        ...(await doctorStepProblems(tx, person, address, doctor)).map(underStep('doctor')),
      );
      refuseIncomplete(problems);

      const late = lateReport(movingDate, today).late;
      const { consequence } = await digitalPost(tx, person.id, address.kind);
      const writer = openWriter(tx);
      const common = {
        caseId: caseRow.id,
        municipalityId: caseRow.municipalityId,
        kind: address.kind,
        movingDate,
        reportedOn: today,
        late,
        address: address.kind === 'emigration' ? null : { street: address.street!, postcode: address.postcode!, city: address.city! },
        country: address.kind === 'emigration' ? address.country! : null,
        careOf: address.careOf ?? null,
        hostName: address.careOf ? address.hostDeclaration!.hostName : null,
        registeredBy: staff.id,
      };
      await writer.registerMove({
        ...common,
        personId: person.id,
        movedWithId: null,
        doctorChoice: doctor.choice,
        doctorId: doctor.choice === 'new' ? doctor.doctorId! : null,
        digitalPostEffect: consequence.effect,
      });
      await audit(tx, staff, person.id, 'address-change.move', caseRow.id);
      for (const coMover of movers.facts) {
        const own = await digitalPost(tx, coMover.id, address.kind);
        await writer.registerMove({
          ...common,
          personId: coMover.id,
          movedWithId: person.id,
          doctorChoice: null,
          doctorId: null,
          digitalPostEffect: own.consequence.effect,
        });
        await audit(tx, staff, coMover.id, 'address-change.co-mover-move', caseRow.id);
      }
      if (moveTakesEffect(movingDate, today) === 'now') {
        // Each mover's due moves in moving-date order (an earlier one still waiting for maintenance comes first).
        for (const personId of [person.id, ...movers.facts.map((f) => f.id)]) {
          for (let move = await writer.applyNextDueMove(today, personId); move; move = await writer.applyNextDueMove(today, personId))
            await recordAppliedMove(tx, move, staff.id, openDigitalPostRegistry);
        }
      }
      if (doctor.choice === 'new') {
        const doctors = openDoctors(tx);
        const insurance = await doctors.insuranceOf(person.id);
        await doctors.recordChoice({
          personId: person.id,
          group: insurance.group,
          doctorId: doctor.doctorId!,
          on: movingDate,
          groupChanged: false,
        });
      }
    },

    async outcome({ tx, staff, person, caseRow }): Promise<{ addressChange: AddressChangeOutcome }> {
      const data = caseRow.stepData;
      const address = data.address as AddressChangeAddressData | undefined;
      const date = data.date as AddressChangeDateData | undefined;
      const doctor = data.doctor as AddressChangeDoctorData | undefined;
      const moves = caseRow.status === 'completed' ? await openWriter(tx).movesByCase(caseRow.id) : [];
      const own = moves.find((m) => m.personId === person.id);
      const today = own?.reportedOn ?? serviceDay(new Date());
      const late = date ? lateReport(date.movingDate, today) : null;
      let digital: AddressChangeOutcome['digitalPost'] = null;
      if (address) {
        const effect = own?.digitalPostEffect;
        // A completed case says what the move did; a draft what it would do with the register as it is.
        const consequence = effect
          ? digitalPostOnMove(
              address.kind,
              effect === 'emigration_exemption_lapses' || effect === 'stays_exempt'
                ? { lapsesOnReturn: effect === 'emigration_exemption_lapses' }
                : null,
            )
          : (await digitalPost(tx, person.id, address.kind)).consequence;
        digital = consequence;
      }
      const register = openRegister(tx);
      const coMovers: AddressChangeOutcome['coMovers'] = [];
      for (const id of (data.movers as AddressChangeMoversData | undefined)?.coMovers ?? []) {
        const other = await register.findById(id);
        if (!other) continue;
        await audit(tx, staff, other.id, 'address-change.co-mover-read', caseRow.id);
        coMovers.push({ id: other.id, name: `${other.givenNames} ${other.surname}`, cprMasked: maskCpr(other.cpr) });
      }
      const chosen = doctor?.choice === 'new' && doctor.doctorId ? await openDoctors(tx).findById(doctor.doctorId) : null;
      const notices = [
        ...(own && own.appliedAt === null ? [pendingMoveNotice(pendingMoveOf(own))] : []),
        ...(late?.late && late.da && late.en ? [{ da: late.da, en: late.en }] : []),
        ...(digital && digital.effect !== 'none' ? [{ da: digital.da, en: digital.en }] : []),
      ];
      return {
        addressChange: {
          lateReport: late && { late: late.late, deadline: late.deadline, fineKr: late.fineKr, da: late.da, en: late.en },
          digitalPost: digital,
          coMovers,
          doctor: doctor
            ? { choice: doctor.choice, doctorId: doctor.doctorId ?? null, doctorName: chosen ? doctorText(chosen) : null }
            : null,
          registeredAt: own ? own.registeredAt.toISOString() : null,
          appliedAt: own?.appliedAt ? own.appliedAt.toISOString() : null,
          notices,
        },
      };
    },

    async document(ctx) {
      const moves = await openWriter(ctx.tx).movesByCase(ctx.caseRow.id);
      const own = moves.find((m) => m.personId === ctx.person.id);
      if (!own) throw new Error(`completed address change case ${ctx.caseRow.id} has no move`);
      const party = await receiptParty(repo, ctx, own.registeredBy);
      const register = openRegister(ctx.tx);
      const coMovers: string[] = [];
      for (const move of moves.filter((m) => m.personId !== ctx.person.id)) {
        const other = await register.findById(move.personId);
        if (!other) continue;
        await audit(ctx.tx, ctx.staff, other.id, 'address-change.co-mover-read', ctx.caseRow.id);
        coMovers.push(`${other.givenNames} ${other.surname} (${maskCpr(other.cpr)})`);
      }
      const chosen = own.doctorId ? await openDoctors(ctx.tx).findById(own.doctorId) : null;
      return renderReceipt(addressChangeReceipt(party, own, coMovers, chosen ? doctorText(chosen) : null));
    },
  });
}

import type { Case, CaseList, CompleteCaseBody, SaveCaseStepBody, StartCaseBody } from '@skranke/contracts';
import type { Database, Tx } from '@skranke/db';
import { currentStep, maskCpr, nextCaseStatus, type CaseAction, type CaseStatus } from '@skranke/domain';
import { AppError, conflict, notFound } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import type { OpenDigitalPostRegistry } from '../../floor/registers/digital-post-registry.ts';
import { localIdentityDocumentRegister } from '../../floor/registers/identity-documents.ts';
import { openLocalDigitalPostRegistry } from '../../floor/registers/local-digital-post-registry.ts';
import { openLocalMitIdRegistry } from '../../floor/registers/local-mitid-registry.ts';
import { openLocalPersonRegister } from '../../floor/registers/local-person-register.ts';
import { openLocalDoctorRegister } from '../../floor/registers/local-doctor-register.ts';
import { openLocalPersonRegisterWriter } from '../../floor/registers/local-person-register-writer.ts';
import type { OpenMitIdRegistry } from '../../floor/registers/mitid-registry.ts';
import type { OpenPersonRegister, PersonRecord } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';
import { createCasesRepository, type CaseRow } from './cases.repository.ts';
import { createDoctorChangeRepository } from './doctor-change/doctor-change.repository.ts';
import { doctorChangeWorkflow } from './doctor-change/doctor-change.workflow.ts';
import { createHealthCardRepository } from './health-card/health-card.repository.ts';
import { healthCardWorkflow } from './health-card/health-card.workflow.ts';
import { addressChangeWorkflow } from './address-change/address-change.workflow.ts';
import { digitalPostExemptionWorkflow, digitalPostRevocationWorkflow } from './digital-post/digital-post.workflow.ts';
import { createDrivingLicenceRepository } from './driving-licence/driving-licence.repository.ts';
import { drivingLicenceWorkflow } from './driving-licence/driving-licence.workflow.ts';
import { createMitIdRepository } from './mitid/mitid.repository.ts';
import { mitidWorkflow } from './mitid/mitid.workflow.ts';
import { createPassportRepository } from './passport/passport.repository.ts';
import { passportWorkflow } from './passport/passport.workflow.ts';
import { createSelfServiceRepository } from './self-service/self-service.repository.ts';
import { selfServiceExemptionWorkflow } from './self-service/self-service.workflow.ts';
import type { CaseWorkflow } from './workflow.ts';

/** The purpose recorded when a citizen's case list is read (it spans case types). */
export const CASE_LIST_PURPOSE = 'case_list';

const STATUS_DA: Record<CaseStatus, string> = {
  draft: 'under behandling',
  completed: 'afsluttet',
  refused: 'afslået',
  cancelled: 'annulleret',
  revoked: 'ophævet',
};

const citizenNotFound = () =>
  new AppError(404, 'citizen-not-found', 'Not Found', 'Borgeren findes ikke.', { detailEn: 'The citizen does not exist.' });
const caseNotFound = () => notFound('Sagen');

export interface CasesDeps {
  openRegister?: OpenPersonRegister;
  openDigitalPostRegistry?: OpenDigitalPostRegistry;
  openMitIdRegistry?: OpenMitIdRegistry;
}

/** Shared by the case service and workflow-specific services: loading, viewing, auditing and moving a case. */
export function createCaseKit(db: Database, deps: CasesDeps = {}) {
  const openRegister = deps.openRegister ?? openLocalPersonRegister;
  const openDigitalPostRegistry = deps.openDigitalPostRegistry ?? openLocalDigitalPostRegistry;
  const repo = createCasesRepository(db);
  const workflows: Record<string, CaseWorkflow> = Object.fromEntries(
    [
      digitalPostExemptionWorkflow(repo, openDigitalPostRegistry),
      digitalPostRevocationWorkflow(repo, openDigitalPostRegistry),
      selfServiceExemptionWorkflow(repo, createSelfServiceRepository(db)),
      passportWorkflow({ repo, passports: createPassportRepository(db), openRegister, documents: localIdentityDocumentRegister }),
      mitidWorkflow({
        db,
        repo,
        mitid: createMitIdRepository(db),
        openRegister,
        openRegistry: deps.openMitIdRegistry ?? openLocalMitIdRegistry,
      }),
      drivingLicenceWorkflow({ repo, orders: createDrivingLicenceRepository(db), documents: localIdentityDocumentRegister }),
      healthCardWorkflow({ repo, orders: createHealthCardRepository(db), openDoctors: openLocalDoctorRegister }),
      doctorChangeWorkflow({ repo, changes: createDoctorChangeRepository(db), openDoctors: openLocalDoctorRegister }),
      addressChangeWorkflow({
        repo,
        openRegister,
        openWriter: openLocalPersonRegisterWriter,
        openDigitalPostRegistry,
        openDoctors: openLocalDoctorRegister,
      }),
    ].map((w) => [w.type, w]),
  );
  const workflowOf = (row: CaseRow) => {
    const workflow = workflows[row.type];
    if (!workflow) throw new Error(`no workflow for case type ${row.type}`);
    return workflow;
  };

  async function person(tx: Tx, id: string): Promise<PersonRecord> {
    const found = await openRegister(tx).findById(id);
    if (!found) throw citizenNotFound();
    return found;
  }

  /** The case in the staff member's municipality (else 404), locked when it is about to change. */
  async function load(tx: Tx, staff: Staff, id: string, forUpdate = false) {
    const row = await repo.find(staff.municipalityId, id, tx, forUpdate);
    if (!row) throw caseNotFound();
    return { row, workflow: workflowOf(row), person: await person(tx, row.personId) };
  }

  /** Checks the caller saw the latest version and that `action` is legal now; answers the status after it. */
  function transition(row: CaseRow, action: CaseAction, expectedVersion: number): CaseStatus {
    if (row.version !== expectedVersion) {
      throw conflict('stale-version', 'Sagen er ændret af en anden. Hent den igen.', {
        currentState: row.status,
        currentVersion: row.version,
      });
    }
    const next = nextCaseStatus(row.status, action);
    if (!next) {
      throw conflict('illegal-transition', `Handlingen er ikke mulig, når sagen er ${STATUS_DA[row.status]}.`, {
        currentState: row.status,
        currentVersion: row.version,
      });
    }
    return next;
  }

  async function view(tx: Tx, staff: Staff, row: CaseRow, who: PersonRecord): Promise<Case> {
    const workflow = workflowOf(row);
    const events = await repo.events(row.id, tx);
    const outcome = await workflow.outcome({ tx, staff, person: who, caseRow: row });
    return {
      ...summary(row),
      citizen: { id: who.id, name: `${who.givenNames} ${who.surname}`, cprMasked: maskCpr(who.cpr) },
      steps: [...workflow.steps],
      stepData: row.stepData,
      digitalPostExemption: null,
      selfServiceDecision: null,
      events: events.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
        staff: { id: e.staffId, name: e.staffName },
      })),
      ...outcome,
    };
  }

  /** One audit record about the case's citizen; the purpose is the case type. */
  const audit = (
    tx: Tx,
    staff: Staff,
    row: Pick<CaseRow, 'id' | 'type' | 'personId'>,
    action: string,
    extra: Record<string, string> = {},
  ) => auditCitizen(tx, staff, { action, subjectId: row.personId, purpose: row.type, details: { caseId: row.id, ...extra } });

  /**
   * Writes a change to a locked case and records it on its timeline, from its status to `status` (unchanged unless
   * given). The version goes up, so a client still holding the old one gets 409 stale-version.
   */
  async function record(tx: Tx, staff: Staff, row: CaseRow, change: CaseChange): Promise<CaseRow> {
    const { action, status = row.status, note, ...columns } = change;
    const updated = await repo.update(row.id, { status, ...columns, updatedBy: staff.id, version: row.version }, tx);
    await repo.addEvent(
      {
        municipalityId: row.municipalityId,
        caseId: row.id,
        userId: staff.id,
        action,
        fromStatus: row.status,
        toStatus: status,
        ...(note !== undefined && { note }),
      },
      tx,
    );
    return updated;
  }

  /**
   * Cancels a draft (annullering) with the reason on its timeline: 409 unless it is a draft at that version. Audited
   * about the citizen as `auditAction`; answers the case as it now is.
   */
  async function cancelDraft(
    tx: Tx,
    staff: Staff,
    { row, person: who }: { row: CaseRow; person: PersonRecord },
    expectedVersion: number,
    reason: string | null,
    auditAction: string,
  ): Promise<Case> {
    const status = transition(row, 'cancel', expectedVersion);
    const updated = await record(tx, staff, row, { action: 'cancel', status, currentStep: null, note: reason });
    await audit(tx, staff, row, auditAction);
    return view(tx, staff, updated, who);
  }

  return { db, repo, workflows, person, load, transition, view, audit, record, cancelDraft };
}

/** What `record` writes: the timeline's action and note, and the columns that change with it. */
export interface CaseChange extends Partial<Pick<CaseRow, 'status' | 'currentStep' | 'stepData'>> {
  action: string;
  note?: string | null;
}

export type CaseKit = ReturnType<typeof createCaseKit>;

function summary(row: CaseRow) {
  return {
    id: row.id,
    number: row.number,
    type: row.type as Case['type'],
    status: row.status,
    currentStep: row.currentStep,
    ticketId: row.ticketId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Cases: start, read, save a step, complete, receipt. Every read and write of a case is audited about its citizen in
 * the same transaction, so nothing is answered or changed unless its audit record commits.
 */
export function createCasesService(kit: CaseKit) {
  const { db, repo, workflows, person, load, transition, view, audit, record } = kit;

  async function assertTicket(tx: Tx, staff: Staff, ticketId: string) {
    const ticket = await repo.ticket(staff.municipalityId, ticketId, tx);
    if (!ticket) throw new AppError(404, 'ticket-not-found', 'Not Found', 'Billetten findes ikke.');
    if (!['called', 'serving', 'parked'].includes(ticket.state)) {
      throw conflict('ticket-not-at-counter', `Billet ${ticket.displayNumber} er ikke kaldt til en skranke.`, {
        currentState: ticket.state,
      });
    }
  }

  return {
    async start(staff: Staff, personId: string, body: StartCaseBody): Promise<Case> {
      const workflow = workflows[body.type]!;
      return db.transaction(async (tx) => {
        const who = await person(tx, personId);
        if (body.ticketId) await assertTicket(tx, staff, body.ticketId);
        const open = await repo.findOpenDraft(staff.municipalityId, personId, body.type, tx);
        if (open)
          throw conflict('case-already-open', 'Borgeren har allerede en åben sag af denne type. Genoptag den.', { caseId: open.id });
        await workflow.checkStart({ tx, staff, person: who });
        const row = await repo.insert(
          {
            municipalityId: staff.municipalityId,
            personId,
            type: body.type,
            currentStep: workflow.steps[0] ?? null,
            ticketId: body.ticketId ?? null,
            createdBy: staff.id,
            updatedBy: staff.id,
          },
          tx,
        );
        await repo.addEvent(
          { municipalityId: staff.municipalityId, caseId: row.id, userId: staff.id, action: 'start', fromStatus: null, toStatus: 'draft' },
          tx,
        );
        await audit(tx, staff, row, 'case.start', body.ticketId ? { ticketId: body.ticketId } : {});
        return view(tx, staff, row, who);
      });
    },

    get: (staff: Staff, id: string): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, person: who } = await load(tx, staff, id);
        await audit(tx, staff, row, 'case.read');
        return view(tx, staff, row, who);
      }),

    listForCitizen: (staff: Staff, personId: string): Promise<CaseList> =>
      db.transaction(async (tx) => {
        await person(tx, personId);
        const rows = await repo.listForPerson(staff.municipalityId, personId, tx);
        await auditCitizen(tx, staff, {
          action: 'case.list',
          subjectId: personId,
          purpose: CASE_LIST_PURPOSE,
          details: { count: String(rows.length) },
        });
        return { cases: rows.map(summary) };
      }),

    saveStep: (staff: Staff, id: string, step: string, body: SaveCaseStepBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, workflow, person: who } = await load(tx, staff, id, true);
        const status = transition(row, 'save_step', body.expectedVersion);
        const data = await workflow.validateStep(step, body.data, { tx, staff, person: who, stepData: row.stepData, caseId: row.id });
        const stepData = { ...row.stepData, [step]: data };
        const next = currentStep({ steps: workflow.steps, saved: Object.keys(stepData) });
        const updated = await record(tx, staff, row, { action: 'save_step', status, stepData, currentStep: next, note: step });
        await audit(tx, staff, row, 'case.save-step', { step });
        return view(tx, staff, updated, who);
      }),

    complete: (staff: Staff, id: string, body: CompleteCaseBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, workflow, person: who } = await load(tx, staff, id, true);
        const action = workflow.completionAction?.(row) ?? 'complete';
        const status = transition(row, action, body.expectedVersion);
        await workflow.complete({ tx, staff, person: who, caseRow: row });
        const updated = await record(tx, staff, row, { action, status, currentStep: null });
        await audit(tx, staff, row, 'case.complete');
        return view(tx, staff, updated, who);
      }),

    /**
     * The receipt of a completed (or since revoked) case, or the decision letter of a refused one. Producing it shows
     * the citizen's data, so it is audited.
     */
    document: (staff: Staff, id: string): Promise<Uint8Array> =>
      db.transaction(async (tx) => {
        const { row, workflow, person: who } = await load(tx, staff, id);
        if (row.status !== 'completed' && row.status !== 'revoked' && row.status !== 'refused') {
          throw conflict('no-document', `Der er ingen kvittering, når sagen er ${STATUS_DA[row.status]}.`, { currentState: row.status });
        }
        const pdf = await workflow.document({ tx, staff, person: who, caseRow: row });
        await audit(tx, staff, row, 'case.document');
        return pdf;
      }),
  };
}

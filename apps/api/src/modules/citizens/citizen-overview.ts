import type { CitizenOverview, CitizenOverviewQuery, CitizenVisit, IdentityDocumentView, OverviewCase } from '@skranke/contracts';
import { schema, type Tx } from '@skranke/db';
import {
  areaStatus,
  documentState,
  entitledToNonDigitalAlternative,
  exemptionState,
  EXPIRY_WARNING_MONTHS,
  isGranted,
  needsExpiryWarning,
  serviceDay,
} from '@skranke/domain';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import type { OpenDigitalPostRegistry } from '../../floor/registers/digital-post-registry.ts';
import type { IdentityDocument, IdentityDocumentRegister } from '../../floor/registers/identity-documents.ts';
import type { PersonRecord } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import { toExemptionView } from '../cases/digital-post/digital-post.rules.ts';
import { createSelfServiceRepository } from '../cases/self-service/self-service.repository.ts';

const { cases, caseEvents, citizenVisits, tickets, services, locations, users } = schema;

/** Ticket states in which the ticket is at a counter, so opening a citizen from it is a visit. */
const AT_COUNTER = ['called', 'serving', 'parked'];

const ticketNotFound = () =>
  new AppError(404, 'ticket-not-found', 'Not Found', 'Billetten findes ikke i kommunen.', {
    detailEn: 'The ticket does not exist in this municipality.',
  });

const visitColumns = {
  ticketId: tickets.id,
  displayNumber: tickets.displayNumber,
  serviceNameDa: services.nameDa,
  serviceNameEn: services.nameEn,
  location: locations.name,
  state: tickets.state,
  arrivedAt: tickets.arrivedAt,
  calledAt: tickets.calledAt,
  finishedAt: tickets.finishedAt,
};

function visitsQuery(tx: Tx) {
  return tx
    .select(visitColumns)
    .from(tickets)
    .innerJoin(services, eq(services.id, tickets.serviceId))
    .innerJoin(locations, eq(locations.id, tickets.locationId));
}

const toVisit = (row: Awaited<ReturnType<typeof visitsQuery>>[number]): CitizenVisit => ({
  ticketId: row.ticketId,
  displayNumber: row.displayNumber,
  service: { nameDa: row.serviceNameDa, nameEn: row.serviceNameEn },
  location: row.location,
  state: row.state,
  arrivedAt: row.arrivedAt.toISOString(),
  calledAt: row.calledAt?.toISOString() ?? null,
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export function toDocumentView(doc: IdentityDocument, today: string, replacementOrderedOn?: string): IdentityDocumentView {
  const state = documentState(doc, today);
  return {
    id: doc.id,
    kind: doc.kind,
    documentNumber: doc.documentNumber,
    issuedOn: doc.issuedOn,
    expiresOn: doc.expiresOn,
    status: doc.status,
    state,
    warning: needsExpiryWarning(state),
    healthLimited: doc.healthLimited,
    categories: doc.categories,
    ...(replacementOrderedOn && { replacementOrderedOn }),
  };
}

/**
 * The documents on record, each with the day a replacement was ordered for it, if one was: a renewed or duplicate
 * driving licence is made centrally, so until the register has it the overview shows the old one and that a new
 * one is on its way (in any municipality: documents are national).
 */
async function documentViews(tx: Tx, documents: IdentityDocument[], today: string): Promise<IdentityDocumentView[]> {
  const ids = documents.map((d) => d.id);
  const o = schema.drivingLicenceOrders;
  const orders =
    ids.length === 0
      ? []
      : await tx.select({ licenceId: o.currentLicenceId, orderedAt: o.orderedAt }).from(o).where(inArray(o.currentLicenceId, ids));
  const orderedOn = new Map(orders.map((r) => [r.licenceId, serviceDay(r.orderedAt)]));
  return documents.map((d) => toDocumentView(d, today, orderedOn.get(d.id)));
}

export interface OverviewDeps {
  documents: IdentityDocumentRegister;
  openDigitalPostRegistry: OpenDigitalPostRegistry;
  today: () => string;
}

/**
 * Everything the counter needs about one citizen on one page, read in the caller's transaction (which writes the
 * audit record): the visit being served, cases with their timelines, exemptions, documents on record and past visits.
 * Opening the citizen from a called ticket records the visit.
 */
export function createCitizenOverviewReader(deps: OverviewDeps) {
  async function currentVisit(tx: Tx, staff: Staff, personId: string, ticketId: string | undefined) {
    if (!ticketId) return null;
    const [row] = await visitsQuery(tx).where(and(eq(tickets.id, ticketId), eq(tickets.municipalityId, staff.municipalityId)));
    if (!row) throw ticketNotFound();
    if (AT_COUNTER.includes(row.state)) {
      await tx
        .insert(citizenVisits)
        .values({ municipalityId: staff.municipalityId, personId, ticketId, startedBy: staff.id })
        .onConflictDoNothing();
    }
    return toVisit(row);
  }

  async function caseTimelines(tx: Tx, staff: Staff, personId: string): Promise<OverviewCase[]> {
    const rows: CaseRow[] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.personId, personId), eq(cases.municipalityId, staff.municipalityId)))
      .orderBy(sql`${cases.status} = 'draft' desc`, desc(cases.createdAt), desc(cases.id));
    const events = rows.length
      ? await tx
          .select({
            caseId: caseEvents.caseId,
            at: caseEvents.at,
            action: caseEvents.action,
            fromStatus: caseEvents.fromStatus,
            toStatus: caseEvents.toStatus,
            note: caseEvents.note,
            staffId: users.id,
            staffName: users.name,
          })
          .from(caseEvents)
          .innerJoin(users, eq(users.id, caseEvents.userId))
          .where(
            inArray(
              caseEvents.caseId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(caseEvents.id))
      : [];
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      type: row.type as OverviewCase['type'],
      status: row.status,
      currentStep: row.currentStep,
      ticketId: row.ticketId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      events: events
        .filter((e) => e.caseId === row.id)
        .map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          note: e.note,
          staff: { id: e.staffId, name: e.staffName },
        })),
    }));
  }

  async function selfService(tx: Tx, staff: Staff, personId: string, digitalPostActive: boolean): Promise<CitizenOverview['selfService']> {
    const repo = createSelfServiceRepository(tx);
    const areas = await repo.lawAreas(staff.municipalityId, tx);
    const decisions = await repo.forPerson(staff.municipalityId, personId, tx);
    const covered = await repo.areasOf(
      decisions.map((d) => d.id),
      tx,
    );
    const withAreas = decisions.map((d) => ({ ...d, lawAreas: covered.filter((c) => c.decisionId === d.id).map((c) => c.code) }));
    const exemptAreas = areas
      .map((a) => ({ code: a.code, nameDa: a.nameDa, nameEn: a.nameEn, status: areaStatus(a.code, withAreas) }))
      .filter((a) => a.status !== 'not_exempt');
    const singleApplications = withAreas
      .filter((d) => d.scope === 'single_application' && isGranted(d))
      .map((d) => ({
        caseId: d.caseId,
        lawArea: areas.find((a) => d.lawAreas.includes(a.code))?.nameDa ?? d.lawAreas.join(', '),
        description: d.applicationDescription ?? '',
      }));
    return {
      entitledToNonDigitalAlternative: entitledToNonDigitalAlternative(digitalPostActive ? 'active' : null),
      exemptAreas,
      singleApplications,
    };
  }

  async function pastVisits(tx: Tx, staff: Staff, personId: string): Promise<CitizenVisit[]> {
    // A visit is a ticket the citizen was opened from, or one a case of theirs was started from.
    const fromVisits = tx.select({ id: citizenVisits.ticketId }).from(citizenVisits).where(eq(citizenVisits.personId, personId));
    const fromCases = tx.select({ id: cases.ticketId }).from(cases).where(eq(cases.personId, personId));
    const rows = await visitsQuery(tx)
      .where(and(eq(tickets.municipalityId, staff.municipalityId), or(inArray(tickets.id, fromVisits), inArray(tickets.id, fromCases))))
      .orderBy(desc(tickets.arrivedAt))
      .limit(50);
    return rows.map(toVisit);
  }

  return {
    async read(
      tx: Tx,
      staff: Staff,
      person: PersonRecord,
      query: CitizenOverviewQuery,
      audit: { purpose: string; details: Record<string, string> },
    ): Promise<CitizenOverview> {
      const visit = await currentVisit(tx, staff, person.id, query.ticketId);
      const exemption = await deps.openDigitalPostRegistry(tx).current(person.id);
      const digitalPostExemption = exemption && toExemptionView(exemption, person);
      const active =
        exemption !== null && exemptionState({ revoked: false, lapsesOnReturn: exemption.lapsesOnReturn }, person.status) === 'active';
      const today = deps.today();
      const overview: CitizenOverview = {
        citizenId: person.id,
        currentVisit: visit,
        cases: await caseTimelines(tx, staff, person.id),
        digitalPostExemption,
        selfService: await selfService(tx, staff, person.id, active),
        identityDocuments: await documentViews(tx, await deps.documents.listForPerson(tx, person.id), today),
        expiryWarningMonths: EXPIRY_WARNING_MONTHS,
        visits: await pastVisits(tx, staff, person.id),
      };
      await auditCitizen(tx, staff, {
        action: 'citizen.overview',
        subjectId: person.id,
        purpose: audit.purpose,
        details: { ...audit.details, ...(query.ticketId && { ticketId: query.ticketId }) },
      });
      return overview;
    },
  };
}

import {
  REPRESENTATION_PURPOSE,
  type EndRepresentationBody,
  type RecordRepresentationBody,
  type Representation,
  type RepresentationList,
  type RepresentationListQuery,
} from '@skranke/contracts';
import type { Database, Tx } from '@skranke/db';
import {
  CPR_PROBLEM_TEXT,
  maskCpr,
  parseCpr,
  redactCprShaped,
  representationProblems,
  representationValidity,
  serviceDay,
  storedValidTo,
} from '@skranke/domain';
import { AppError, conflict } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import { openLocalPersonRegister } from '../../floor/registers/local-person-register.ts';
import type { OpenPersonRegister, RelatedPersonRecord } from '../../floor/registers/person-register.ts';
import {
  birthDateOf,
  openLocalRepresentationRegister,
  toFacts,
  type RecordedRepresentation,
} from '../../floor/registers/representation-register.ts';
import type { Staff } from '../../floor/staff.ts';

function problem(status: 400 | 404 | 409, code: string, da: string, en: string, pointer?: string) {
  const title = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict' }[status];
  return new AppError(status, code, title, da, { detailEn: en, ...(pointer && { errors: [{ pointer, detail: da, detailEn: en }] }) });
}

const citizenNotFound = () => problem(404, 'citizen-not-found', 'Borgeren findes ikke.', 'The citizen does not exist.');
const representationNotFound = () =>
  problem(404, 'representation-not-found', 'Repræsentationen findes ikke.', 'The representation does not exist.');

/** The purpose as audited: free text kept (required for `andet`), any CPR-shaped value in it masked. */
function auditPurpose(input: RepresentationListQuery) {
  const text = input.purposeText?.trim();
  if (input.purpose === 'andet' && !text) {
    throw problem(
      400,
      'purpose-text-required',
      'Skriv formålet, når du vælger "andet".',
      "Describe the purpose when choosing 'andet' (other).",
      '/querystring/purposeText',
    );
  }
  const details: Record<string, string> = text ? { purposeText: redactCprShaped(text) } : {};
  return { purpose: input.purpose, details };
}

const personRef = (p: RelatedPersonRecord) => ({ id: p.id, name: `${p.givenNames} ${p.surname}`, cprMasked: maskCpr(p.cpr) });

/**
 * Representation (issue 13): who may act for a citizen. The register is national (a værge is a værge at every desk),
 * so every municipality reads every citizen's representations, each with the municipality that recorded it; only
 * that municipality ends one. Every read and write is audited on both people in the transaction that does it.
 */
export function createRepresentationsService(
  db: Database,
  openRegister: OpenPersonRegister = openLocalPersonRegister,
  today: () => string = () => serviceDay(new Date()),
) {
  const toView = (staff: Staff, r: RecordedRepresentation): Representation => ({
    id: r.id,
    kind: r.kind,
    scope: r.scope as Representation['scope'],
    validFrom: r.validFrom,
    validTo: r.validTo,
    state: representationValidity(toFacts(r), today()),
    documentSeen: r.documentSeen,
    documentReference: r.documentReference,
    citizen: personRef(r.citizen),
    representative: personRef(r.representative),
    municipality: r.municipality,
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt.toISOString(),
    mayEnd: r.municipalityId === staff.municipalityId && r.ended === null,
    ended: r.ended && { at: r.ended.at.toISOString(), by: r.ended.by, reason: r.ended.reason },
  });

  /** Both people named by a representation are audited: the citizen, and the representative beside them. */
  async function auditBoth(tx: Tx, staff: Staff, action: string, r: RecordedRepresentation) {
    const purpose = REPRESENTATION_PURPOSE;
    await auditCitizen(tx, staff, { action, subjectId: r.citizen.id, purpose, details: { representationId: r.id } });
    await auditCitizen(tx, staff, {
      action,
      subjectId: r.representative.id,
      purpose,
      details: { representationId: r.id, viaCitizenId: r.citizen.id },
    });
  }

  return {
    async list(staff: Staff, citizenId: string, query: RepresentationListQuery): Promise<RepresentationList> {
      const { purpose, details } = auditPurpose(query);
      const found = await db.transaction(async (tx) => {
        const person = await openRegister(tx).findById(citizenId);
        if (!person) return null;
        const register = openLocalRepresentationRegister(tx);
        const representedBy = await register.forCitizen(citizenId);
        const representing = await register.byRepresentative(citizenId);
        await auditCitizen(tx, staff, { action: 'representation.list', subjectId: citizenId, purpose, details });
        const others = new Set([...representedBy.map((r) => r.representative.id), ...representing.map((r) => r.citizen.id)]);
        for (const other of others) {
          const via = { ...details, viaCitizenId: citizenId };
          await auditCitizen(tx, staff, { action: 'representation.read-relation', subjectId: other, purpose, details: via });
        }
        return { representedBy, representing };
      });
      if (!found) throw citizenNotFound();
      return {
        representedBy: found.representedBy.map((r) => toView(staff, r)),
        representing: found.representing.map((r) => toView(staff, r)),
      };
    },

    async record(staff: Staff, citizenId: string, body: RecordRepresentationBody): Promise<Representation> {
      const parsed = parseCpr(body.representativeCpr);
      if (!parsed.ok) {
        const text = CPR_PROBLEM_TEXT[parsed.problem];
        throw problem(400, 'invalid-cpr', text.da, text.en, '/body/representativeCpr');
      }
      const recorded = await db.transaction(async (tx) => {
        const register = openRegister(tx);
        const citizen = await register.findById(citizenId);
        if (!citizen) throw citizenNotFound();
        const representative = await register.findByCpr(parsed.cpr.digits);
        if (!representative) {
          const masked = maskCpr(parsed.cpr.digits);
          throw problem(
            404,
            'representative-not-found',
            `Der findes ingen person med CPR-nummeret ${masked} i registret.`,
            `There is no person with CPR number ${masked} in the register.`,
            '/body/representativeCpr',
          );
        }
        const candidate = {
          kind: body.kind,
          scope: body.scope,
          validFrom: body.validFrom,
          validTo: body.validTo ?? null,
          document: body.documentSeen,
          citizenPersonId: citizen.id,
          citizenBirthDate: birthDateOf(citizen.cpr),
          representativePersonId: representative.id,
          representativeBirthDate: birthDateOf(representative.cpr),
        };
        const problems = representationProblems(candidate);
        if (problems.length > 0) {
          throw new AppError(400, 'representation-invalid', 'Bad Request', problems.map((p) => p.da).join(' '), {
            detailEn: problems.map((p) => p.en).join(' '),
            errors: problems.map((p) => ({ pointer: `/body${p.field}`, detail: p.da, detailEn: p.en })),
          });
        }
        const representations = openLocalRepresentationRegister(tx);
        const id = await representations.insert({
          municipalityId: staff.municipalityId,
          citizenId: citizen.id,
          representativeId: representative.id,
          kind: body.kind,
          // `all` says everything; a single value keeps the list short on the citizen page.
          scope: body.scope.includes('all') ? ['all'] : [...body.scope],
          validFrom: body.validFrom,
          validTo: storedValidTo(candidate),
          documentSeen: body.documentSeen,
          documentReference: body.documentReference ? redactCprShaped(body.documentReference.trim()) : null,
          recordedBy: staff.id,
        });
        const row = (await representations.byId(id))!;
        await auditBoth(tx, staff, 'representation.record', row);
        return row;
      });
      return toView(staff, recorded);
    },

    async end(staff: Staff, id: string, body: EndRepresentationBody): Promise<Representation> {
      const ended = await db.transaction(async (tx) => {
        const register = openLocalRepresentationRegister(tx);
        await register.lock(id);
        const current = await register.byId(id);
        // Another municipality's record is ended there (it is visible here, but not this municipality's to change).
        if (!current || current.municipalityId !== staff.municipalityId) throw representationNotFound();
        if (current.ended) {
          throw conflict('representation-already-ended', 'Repræsentationen er allerede ophørt.', {
            detailEn: 'The representation has already ended.',
          });
        }
        await register.end(id, staff.id, redactCprShaped(body.reason.trim()));
        const row = (await register.byId(id))!;
        await auditBoth(tx, staff, 'representation.end', row);
        return row;
      });
      return toView(staff, ended);
    },
  };
}

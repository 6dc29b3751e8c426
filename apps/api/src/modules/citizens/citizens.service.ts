import type {
  Citizen,
  CitizenAccessLog,
  CitizenOverview,
  CitizenOverviewQuery,
  CitizenPurposeBody,
  CitizenSummary,
  LookupCitizenBody,
  RelatedCitizen,
  RevealedCpr,
} from '@skranke/contracts';
import { Readable } from 'node:stream';
import { schema, type Database, type Tx } from '@skranke/db';
import { eq } from 'drizzle-orm';
import { ageOn, CPR_PROBLEM_TEXT, formatCpr, maskCpr, parseCpr, redactCprShaped, serviceDay, type CprProblem } from '@skranke/domain';
import { AppError } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import { localIdentityDocumentRegister, type IdentityDocumentRegister } from '../../floor/registers/identity-documents.ts';
import { openLocalDigitalPostRegistry } from '../../floor/registers/local-digital-post-registry.ts';
import { openLocalPersonRegister } from '../../floor/registers/local-person-register.ts';
import { openLocalPersonRegisterWriter } from '../../floor/registers/local-person-register-writer.ts';
import type { OpenPersonRegister, PersonRecord, RegisteredMove, RelatedPersonRecord } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';
import { accessLogCsv, accessLogRows, renderAccessLogPdf } from './access-log-export.ts';
import { createCitizenOverviewReader } from './citizen-overview.ts';
import { createCitizensRepository } from './citizens.repository.ts';

/** Where a request's purpose came from, for the JSON pointer of an error. */
type PurposeSource = 'body' | 'querystring';

/** The purpose recorded when a lead produces a GDPR art. 15 log extract (indsigtsret). */
export const ACCESS_LOG_PURPOSE = 'indsigt';

/** Custody (forældremyndighed) ends at 18; a link to someone older is history, not shown. */
const CUSTODY_ENDS_AT = 18;

function problem(status: number, code: string, da: string, en: string, pointer?: string) {
  const title = status === 404 ? 'Not Found' : 'Bad Request';
  return new AppError(status, code, title, da, { detailEn: en, ...(pointer && { errors: [{ pointer, detail: da, detailEn: en }] }) });
}

const invalidCpr = (reason: CprProblem) =>
  problem(400, 'invalid-cpr', CPR_PROBLEM_TEXT[reason].da, CPR_PROBLEM_TEXT[reason].en, '/body/cpr');

const citizenNotFound = () => problem(404, 'citizen-not-found', 'Borgeren findes ikke.', 'The citizen does not exist.');

/**
 * The purpose as it is audited. Free text is kept (`andet` requires it), with any CPR-shaped value masked: the
 * audit trail names citizens by id only.
 */
function auditPurpose(input: CitizenPurposeBody, source: PurposeSource) {
  const text = input.purposeText?.trim();
  if (input.purpose === 'andet' && !text) {
    throw problem(
      400,
      'purpose-text-required',
      'Skriv formålet, når du vælger "andet".',
      "Describe the purpose when choosing 'andet' (other).",
      `/${source}/purposeText`,
    );
  }
  const details: Record<string, string> = text ? { purposeText: redactCprShaped(text) } : {};
  return { purpose: input.purpose, details };
}

/** A move waiting for its date, as the citizen's page shows it; a protected person's new address is withheld too. */
function toPendingMove(move: RegisteredMove, addressProtected: boolean): NonNullable<Citizen['pendingMove']> {
  const street = move.address && (move.careOf ? `c/o ${move.careOf}, ${move.address.street}` : move.address.street);
  return {
    movingDate: move.movingDate,
    address: move.address && street && !addressProtected ? { ...move.address, street } : null,
    country: move.country,
  };
}

const fullName = (p: RelatedPersonRecord) => `${p.givenNames} ${p.surname}`;
const toRelated = (p: RelatedPersonRecord): RelatedCitizen => ({ id: p.id, name: fullName(p), cprMasked: maskCpr(p.cpr) });

function birthOf(cpr: string) {
  const parsed = parseCpr(cpr);
  // A register hands out valid numbers only (the local one: ten digits by constraint, valid by its seed).
  if (!parsed.ok) throw new Error(`person register holds an invalid CPR number (${parsed.problem})`);
  return parsed.cpr;
}

export function createCitizensService(
  db: Database,
  openRegister: OpenPersonRegister = openLocalPersonRegister,
  today: () => string = () => serviceDay(new Date()),
  documents: IdentityDocumentRegister = localIdentityDocumentRegister,
) {
  const repo = createCitizensRepository(db);
  const overviewReader = createCitizenOverviewReader({ documents, openDigitalPostRegistry: openLocalDigitalPostRegistry, today });

  function toSummary(p: PersonRecord): CitizenSummary {
    const { birthDate, sex } = birthOf(p.cpr);
    return {
      ...toRelated(p),
      birthDate,
      age: ageOn(birthDate, today()),
      sex,
      status: p.status,
      municipality: p.municipality,
    };
  }

  /** Audits a file extract of the access log first, so the extract lists itself; answers the citizen. */
  async function auditExport(staff: Staff, id: string, format: 'csv' | 'pdf') {
    const result = await audited(async (register, tx) => {
      const person = await register.findById(id);
      if (!person) return null;
      await auditCitizen(tx, staff, { action: `citizen.access-log.${format}`, subjectId: id, purpose: ACCESS_LOG_PURPOSE });
      const [own] = await tx
        .select({ name: schema.municipalities.name })
        .from(schema.municipalities)
        .where(eq(schema.municipalities.id, staff.municipalityId));
      return { person, municipalityName: own!.name };
    });
    if (!result) throw citizenNotFound();
    return result;
  }

  const isMinor = (p: RelatedPersonRecord) => ageOn(birthOf(p.cpr).birthDate, today()) < CUSTODY_ENDS_AT;

  /** Runs `work` with the register inside one transaction; nothing is answered unless its audit record commits. */
  const audited = <T>(work: (register: ReturnType<OpenPersonRegister>, tx: Tx) => Promise<T>) =>
    db.transaction((tx) => work(openRegister(tx), tx));

  return {
    /** Finds a citizen by CPR number, from any municipality; audited in the staff member's own. */
    async lookup(staff: Staff, body: LookupCitizenBody): Promise<CitizenSummary> {
      const parsed = parseCpr(body.cpr);
      if (!parsed.ok) throw invalidCpr(parsed.problem);
      const { purpose, details } = auditPurpose(body, 'body');
      const cprMasked = maskCpr(parsed.cpr.digits);
      const found = await audited(async (register, tx) => {
        const person = await register.findByCpr(parsed.cpr.digits);
        await auditCitizen(tx, staff, {
          action: 'citizen.lookup',
          subjectId: person?.id ?? null,
          purpose,
          // An unknown number is recorded masked: the trail never holds a CPR number.
          details: person ? details : { ...details, cprMasked },
        });
        return person;
      });
      if (!found) {
        throw problem(
          404,
          'citizen-not-found',
          `Der findes ingen borger med CPR-nummeret ${cprMasked} i registret.`,
          `There is no citizen with CPR number ${cprMasked} in the register.`,
        );
      }
      return toSummary(found);
    },

    /** The citizen's details. Custody holders and children shown beside them are audited as read as well. */
    async getCitizen(staff: Staff, id: string, query: CitizenPurposeBody): Promise<Citizen> {
      const { purpose, details } = auditPurpose(query, 'querystring');
      const result = await audited(async (register, tx) => {
        const person = await register.findById(id);
        if (!person) return null;
        const custody = await register.findCustody(id);
        const holders = isMinor(person) ? custody.holders : [];
        const children = custody.children.filter(isMinor);
        const pendingMove = await openLocalPersonRegisterWriter(tx).pendingMove(id);
        await auditCitizen(tx, staff, { action: 'citizen.read', subjectId: id, purpose, details });
        for (const related of [...holders, ...children]) {
          const via = { ...details, viaCitizenId: id };
          await auditCitizen(tx, staff, { action: 'citizen.read-relation', subjectId: related.id, purpose, details: via });
        }
        return { person, holders, children, pendingMove };
      });
      if (!result) throw citizenNotFound();
      const { person, holders, children, pendingMove } = result;
      return {
        ...toSummary(person),
        addressProtected: person.addressProtected,
        address: person.addressProtected ? null : person.address,
        emigration: person.emigration,
        pendingMove: pendingMove && toPendingMove(pendingMove, person.addressProtected),
        custodyHolders: holders.map(toRelated),
        children: children.map(toRelated),
      };
    },

    /**
     * The citizen overview: the visit being served, cases with timelines, exemptions, passport and driving licence on
     * record, past visits. One audit record, with the purpose, in the transaction that reads it all.
     */
    async getOverview(staff: Staff, id: string, query: CitizenOverviewQuery): Promise<CitizenOverview> {
      const audit = auditPurpose(query, 'querystring');
      const overview = await audited(async (register, tx) => {
        const person = await register.findById(id);
        if (!person) return null;
        return overviewReader.read(tx, staff, person, query, audit);
      });
      if (!overview) throw citizenNotFound();
      return overview;
    },

    /** The full CPR number, for the one moment it is needed (CPR-loven § 54: a logged "vis"). */
    async revealCpr(staff: Staff, id: string, body: CitizenPurposeBody): Promise<RevealedCpr> {
      const { purpose, details } = auditPurpose(body, 'body');
      const person = await audited(async (register, tx) => {
        const found = await register.findById(id);
        if (!found) return null;
        await auditCitizen(tx, staff, { action: 'citizen.reveal-cpr', subjectId: id, purpose, details });
        return found;
      });
      if (!person) throw citizenNotFound();
      return { id, cpr: formatCpr(person.cpr) };
    },

    /**
     * GDPR art. 15 log extract: every access to the citizen's data in every municipality (a citizen may see all of
     * it). Producing it is audited first, so the extract lists itself.
     */
    async accessLog(staff: Staff, id: string): Promise<CitizenAccessLog> {
      const result = await audited(async (register, tx) => {
        const person = await register.findById(id);
        if (!person) return null;
        await auditCitizen(tx, staff, { action: 'citizen.access-log', subjectId: id, purpose: ACCESS_LOG_PURPOSE });
        return { person, rows: await repo.accessLog(id, tx) };
      });
      if (!result) throw citizenNotFound();
      return {
        citizen: toRelated(result.person),
        generatedAt: new Date().toISOString(),
        entries: result.rows.map((row) => ({
          at: row.at.toISOString(),
          action: row.action,
          purpose: row.purpose,
          purposeText: row.purposeText,
          staff: row.staffName !== null && row.staffUsername !== null ? { name: row.staffName, username: row.staffUsername } : null,
          municipality: { code: row.municipalityCode, name: row.municipalityName },
        })),
      };
    },

    /** The extract as CSV, streamed: each page of records is written to the client as it is read. */
    async exportAccessLogCsv(staff: Staff, id: string): Promise<Readable> {
      await auditExport(staff, id, 'csv');
      return Readable.from(accessLogCsv(accessLogRows(repo, id)));
    },

    /** The extract as PDF (the document is built whole: a PDF's cross-reference table comes last). */
    async exportAccessLogPdf(staff: Staff, id: string): Promise<Uint8Array> {
      const { person, municipalityName } = await auditExport(staff, id, 'pdf');
      const citizen = { name: fullName(person), cprMasked: maskCpr(person.cpr) };
      return renderAccessLogPdf({ citizen, municipalityName, generatedAt: new Date() }, accessLogRows(repo, id));
    },
  };
}

import { schema, type DbOrTx } from '@skranke/db';
import { parseCpr, serviceDay, type RepresentationDocument, type RepresentationFacts, type RepresentationKind } from '@skranke/domain';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RelatedPersonRecord } from './person-register.ts';

const { representations, persons, municipalities, users } = schema;

/** A representation as recorded, with both people (CPR numbers for the rules and for masking only). */
export interface RecordedRepresentation {
  id: string;
  kind: RepresentationKind;
  scope: string[];
  validFrom: string;
  validTo: string | null;
  documentSeen: RepresentationDocument;
  documentReference: string | null;
  municipalityId: string;
  municipality: { code: string; name: string };
  citizen: RelatedPersonRecord;
  representative: RelatedPersonRecord;
  recordedBy: { id: string; name: string };
  recordedAt: Date;
  ended: { at: Date; by: { id: string; name: string }; reason: string } | null;
}

export interface NewRepresentationRow {
  municipalityId: string;
  citizenId: string;
  representativeId: string;
  kind: RepresentationKind;
  scope: string[];
  validFrom: string;
  validTo: string | null;
  documentSeen: RepresentationDocument;
  documentReference: string | null;
  recordedBy: string;
}

const citizen = alias(persons, 'citizen');
const representative = alias(persons, 'representative');
const recorder = alias(users, 'recorder');
const ender = alias(users, 'ender');

const columns = {
  id: representations.id,
  kind: representations.kind,
  scope: representations.scope,
  validFrom: representations.validFrom,
  validTo: representations.validTo,
  documentSeen: representations.documentSeen,
  documentReference: representations.documentReference,
  municipalityId: representations.municipalityId,
  municipalityCode: municipalities.code,
  municipalityName: municipalities.name,
  citizenId: citizen.id,
  citizenCpr: citizen.cpr,
  citizenGivenNames: citizen.givenNames,
  citizenSurname: citizen.surname,
  representativeId: representative.id,
  representativeCpr: representative.cpr,
  representativeGivenNames: representative.givenNames,
  representativeSurname: representative.surname,
  recordedById: recorder.id,
  recordedByName: recorder.name,
  recordedAt: representations.recordedAt,
  endedAt: representations.endedAt,
  endedById: ender.id,
  endedByName: ender.name,
  endedReason: representations.endedReason,
};

function query(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(columns)
    .from(representations)
    .innerJoin(municipalities, eq(municipalities.id, representations.municipalityId))
    .innerJoin(citizen, eq(citizen.id, representations.citizenId))
    .innerJoin(representative, eq(representative.id, representations.representativeId))
    .innerJoin(recorder, eq(recorder.id, representations.recordedBy))
    .leftJoin(ender, eq(ender.id, representations.endedBy))
    .where(where)
    .orderBy(asc(representations.validFrom), asc(representations.recordedAt), asc(representations.id));
}

type Row = Awaited<ReturnType<typeof query>>[number];

/**
 * The representation register: who may act for whom. Skranke keeps its own (recorded at the counter from the
 * document seen); national sources (Digital Fuldmagt, Familieretshuset's værgemålsregister) would plug in here. Like
 * the person register it is national: a representation recorded in one municipality holds at every desk.
 */
export function openLocalRepresentationRegister(db: DbOrTx) {
  const select = async (where: SQL | undefined) => (await query(db, where)).map(toRecorded);

  return {
    /** Who may act for the citizen (ended ones too: the history is shown). */
    forCitizen: (citizenId: string) => select(eq(representations.citizenId, citizenId)),
    /** For whom the person may act. */
    byRepresentative: (personId: string) => select(eq(representations.representativeId, personId)),
    /** One representation, for whichever of the two people it names. */
    byId: async (id: string) => (await select(eq(representations.id, id)))[0] ?? null,
    /** Locks the row until the transaction ends (ending races with ending). */
    lock: async (id: string) => {
      await db.execute(sql`select 1 from ${representations} where ${representations.id} = ${id} for update`);
    },
    insert: async (row: NewRepresentationRow) => {
      const [inserted] = await db.insert(representations).values(row).returning({ id: representations.id });
      return inserted!.id;
    },
    /** Ends it unless it has already ended; answers whether it did. */
    end: async (id: string, by: string, reason: string) => {
      const ended = await db
        .update(representations)
        .set({ endedAt: sql`now()`, endedBy: by, endedReason: reason })
        .where(and(eq(representations.id, id), isNull(representations.endedAt)))
        .returning({ id: representations.id });
      return ended.length === 1;
    },
  };
}

export type RepresentationRegister = ReturnType<typeof openLocalRepresentationRegister>;

function toRecorded(r: Row): RecordedRepresentation {
  return {
    id: r.id,
    kind: r.kind,
    scope: r.scope,
    validFrom: r.validFrom,
    validTo: r.validTo,
    documentSeen: r.documentSeen,
    documentReference: r.documentReference,
    municipalityId: r.municipalityId,
    municipality: { code: r.municipalityCode, name: r.municipalityName },
    citizen: { id: r.citizenId, cpr: r.citizenCpr, givenNames: r.citizenGivenNames, surname: r.citizenSurname },
    representative: {
      id: r.representativeId,
      cpr: r.representativeCpr,
      givenNames: r.representativeGivenNames,
      surname: r.representativeSurname,
    },
    recordedBy: { id: r.recordedById, name: r.recordedByName },
    recordedAt: r.recordedAt,
    ended:
      r.endedAt && r.endedById && r.endedByName !== null && r.endedReason !== null
        ? { at: r.endedAt, by: { id: r.endedById, name: r.endedByName }, reason: r.endedReason }
        : null,
  };
}

/** The birth date a register's CPR number gives (the register hands out valid numbers only). */
export function birthDateOf(cpr: string): string {
  const parsed = parseCpr(cpr);
  if (!parsed.ok) throw new Error(`person register holds an invalid CPR number (${parsed.problem})`);
  return parsed.cpr.birthDate;
}

/** What the domain's rules (`mayActFor`, `representationValidity`) need of a recorded representation. */
export const toFacts = (r: RecordedRepresentation): RepresentationFacts => ({
  id: r.id,
  kind: r.kind,
  scope: r.scope,
  representativePersonId: r.representative.id,
  citizenBirthDate: birthDateOf(r.citizen.cpr),
  validFrom: r.validFrom,
  validTo: r.validTo,
  endedOn: r.ended ? serviceDay(r.ended.at) : null,
});

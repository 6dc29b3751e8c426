import { schema, type DbOrTx } from '@skranke/db';
import type { IdentityDocumentKind, IdentityDocumentStatus } from '@skranke/domain';
import { asc, desc, eq } from 'drizzle-orm';

const { identityDocuments: t } = schema;

/** A passport or driving licence as a register hands it out. Dates are civil dates (YYYY-MM-DD). */
export interface IdentityDocument {
  id: string;
  personId: string;
  kind: IdentityDocumentKind;
  documentNumber: string;
  issuedOn: string;
  /** The last day the document is valid. */
  expiresOn: string;
  status: IdentityDocumentStatus;
  /** A driving licence time-limited for health reasons (renewal is then free). Always false for a passport. */
  healthLimited: boolean;
  /** Driving-licence categories (e.g. ['B']); null for a passport. */
  categories: string[] | null;
  /** The case that ordered or recorded it, when Skranke did. */
  caseId: string | null;
  statusChangedAt: Date | null;
}

export interface NewIdentityDocument {
  personId: string;
  kind: IdentityDocumentKind;
  documentNumber: string;
  issuedOn: string;
  expiresOn: string;
  /** Defaults to `valid`. */
  status?: IdentityDocumentStatus;
  healthLimited?: boolean;
  /** Required (non-empty) for a driving licence, omitted for a passport. */
  categories?: string[] | null;
  caseId?: string | null;
}

/** Thrown when a document number is already on record for the same kind. */
export class DuplicateDocumentNumberError extends Error {
  constructor(
    readonly kind: IdentityDocumentKind,
    readonly documentNumber: string,
  ) {
    super(`a ${kind} with this number is already on record`);
  }
}

/**
 * The seam where the national passport register and driving-licence register plug in: the documents a person has
 * on record, recording a new one, and changing one's status (handed in, lost, expired, revoked). Skranke ships
 * `LocalIdentityDocumentRegister`, backed by its own `identity_documents` table. Every method takes the caller's
 * transaction, so a read or write stands or falls with its audit record; a remote register may ignore it.
 */
export interface IdentityDocumentRegister {
  /** Every document of the person, newest first within each kind (passports before licences). */
  listForPerson(tx: DbOrTx, personId: string): Promise<IdentityDocument[]>;
  findById(tx: DbOrTx, id: string): Promise<IdentityDocument | null>;
  /** Records a document; throws `DuplicateDocumentNumberError` when the number is taken for that kind. */
  record(tx: DbOrTx, document: NewIdentityDocument): Promise<IdentityDocument>;
  /** Changes a document's status; answers the updated document, or null when there is none with that id. */
  setStatus(tx: DbOrTx, id: string, status: IdentityDocumentStatus, changedBy?: string): Promise<IdentityDocument | null>;
}

const columns = {
  id: t.id,
  personId: t.personId,
  kind: t.kind,
  documentNumber: t.documentNumber,
  issuedOn: t.issuedOn,
  expiresOn: t.expiresOn,
  status: t.status,
  healthLimited: t.healthLimited,
  categories: t.categories,
  caseId: t.caseId,
  statusChangedAt: t.statusChangedAt,
};

/** A unique violation from pg, possibly wrapped in Drizzle's query error (as its `cause`). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * LocalIdentityDocumentRegister: documents kept in Skranke's own `identity_documents` table (synthetic demo data),
 * NOT the national passport or driving-licence register: recording a passport here issues nothing.
 */
export class LocalIdentityDocumentRegister implements IdentityDocumentRegister {
  listForPerson(tx: DbOrTx, personId: string): Promise<IdentityDocument[]> {
    return tx.select(columns).from(t).where(eq(t.personId, personId)).orderBy(asc(t.kind), desc(t.issuedOn), desc(t.createdAt));
  }

  async findById(tx: DbOrTx, id: string): Promise<IdentityDocument | null> {
    const [row] = await tx.select(columns).from(t).where(eq(t.id, id));
    return row ?? null;
  }

  async record(tx: DbOrTx, document: NewIdentityDocument): Promise<IdentityDocument> {
    const values = {
      personId: document.personId,
      kind: document.kind,
      documentNumber: document.documentNumber,
      issuedOn: document.issuedOn,
      expiresOn: document.expiresOn,
      status: document.status ?? 'valid',
      healthLimited: document.healthLimited ?? false,
      categories: document.kind === 'driving_licence' ? (document.categories ?? null) : null,
      caseId: document.caseId ?? null,
    };
    try {
      // A savepoint, so that a duplicate number leaves the caller's transaction usable.
      const [row] = await tx.transaction((sp) => sp.insert(t).values(values).returning(columns));
      return row!;
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateDocumentNumberError(document.kind, document.documentNumber);
      throw error;
    }
  }

  async setStatus(tx: DbOrTx, id: string, status: IdentityDocumentStatus, changedBy?: string): Promise<IdentityDocument | null> {
    const now = new Date();
    const [row] = await tx
      .update(t)
      .set({ status, statusChangedAt: now, statusChangedBy: changedBy ?? null, updatedAt: now })
      .where(eq(t.id, id))
      .returning(columns);
    return row ?? null;
  }
}

/** The register the API uses unless a test or a deployment hands it another. */
export const localIdentityDocumentRegister: IdentityDocumentRegister = new LocalIdentityDocumentRegister();

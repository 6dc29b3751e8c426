import { createRequire } from 'node:module';
import path from 'node:path';
import { schema } from '@skranke/db';
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, gt, or, like } from 'drizzle-orm';
import type { As } from './queue-helpers.ts';

export const PERSON_AARHUS_ACTIVE = 'nearPensionAarhus';

// The glyph metrics of PDF's 14 standard fonts, which the receipt uses without embedding.
const STANDARD_FONTS =
  path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/** Every text item of every page of a PDF, joined and with whitespace normalised (pdfjs' legacy build runs in Node). */
export async function pdfText(body: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(body), standardFontDataUrl: STANDARD_FONTS }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

export async function startCase(as: As, citizenId: string, payload: Record<string, unknown> = { type: 'digital_post_exemption' }) {
  return as({ method: 'POST', url: `/api/citizens/${citizenId}/cases`, payload });
}

export const saveStep = (as: As, caseId: string, step: string, expectedVersion: number, data: Record<string, unknown>) =>
  as({ method: 'PUT', url: `/api/cases/${caseId}/steps/${step}`, payload: { expectedVersion, data } });

export const complete = (as: As, caseId: string, expectedVersion: number) =>
  as({ method: 'POST', url: `/api/cases/${caseId}/complete`, payload: { expectedVersion } });

function ok<T = Record<string, unknown>>(response: { statusCode: number; body: string; json(): unknown }, status: number): T {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.json() as T;
}

export interface CaseBody {
  id: string;
  version: number;
  status: string;
  currentStep: string | null;
  digitalPostExemption: { state: string; lapsesOnReturn: boolean; grounds: string[] | null; applicantType: string } | null;
  [key: string]: unknown;
}

/** Starts a Digital Post exemption case and walks every step; answers the completed case. */
export async function grantExemption(
  as: As,
  citizenId: string,
  steps: { applicant?: object; identification?: object; declaration?: object } = {},
): Promise<CaseBody> {
  let c = ok<CaseBody>(await startCase(as, citizenId), 201);
  c = ok(await saveStep(as, c.id, 'applicant', c.version, { applicantType: 'in_person', ...steps.applicant }), 200);
  c = ok(await saveStep(as, c.id, 'identification', c.version, { idDocument: 'sundhedskort', ...steps.identification }), 200);
  c = ok(await saveStep(as, c.id, 'declaration', c.version, { declarationSigned: true, ...steps.declaration }), 200);
  return ok(await complete(as, c.id, c.version), 200);
}

export const expectOk = ok;

export async function lastAuditId(app: FastifyInstance) {
  const rows = await app.db.select({ id: schema.auditEvents.id }).from(schema.auditEvents);
  return Math.max(0, ...rows.map((r) => r.id));
}

/** Case and Digital Post audit records written after `mark`, oldest first. */
export const caseAuditSince = (app: FastifyInstance, mark: number) =>
  app.db
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        gt(schema.auditEvents.id, mark),
        or(like(schema.auditEvents.action, 'case.%'), like(schema.auditEvents.action, 'digital-post.%')),
      ),
    )
    .orderBy(asc(schema.auditEvents.id));

export const exemptionRows = (app: FastifyInstance, personId: string) =>
  app.db.select().from(schema.digitalPostExemptions).where(eq(schema.digitalPostExemptions.personId, personId));

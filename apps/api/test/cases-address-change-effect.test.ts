import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDueMoves } from '../src/floor/registers/apply-due-moves.ts';
import { runMaintenance } from '../src/modules/maintenance/maintenance.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, grantExemption, lastAuditId, pdfText, saveStep } from './cases-helpers.ts';
import { inDays, insertPerson, today, type AddressChangeCase } from './address-change-helpers.ts';
import type { As } from './queue-helpers.ts';

/**
 * A flytning takes effect on its moving date (CPR applies it then): reported ahead, the register keeps the old
 * address and shows the move as pending until `pnpm maintenance` applies it on the date; dated today, it applies at
 * once. Applying a return ends an emigration exemption from Digital Post.
 */
let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const OLD: [string, string, string] = ['Gammel Kirkevej 4', '8000', 'Aarhus C'];
const NEW = { street: 'Nørregade 10', postcode: '8000', city: 'Aarhus C' };

const person = async (id: string) => (await ctx.owner.select().from(schema.persons).where(eq(schema.persons.id, id)))[0]!;
const citizen = async (id: string) =>
  expectOk<{ address: unknown; status: string; pendingMove: unknown }>(
    await anna({ method: 'GET', url: `/api/citizens/${id}?purpose=vejledning` }),
    200,
  );
const appliedRecords = (personId: string, mark: number) =>
  ctx.owner
    .select({ actorUserId: schema.auditEvents.actorUserId, details: schema.auditEvents.details })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.subjectId, personId),
        eq(schema.auditEvents.action, 'address-change.move-applied'),
        gt(schema.auditEvents.id, mark),
      ),
    );

/** Walks a flytning to completion and answers the completed case. */
async function registerMove(citizenId: string, address: Record<string, unknown>, movingDate: string, coMovers: string[] = []) {
  let c = expectOk<AddressChangeCase>(
    await anna({ method: 'POST', url: `/api/citizens/${citizenId}/cases/address-change`, payload: {} }),
    201,
  );
  for (const [step, data] of [
    ['address', address],
    ['date', { movingDate }],
    ['movers', { coMovers }],
    ['doctor', { choice: 'choose_later' }],
  ] as const)
    c = expectOk<AddressChangeCase>(await saveStep(anna, c.id, step, c.version, data), 200);
  return expectOk<AddressChangeCase & { addressChange: { appliedAt: string | null } }>(await complete(anna, c.id, c.version), 200);
}

/** Someone registered as emigrated (the register's row as an applied emigration leaves it). */
async function emigrant(name: string) {
  const id = await insertPerson(ctx.app.db, name, OLD);
  await ctx.owner
    .update(schema.persons)
    .set({ status: 'emigrated', street: null, postcode: null, city: null, emigratedOn: '2024-03-01', emigratedTo: 'Norge' })
    .where(eq(schema.persons.id, id));
  return id;
}

describe('a move reported ahead of its date', () => {
  it('leaves the register unchanged and shows as pending; maintenance on the date applies it once, even run twice at once', async () => {
    const karen = await insertPerson(ctx.app.db, 'Karen', OLD);
    const poul = await insertPerson(ctx.app.db, 'Poul', OLD);
    const ulla = await insertPerson(ctx.app.db, 'Ulla', OLD); // stays
    const mark = await lastAuditId(ctx.app);
    const date = inDays(10);

    const c = await registerMove(karen, { kind: 'domestic', ...NEW }, date, [poul]);
    expect(c.status).toBe('completed');
    expect(c.addressChange?.registeredAt).not.toBeNull();
    expect(c.addressChange?.appliedAt).toBeNull();
    expect(c.addressChange?.notices[0]?.da).toMatch(
      /^Flytter til Nørregade 10, 8000 Aarhus C den .+\. Folkeregistret ændres på flyttedatoen/,
    );

    // Every read sees the old address until the date: the register, the citizen's page, the co-mover check.
    for (const id of [karen, poul]) expect(await person(id)).toMatchObject({ street: OLD[0], status: 'active' });
    expect(await citizen(karen)).toMatchObject({
      address: { street: OLD[0] },
      pendingMove: { movingDate: date, address: NEW, country: null },
    });
    const draft = await startDraft(karen);
    expect(await coMoversOf(draft.id)).toContain(ulla);
    const receipt = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(receipt).toContain('Du flytter til Nørregade 10, 8000 Aarhus C den');
    expect(receipt).toContain('Folkeregistret ændres på flyttedatoen');

    // The day before: nothing is due.
    expect(await applyDueMoves(ctx.owner, inDays(9))).toEqual({ moves: 0, exemptionsEnded: 0 });
    expect(await person(karen)).toMatchObject({ street: OLD[0] });

    // On the date, two runs at once: each move is applied by exactly one of them.
    const [a, b] = await Promise.all([applyDueMoves(ctx.owner, date), applyDueMoves(ctx.owner, date)]);
    expect(a.moves + b.moves).toBe(2);
    expect(await applyDueMoves(ctx.owner, date)).toEqual({ moves: 0, exemptionsEnded: 0 });
    for (const id of [karen, poul]) {
      expect(await person(id)).toMatchObject({ street: NEW.street, postcode: NEW.postcode, status: 'active' });
      const records = await appliedRecords(id, mark);
      expect(records).toHaveLength(1);
      // Applied by the maintenance run, not by a staff member.
      expect(records[0]).toMatchObject({ actorUserId: null, details: { caseId: c.id, movingDate: date } });
    }
    const moves = await ctx.owner.select().from(schema.addressMoves).where(eq(schema.addressMoves.caseId, c.id));
    expect(moves.every((m) => m.appliedAt !== null)).toBe(true);
    expect(await citizen(karen)).toMatchObject({ address: NEW, pendingMove: null });
    expect(await coMoversOf(draft.id)).not.toContain(ulla);
    const after = expectOk<AddressChangeCase & { addressChange: { appliedAt: string | null } }>(
      await anna({ method: 'GET', url: `/api/cases/${c.id}` }),
      200,
    );
    expect(after.addressChange?.appliedAt).not.toBeNull();
    expect(after.addressChange?.notices.map((n) => n.da).join(' ')).not.toContain('Folkeregistret ændres på flyttedatoen');
  });

  it('an emigration reported ahead: the citizen stays resident until the date, then is registered as emigrated', async () => {
    const id = await insertPerson(ctx.app.db, 'Udvandrer', OLD);
    const date = inDays(14);
    const c = await registerMove(id, { kind: 'emigration', country: 'Sverige' }, date);
    expect(c.addressChange?.notices[0]?.da).toMatch(/^Udrejser til Sverige den /);
    expect(await person(id)).toMatchObject({ status: 'active', street: OLD[0] });
    expect(await citizen(id)).toMatchObject({ pendingMove: { movingDate: date, address: null, country: 'Sverige' } });
    await applyDueMoves(ctx.owner, date);
    expect(await person(id)).toMatchObject({ status: 'emigrated', emigratedTo: 'Sverige', emigratedOn: date, street: null });
  });

  it('a protected citizen: the pending move shows its date, never the new address', async () => {
    const id = await insertPerson(ctx.app.db, 'Beskyttet', OLD);
    await ctx.owner.update(schema.persons).set({ addressProtected: true }).where(eq(schema.persons.id, id));
    const date = inDays(20);
    await registerMove(id, { kind: 'domestic', ...NEW }, date);
    const shown = await anna({ method: 'GET', url: `/api/citizens/${id}?purpose=vejledning` });
    expect(shown.json()).toMatchObject({ address: null, pendingMove: { movingDate: date, address: null, country: null } });
    expect(shown.body).not.toContain(NEW.street);
  });
});

/** A draft flytning (to ask who may move along), and who the register says may move along. */
const startDraft = async (citizenId: string) =>
  expectOk<AddressChangeCase>(await anna({ method: 'POST', url: `/api/citizens/${citizenId}/cases/address-change`, payload: {} }), 201);
const coMoversOf = async (caseId: string) =>
  expectOk<{ candidates: Array<{ id: string }> }>(
    await anna({ method: 'GET', url: `/api/cases/${caseId}/address-change/co-movers` }),
    200,
  ).candidates.map((x) => x.id);

describe('a move dated today', () => {
  it('is applied at once, audited as applied by the staff member who registered it', async () => {
    const id = await insertPerson(ctx.app.db, 'Idag', OLD);
    const mark = await lastAuditId(ctx.app);
    const c = await registerMove(id, { kind: 'domestic', ...NEW }, today());
    expect(c.addressChange?.appliedAt).not.toBeNull();
    expect(c.addressChange?.notices.map((n) => n.da).join(' ')).not.toContain('Folkeregistret ændres på flyttedatoen');
    expect(await person(id)).toMatchObject({ street: NEW.street, status: 'active' });
    expect(await citizen(id)).toMatchObject({ address: NEW, pendingMove: null });
    expect(await appliedRecords(id, mark)).toEqual([
      expect.objectContaining({ actorUserId: DEMO.users.anna, details: { caseId: c.id, movingDate: today() } }),
    ]);
    const receipt = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(receipt).not.toContain('Folkeregistret ændres på flyttedatoen');
  });
});

describe('a return ends an emigration exemption from Digital Post when it is applied', () => {
  const exemption = async (personId: string) =>
    (await ctx.owner.select().from(schema.digitalPostExemptions).where(eq(schema.digitalPostExemptions.personId, personId)))[0]!;

  it('at once (dated today): the emigration exemption lapses on the return date; an exemption on another ground stays', async () => {
    const abroad = await emigrant('Udlandsdansker');
    expect((await grantExemption(anna, abroad, { declaration: { grounds: ['emigrated'] } })).digitalPostExemption).toMatchObject({
      lapsesOnReturn: true,
    });
    // Exempted on another ground while resident, then emigrated: that exemption does not lapse on return.
    const other = await insertPerson(ctx.app.db, 'Andengrund', OLD);
    expect((await grantExemption(anna, other)).digitalPostExemption).toMatchObject({ lapsesOnReturn: false });
    await ctx.owner
      .update(schema.persons)
      .set({ status: 'emigrated', street: null, postcode: null, city: null, emigratedOn: '2024-03-01', emigratedTo: 'Norge' })
      .where(eq(schema.persons.id, other));
    const mark = await lastAuditId(ctx.app);

    const returned = await registerMove(abroad, { kind: 'return', ...NEW }, today());
    expect(returned.addressChange?.digitalPost?.effect).toBe('emigration_exemption_lapses');
    expect(await exemption(abroad)).toMatchObject({ lapsedOn: today(), revokedAt: null });
    expect((await exemption(abroad)).lapseReason).toContain('Bortfaldet ved indrejse');
    const lapsed = await ctx.owner
      .select({ details: schema.auditEvents.details, actorUserId: schema.auditEvents.actorUserId })
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.subjectId, abroad),
          eq(schema.auditEvents.action, 'digital-post.exemption-lapsed'),
          gt(schema.auditEvents.id, mark),
        ),
      );
    expect(lapsed).toEqual([
      expect.objectContaining({ actorUserId: DEMO.users.anna, details: expect.objectContaining({ lapsedOn: today() }) }),
    ]);

    await registerMove(other, { kind: 'return', street: 'Søndergade 2', postcode: '8000', city: 'Aarhus C' }, today());
    expect(await exemption(other)).toMatchObject({ lapsedAt: null, lapsedOn: null, revokedAt: null });
  });

  it('on its date (reported ahead): the exemption stays in force until maintenance applies the return', async () => {
    const abroad = await emigrant('Hjemvendt');
    await grantExemption(anna, abroad, { declaration: { grounds: ['emigrated'] } });
    const date = inDays(12);
    await registerMove(abroad, { kind: 'return', ...NEW }, date);
    expect(await person(abroad)).toMatchObject({ status: 'emigrated' });
    expect(await exemption(abroad)).toMatchObject({ lapsedAt: null });

    // The maintenance run on the moving date (its clock at noon that day) applies the return.
    const report = await runMaintenance(ctx.owner, { eventsRetentionDays: 7, now: new Date(`${date}T12:00:00Z`), env: {} });
    expect(report.movesApplied).toEqual({ moves: 1, exemptionsEnded: 1 });
    expect(await person(abroad)).toMatchObject({ status: 'active', street: NEW.street });
    expect(await exemption(abroad)).toMatchObject({ lapsedOn: date });
  });
});

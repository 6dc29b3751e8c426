import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { addDays } from '@skranke/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { expectOk, lastAuditId } from './cases-helpers.ts';
import { auditAbout, inDays, insertPerson, today } from './address-change-helpers.ts';
import type { As } from './queue-helpers.ts';

interface Protections {
  addressProtection: { id: string; startsOn: string; endsOn: string; renewalDate: string; inForce: boolean; feeOre: number } | null;
  robinson: { registeredOn: string; effectiveBy: string } | null;
}

let ctx: TestContext;
let anna: As;
let lars: As;
let mette: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const post = (as: As, url: string) => as({ method: 'POST', url, payload: {} });
const oneYearLastDay = (from: string) => addDays(`${Number(from.slice(0, 4)) + 1}${from.slice(4)}`, -1);

describe('navne- og adressebeskyttelse', () => {
  it('runs 1 year, free; the register withholds the address; a renewal follows on; ending it lifts the mark; all audited', async () => {
    const id = await insertPerson(ctx.app.db, 'Beskyttet', ['Skjultvej 1', '8000', 'Aarhus C']);
    const mark = await lastAuditId(ctx.app);
    const first = expectOk<Protections>(await post(anna, `/api/citizens/${id}/address-protection`), 201);
    expect(first.addressProtection).toMatchObject({ startsOn: today(), endsOn: oneYearLastDay(today()), inForce: true, feeOre: 0 });
    expect(first.addressProtection?.renewalDate).toBe(addDays(first.addressProtection!.endsOn, 1));

    const citizen = expectOk<{ addressProtected: boolean; address: unknown }>(
      await anna({ method: 'GET', url: `/api/citizens/${id}?purpose=vejledning` }),
      200,
    );
    expect(citizen).toMatchObject({ addressProtected: true, address: null });

    const renewed = expectOk<Protections>(await post(anna, `/api/citizens/${id}/address-protection`), 201);
    expect(renewed.addressProtection?.startsOn).toBe(first.addressProtection?.renewalDate);
    expect(expectProblem(await post(anna, `/api/citizens/${id}/address-protection`), 409).code).toBe('protection-already-renewed');

    const ended = expectOk<Protections>(await post(anna, `/api/citizens/${id}/address-protection/end`), 200);
    expect(ended.addressProtection).toBeNull();
    expect(expectProblem(await post(anna, `/api/citizens/${id}/address-protection/end`), 409).code).toBe('no-address-protection');
    expect(
      expectOk<{ addressProtected: boolean }>(await anna({ method: 'GET', url: `/api/citizens/${id}?purpose=vejledning` }), 200)
        .addressProtected,
    ).toBe(false);

    const actions = (await auditAbout(ctx.app.db, id, mark)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['protection.register', 'protection.renew', 'protection.end']));
  });

  it("lists the municipality's protections up for renewal within 30 days, for leads only", async () => {
    const soon = await insertPerson(ctx.app.db, 'Snart', ['Snartvej 1', '8000', 'Aarhus C']);
    const later = await insertPerson(ctx.app.db, 'Senere', ['Senerevej 1', '8000', 'Aarhus C']);
    const vejle = await insertPerson(ctx.app.db, 'Vejlebo', ['Vejlevej 1', '8000', 'Aarhus C']);
    const row = (personId: string, municipalityId: string, endsOn: string) => ({
      personId,
      municipalityId,
      startsOn: addDays(endsOn, -364),
      endsOn,
      registeredBy: DEMO.users.anna,
    });
    await ctx.app.db
      .insert(schema.addressProtections)
      .values([row(soon, DEMO.aarhus.id, inDays(10)), row(later, DEMO.aarhus.id, inDays(40)), row(vejle, DEMO.vejle.id, inDays(10))]);
    const mark = await lastAuditId(ctx.app);
    const list = expectOk<{ protections: Array<{ citizen: { id: string }; renewalDate: string }> }>(
      await lars({ method: 'GET', url: '/api/address-protections/expiring' }),
      200,
    );
    const ids = list.protections.map((p) => p.citizen.id);
    expect(ids).toContain(soon);
    expect(ids).not.toContain(later);
    expect(ids).not.toContain(vejle);
    expect(list.protections.find((p) => p.citizen.id === soon)?.renewalDate).toBe(inDays(11));
    expect((await auditAbout(ctx.app.db, soon, mark)).map((a) => a.action)).toContain('protection.expiring-list');
    expectProblem(await anna({ method: 'GET', url: '/api/address-protections/expiring' }), 403);
  });
});

describe('Robinsonlisten', () => {
  it('takes effect within 3 months and lasts until revoked; the page shows it; audited', async () => {
    const id = await insertPerson(ctx.app.db, 'Robin', ['Reklamevej 1', '8000', 'Aarhus C']);
    const mark = await lastAuditId(ctx.app);
    const on = expectOk<Protections>(await post(anna, `/api/citizens/${id}/robinson`), 201);
    const t = today();
    const threeMonths = `${t.slice(0, 5)}${String(((Number(t.slice(5, 7)) + 2) % 12) + 1).padStart(2, '0')}`;
    expect(on.robinson?.registeredOn).toBe(t);
    expect(on.robinson?.effectiveBy.slice(5, 7)).toBe(threeMonths.slice(5, 7));
    expect(expectProblem(await post(anna, `/api/citizens/${id}/robinson`), 409).code).toBe('already-on-robinson-list');
    const shown = expectOk<Protections>(await anna({ method: 'GET', url: `/api/citizens/${id}/protections` }), 200);
    expect(shown.robinson).not.toBeNull();
    const off = expectOk<Protections>(await post(anna, `/api/citizens/${id}/robinson/revoke`), 200);
    expect(off.robinson).toBeNull();
    expect(expectProblem(await post(anna, `/api/citizens/${id}/robinson/revoke`), 409).code).toBe('not-on-robinson-list');
    const actions = (await auditAbout(ctx.app.db, id, mark)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['robinson.register', 'protection.read', 'robinson.revoke']));
  });

  it('answers 404 for an unknown citizen', async () => {
    expectProblem(await post(mette, '/api/citizens/00000000-0000-4000-8000-00000000dead/robinson'), 404);
    expectProblem(await mette({ method: 'GET', url: '/api/citizens/00000000-0000-4000-8000-00000000dead/protections' }), 404);
  });
});

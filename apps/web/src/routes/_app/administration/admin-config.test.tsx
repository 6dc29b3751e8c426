import type { RuleValues } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const RULES: RuleValues = {
  fairnessBoundMinutes: 15,
  recallLimit: 3,
  handlingSampleSize: 20,
  counterStaleSeconds: 120,
  displayRecentCallMinutes: 5,
  appealPeriodCount: 4,
  appealPeriodUnit: 'weeks',
  trafficYellowMinutes: 15,
  trafficRedMinutes: 30,
  retentionDecisionsYears: 5,
  retentionLookupsMonths: 6,
  witnessMinMitidDays: 30,
  witnessMaxActs: 3,
  witnessWindowDays: 120,
  mitidAppealBody: 'Digitaliseringsstyrelsen',
  mitidAppealPeriodWeeks: 4,
};

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ type: 'urn:skranke:problem:x', title: 'Bad Request', status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('administration: Regelværdier', () => {
  it('checks a value before sending, then sends only what changed', async () => {
    const api = signedInApi(USERS.admin, {
      getRuleValues: () => json(200, RULES),
      updateRuleValues: async (request) => json(200, { ...RULES, ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/regler');
    const lookups = screen.getByRole('textbox', { name: 'Opslag (måneder)' });
    await user.clear(lookups);
    await user.type(lookups, '3');
    await user.click(screen.getByRole('button', { name: 'Gem regelværdier' }));
    expect(await screen.findByText('Opbevaring af opslag skal være et helt tal fra 6 til 600 måneder.')).toBeInTheDocument();
    expect(api.called('PATCH', '/api/admin/config/rules')).toHaveLength(0);

    await user.clear(lookups);
    await user.type(lookups, '12');
    const recalls = screen.getByRole('textbox', { name: 'Antal genkald' });
    await user.clear(recalls);
    await user.type(recalls, '2');
    await user.click(screen.getByRole('button', { name: 'Gem regelværdier' }));
    expect(await screen.findByText('Regelværdierne er gemt.')).toBeInTheDocument();
    const [sent] = api.called('PATCH', '/api/admin/config/rules');
    expect(await sent!.json()).toEqual({ recallLimit: 2, retentionLookupsMonths: 12 });
  }, 40_000);

  it("edits the MitID refusal's appeal body and period; a blank body is not sent", async () => {
    const api = signedInApi(USERS.admin, {
      getRuleValues: () => json(200, RULES),
      updateRuleValues: async (request) => json(200, { ...RULES, ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/regler');
    const group = screen.getByRole('group', { name: 'Klage over afslag på MitID' });
    const body = within(group).getByRole('textbox', { name: 'Klageinstans' });
    await user.clear(body);
    await user.type(body, '   ');
    await user.click(screen.getByRole('button', { name: 'Gem regelværdier' }));
    expect(await screen.findByText('Skriv, hvor borgeren kan klage over et afslag på MitID.')).toBeInTheDocument();
    expect(api.called('PATCH', '/api/admin/config/rules')).toHaveLength(0);

    await user.clear(body);
    await user.type(body, 'Ankestyrelsen');
    const weeks = within(group).getByRole('textbox', { name: 'Klagefrist (uger)' });
    await user.clear(weeks);
    await user.type(weeks, '6');
    await user.click(screen.getByRole('button', { name: 'Gem regelværdier' }));
    expect(await screen.findByText('Regelværdierne er gemt.')).toBeInTheDocument();
    const [sent] = api.called('PATCH', '/api/admin/config/rules');
    expect(await sent!.json()).toEqual({ mitidAppealBody: 'Ankestyrelsen', mitidAppealPeriodWeeks: 6 });
  }, 40_000);
});

describe('administration: Lokationer', () => {
  it("shows the API's overlap message beside the timetable row it belongs to", async () => {
    signedInApi(USERS.admin, {
      listConfigLocations: () =>
        json(200, [
          {
            id: '00000000-0000-4000-8001-000000000003',
            name: 'Borgerservicebussen',
            kind: 'mobile',
            address: 'Kører i Aarhus Kommune',
            hours: [{ weekday: 2, opens: '09:00', closes: '11:00', place: 'Lystrup Torv' }],
          },
        ]),
      setConfigOpeningHours: () =>
        problem(400, {
          detail: 'Tirsdag: 09:00–11:00 overlapper 08:00–10:00.',
          errors: [{ pointer: '/body/intervals/0/opens', detail: 'Tirsdag: 09:00–11:00 overlapper 08:00–10:00.' }],
        }),
    });
    const { user } = await renderApp('/administration/lokationer');
    await user.click(screen.getByRole('button', { name: 'Køreplan for Borgerservicebussen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Køreplan for Borgerservicebussen' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    const row = within(dialog).getByRole('group', { name: 'Tidsrum 1' });
    expect(await within(row).findByText('Tirsdag: 09:00–11:00 overlapper 08:00–10:00.')).toBeInTheDocument();
  });

  it('lets a location hand out numbers on the phone (off until ticked)', async () => {
    const dokk1 = {
      id: '00000000-0000-4000-8001-000000000001',
      name: 'Borgerservice Dokk1',
      kind: 'office',
      address: 'Hack Kampmanns Plads 2',
      allowRemoteTickets: false,
      hours: [],
    };
    const api = signedInApi(USERS.admin, {
      listConfigLocations: () => json(200, [dokk1]),
      updateConfigLocation: async (request) => json(200, { ...dokk1, ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/lokationer');
    await user.click(await screen.findByRole('button', { name: 'Ret Borgerservice Dokk1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret Borgerservice Dokk1' });
    const remote = within(dialog).getByRole('checkbox', { name: 'Borgerne kan tage et nummer på telefonen' });
    expect(remote).not.toBeChecked();
    await user.click(remote);
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await expect.poll(() => api.calledOp('updateConfigLocation').length).toBe(1);
    expect(await api.calledOp('updateConfigLocation')[0]!.json()).toMatchObject({ allowRemoteTickets: true });
  }, 40_000);

  it('is for administrators only', async () => {
    signedInApi(USERS.lars);
    await renderApp('/administration/regler');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { REPRESENTATION_PURPOSES, type RepresentationDocument, type RepresentationKind, type RepresentationPurpose } from './codes.ts';
import {
  birthdayOfAge,
  coveredPurposes,
  dayBefore,
  lastCustodyDay,
  mayActFor,
  representationProblems,
  representationValidity,
  storedValidTo,
  type NewRepresentation,
  type RepresentationFacts,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('dates', () => {
  it.each([
    ['2008-05-10', 18, '2026-05-10'],
    ['2008-02-29', 18, '2026-03-01'],
    ['2008-02-29', 16, '2024-02-29'],
  ])('%s turns %i on %s', (birth, age, day) => expect(birthdayOfAge(birth, age)).toBe(day));

  it.each([
    ['2026-03-01', '2026-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
    ['2026-05-10', '2026-05-09'],
  ])('the day before %s is %s', (day, before) => expect(dayBefore(day)).toBe(before));

  it('custody lasts until the day before the 18th birthday', () => {
    expect(lastCustodyDay('2010-06-15')).toBe('2028-06-14');
    expect(storedValidTo({ kind: 'foraeldremyndighed', validTo: null, citizenBirthDate: '2010-06-15' })).toBe('2028-06-14');
    expect(storedValidTo({ kind: 'foraeldremyndighed', validTo: '2020-01-01', citizenBirthDate: '2010-06-15' })).toBe('2020-01-01');
    expect(storedValidTo({ kind: 'vaerge', validTo: undefined, citizenBirthDate: '1950-01-01' })).toBeNull();
  });
});

describe('coveredPurposes', () => {
  const table: Array<[RepresentationKind, string[], RepresentationPurpose[]]> = [
    ['digital_fuldmagt', ['digital_post'], ['digital_post', 'read_digital_post']],
    ['digital_fuldmagt', ['self_service'], ['self_service']],
    ['digital_fuldmagt', ['passport_pickup'], ['passport_pickup']],
    ['digital_fuldmagt', ['all'], ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup']],
    ['fremtidsfuldmagt', ['digital_post', 'self_service'], ['digital_post', 'read_digital_post', 'self_service']],
    ['vaerge', ['personal'], ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup']],
    ['vaerge', ['financial'], ['digital_post', 'read_digital_post', 'self_service']],
    ['vaerge', ['both'], ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup']],
    ['laeseadgang', [], ['read_digital_post']],
    ['foraeldremyndighed', [], ['digital_post', 'read_digital_post', 'self_service', 'passport_pickup']],
  ];
  it.each(table)('%s %j covers %j', (kind, scope, purposes) => {
    expect(coveredPurposes(kind, scope).sort()).toEqual([...purposes].sort());
  });

  it('never covers the MitID identity check, whatever the kind and scope', () => {
    for (const kind of ['digital_fuldmagt', 'vaerge', 'fremtidsfuldmagt', 'laeseadgang', 'foraeldremyndighed'] as const) {
      expect(coveredPurposes(kind, ['all', 'both'])).not.toContain('mitid_identity');
    }
  });
});

const rep = (over: Partial<RepresentationFacts> = {}): RepresentationFacts => ({
  id: 'r1',
  kind: 'vaerge',
  scope: ['both'],
  representativePersonId: 'karin',
  citizenBirthDate: '1940-03-03',
  validFrom: '2026-01-01',
  validTo: null,
  endedOn: null,
  ...over,
});

describe('representationValidity', () => {
  const table: Array<[Partial<RepresentationFacts>, string, string]> = [
    [{}, '2026-12-07', 'valid'],
    [{}, '2026-01-01', 'valid'],
    [{}, '2025-12-31', 'not_yet_valid'],
    [{ validTo: '2026-12-07' }, '2026-12-07', 'valid'],
    [{ validTo: '2026-12-06' }, '2026-12-07', 'expired'],
    [{ endedOn: '2026-12-07' }, '2026-12-07', 'ended'],
    [{ endedOn: '2026-12-08' }, '2026-12-07', 'valid'],
    [{ kind: 'foraeldremyndighed', scope: [], citizenBirthDate: '2008-12-07', validFrom: '2008-12-07' }, '2026-12-06', 'valid'],
    [{ kind: 'foraeldremyndighed', scope: [], citizenBirthDate: '2008-12-07', validFrom: '2008-12-07' }, '2026-12-07', 'child_now_adult'],
  ];
  it.each(table)('%j on %s → %s', (over, on, expected) => expect(representationValidity(rep(over), on)).toBe(expected));
});

describe('mayActFor', () => {
  const on = '2026-12-07';
  const ask = (purpose: RepresentationPurpose, representativePersonId = 'karin') => ({ representativePersonId, purpose, on });
  const table: Array<[string, RepresentationFacts[], RepresentationPurpose, string]> = [
    ['a værge for both acts in Digital Post', [rep()], 'digital_post', 'allowed'],
    ['a financial værge may not pick up a passport', [rep({ scope: ['financial'] })], 'passport_pickup', 'out-of-scope'],
    ['a digital fuldmagt for Digital Post', [rep({ kind: 'digital_fuldmagt', scope: ['digital_post'] })], 'digital_post', 'allowed'],
    [
      'a digital fuldmagt for self-service only',
      [rep({ kind: 'digital_fuldmagt', scope: ['self_service'] })],
      'digital_post',
      'out-of-scope',
    ],
    ['a fremtidsfuldmagt for all areas', [rep({ kind: 'fremtidsfuldmagt', scope: ['all'] })], 'passport_pickup', 'allowed'],
    [
      'a fremtidsfuldmagt not yet in force',
      [rep({ kind: 'fremtidsfuldmagt', scope: ['all'], validFrom: '2027-01-01' })],
      'digital_post',
      'not-yet-valid',
    ],
    ['an expired fuldmagt', [rep({ kind: 'digital_fuldmagt', scope: ['all'], validTo: '2026-11-30' })], 'digital_post', 'expired'],
    ['an ended værgemål', [rep({ endedOn: '2026-12-01' })], 'digital_post', 'ended'],
    ['læseadgang reads', [rep({ kind: 'laeseadgang', scope: [] })], 'read_digital_post', 'allowed'],
    ['læseadgang does not act', [rep({ kind: 'laeseadgang', scope: [] })], 'digital_post', 'read-access-only'],
    ['nothing recorded for this person', [rep({ representativePersonId: 'someone-else' })], 'digital_post', 'no-representation'],
    ['nothing at all', [], 'digital_post', 'no-representation'],
    ['a værge never does MitID', [rep()], 'mitid_identity', 'mitid-no-proxy'],
    [
      'nor does a custody holder',
      [rep({ kind: 'foraeldremyndighed', scope: [], citizenBirthDate: '2015-01-01' })],
      'mitid_identity',
      'mitid-no-proxy',
    ],
    [
      'a custody holder for a child',
      [rep({ kind: 'foraeldremyndighed', scope: [], citizenBirthDate: '2015-01-01' })],
      'passport_pickup',
      'allowed',
    ],
    [
      'custody ends at 18',
      [rep({ kind: 'foraeldremyndighed', scope: [], citizenBirthDate: '2008-12-07' })],
      'passport_pickup',
      'child-now-adult',
    ],
    [
      'an expired one does not hide a valid one',
      [rep({ id: 'old', validTo: '2026-06-30' }), rep({ id: 'new', kind: 'digital_fuldmagt', scope: ['digital_post'] })],
      'digital_post',
      'allowed',
    ],
    [
      'an expired covering one is named before one out of scope',
      [
        rep({ id: 'a', kind: 'digital_fuldmagt', scope: ['self_service'] }),
        rep({ id: 'b', kind: 'digital_fuldmagt', scope: ['digital_post'], validTo: '2026-01-31' }),
      ],
      'digital_post',
      'expired',
    ],
  ];
  it.each(table)('%s', (_name, representations, purpose, expected) => {
    const result = mayActFor(representations, ask(purpose));
    expect(result.allowed ? 'allowed' : result.reason).toBe(expected);
  });

  it('names the representation that allows the act, and explains a refusal in Danish', () => {
    const allowed = mayActFor([rep({ id: 'old', validTo: '2026-06-30' }), rep({ id: 'new' })], ask('digital_post'));
    expect(allowed).toMatchObject({ allowed: true, representation: { id: 'new' } });
    const refused = mayActFor([rep({ endedOn: '2026-12-01' })], ask('digital_post'));
    expect(refused).toMatchObject({ allowed: false, reason: 'ended', da: 'Repræsentationen er ophørt.', representation: { id: 'r1' } });
  });

  it('allows a fremtidsfuldmagt for all areas every purpose but MitID', () => {
    const everything = [rep({ kind: 'fremtidsfuldmagt', scope: ['all'] })];
    for (const purpose of REPRESENTATION_PURPOSES) {
      expect(mayActFor(everything, ask(purpose)).allowed, purpose).toBe(purpose !== 'mitid_identity');
    }
  });
});

describe('representationProblems', () => {
  const base: NewRepresentation = {
    kind: 'vaerge',
    scope: ['both'],
    validFrom: '2026-12-07',
    validTo: null,
    document: 'vaergebeskikkelse',
    citizenPersonId: 'citizen',
    citizenBirthDate: '1940-03-03',
    representativePersonId: 'karin',
    representativeBirthDate: '1970-05-05',
  };
  const fuldmagt = { kind: 'digital_fuldmagt' as const, scope: ['digital_post'], document: 'fuldmagt_digital' as RepresentationDocument };
  const custody = { kind: 'foraeldremyndighed' as const, scope: [], document: 'birth_certificate' as RepresentationDocument };
  const table: Array<[string, Partial<NewRepresentation>, string[]]> = [
    ['a værge for both', {}, []],
    ['the citizen as their own representative', { representativePersonId: 'citizen' }, ['representative-is-citizen']],
    ['an end before the start', { validTo: '2026-12-06' }, ['dates-out-of-order']],
    ['an end on the start day', { validTo: '2026-12-07' }, []],
    ['a værge without a scope', { scope: [] }, ['guardianship-scope-required']],
    ['a værge with two scopes', { scope: ['personal', 'financial'] }, ['guardianship-scope-required']],
    ['a værge with a fuldmagt area', { scope: ['digital_post'] }, ['guardianship-scope-required']],
    ['a værge of 17', { representativeBirthDate: '2009-12-08' }, ['representative-not-of-age']],
    ['a værge on a paper fuldmagt', { document: 'fuldmagt_paper' }, ['document-does-not-fit']],
    ['a digital fuldmagt from a 15-year-old', { ...fuldmagt, citizenBirthDate: '2011-12-07' }, []],
    ['a digital fuldmagt from a 14-year-old', { ...fuldmagt, citizenBirthDate: '2011-12-08' }, ['giver-under-15']],
    ['a digital fuldmagt without areas', { ...fuldmagt, scope: [] }, ['scope-areas-required']],
    ['a digital fuldmagt with an unknown area', { ...fuldmagt, scope: ['banking'] }, ['scope-areas-required']],
    ['a digital fuldmagt naming an area twice', { ...fuldmagt, scope: ['digital_post', 'digital_post'] }, ['scope-areas-required']],
    ['a fremtidsfuldmagt with its attest', { kind: 'fremtidsfuldmagt', scope: ['all'], document: 'fremtidsfuldmagt_vaerges_attest' }, []],
    ['læseadgang', { kind: 'laeseadgang', scope: [], document: 'fuldmagt_digital' }, []],
    ['læseadgang with a scope', { kind: 'laeseadgang', scope: ['all'], document: 'fuldmagt_digital' }, ['scope-not-applicable']],
    ['custody of a child', { ...custody, citizenBirthDate: '2015-04-01' }, []],
    ['custody of an adult', { ...custody }, ['custody-only-for-child']],
    ['custody from the 18th birthday', { ...custody, citizenBirthDate: '2008-12-07' }, ['custody-only-for-child']],
    ['custody past the 18th birthday', { ...custody, citizenBirthDate: '2015-04-01', validTo: '2033-04-01' }, ['custody-ends-at-18']],
    [
      'custody held by a minor',
      { ...custody, citizenBirthDate: '2015-04-01', representativeBirthDate: '2010-01-01' },
      ['representative-not-of-age'],
    ],
  ];
  it.each(table)('%s → %j', (_name, over, expected) => {
    expect(codes(representationProblems({ ...base, ...over }))).toEqual(expected);
  });

  it('points at the field and says it in Danish', () => {
    const [p] = representationProblems({ ...base, representativePersonId: 'citizen' });
    expect(p).toMatchObject({ field: '/representativeCpr', da: 'Repræsentanten kan ikke være borgeren selv.' });
  });
});

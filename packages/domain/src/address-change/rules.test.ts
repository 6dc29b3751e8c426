import { describe, expect, it } from 'vitest';
import {
  addressProblems,
  coMoverProblems,
  digitalPostOnMove,
  doctorChoiceProblems,
  lateReport,
  movingDateProblems,
  type AddressChangeAddressData,
  type CoMoverFacts,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('moving date: at most 4 weeks ahead', () => {
  it.each([
    ['today', '2026-12-07', []],
    ['4 weeks ahead', '2027-01-04', []],
    ['4 weeks and a day ahead', '2027-01-05', ['moving-date-too-far-ahead']],
    ['a month ago (late, not refused)', '2026-11-07', []],
  ])('%s (%s) → %j', (_name, movingDate, expected) => {
    expect(codes(movingDateProblems({ movingDate }, '2026-12-07'))).toEqual(expected);
  });

  it('says the last date in Danish', () => {
    expect(movingDateProblems({ movingDate: '2027-02-01' }, '2026-12-07')[0]?.da).toContain('4. januar 2027');
  });
});

describe('late reporting: within 5 days after the move, else the fine is told', () => {
  it.each([
    ['on the moving day', '2026-12-07', false, 0],
    ['5 days after', '2026-12-12', false, 0],
    ['6 days after', '2026-12-13', true, 1],
    ['a month after', '2027-01-07', true, 26],
  ])('%s → late %s, %i days', (_name, today, late, days) => {
    const report = lateReport('2026-12-07', today);
    expect(report.late).toBe(late);
    expect(report.daysLate).toBe(days);
    expect(report.fineKr).toBe(late ? 600 : 0);
  });

  it('tells the citizen about 600 kr and that the move still goes through', () => {
    const { da } = lateReport('2026-11-01', '2026-12-07');
    expect(da).toContain('600 kr');
    expect(da).toContain('registreres alligevel');
  });
});

describe('new address', () => {
  const address = { street: 'Bytoften 3', postcode: '3520', city: 'Farum' };
  const declaration = { hostName: 'Ole Hansen', hostLivesThere: true, seen: true };
  it.each<[string, AddressChangeAddressData, 'active' | 'emigrated' | 'no_fixed_address', string[]]>([
    ['a plain domestic move', { kind: 'domestic', ...address }, 'active', []],
    ['from no fixed address', { kind: 'domestic', ...address }, 'no_fixed_address', []],
    ['c/o with the declaration', { kind: 'domestic', ...address, careOf: 'Ole Hansen', hostDeclaration: declaration }, 'active', []],
    ['c/o without a declaration', { kind: 'domestic', ...address, careOf: 'Ole Hansen' }, 'active', ['host-declaration-missing']],
    [
      'c/o, declaration not seen',
      { kind: 'domestic', ...address, careOf: 'Ole Hansen', hostDeclaration: { ...declaration, seen: false } },
      'active',
      ['host-declaration-missing'],
    ],
    [
      'c/o, host does not live there',
      { kind: 'domestic', ...address, careOf: 'Ole Hansen', hostDeclaration: { ...declaration, hostLivesThere: false } },
      'active',
      ['host-not-living-there'],
    ],
    [
      'c/o, no host name',
      { kind: 'domestic', ...address, careOf: 'Ole Hansen', hostDeclaration: { ...declaration, hostName: ' ' } },
      'active',
      ['host-name-missing'],
    ],
    [
      'a declaration without c/o',
      { kind: 'domestic', ...address, hostDeclaration: declaration },
      'active',
      ['host-declaration-without-care-of'],
    ],
    ['bad postcode', { kind: 'domestic', ...address, postcode: '352' }, 'active', ['postcode-invalid']],
    ['no street', { kind: 'domestic', postcode: '3520', city: 'Farum' }, 'active', ['street-missing']],
    ['emigration', { kind: 'emigration', country: 'Sverige' }, 'active', []],
    ['emigration without a country', { kind: 'emigration' }, 'active', ['country-missing']],
    ['emigration with a Danish address', { kind: 'emigration', country: 'Sverige', ...address }, 'active', ['address-with-emigration']],
    ['return of an emigrated citizen', { kind: 'return', ...address }, 'emigrated', []],
    ['return of a resident', { kind: 'return', ...address }, 'active', ['not-emigrated']],
    ['domestic move of an emigrated citizen', { kind: 'domestic', ...address }, 'emigrated', ['citizen-emigrated']],
  ])('%s → %j', (_name, data, status, expected) => {
    expect(codes(addressProblems(data, status))).toEqual(expected);
  });
});

describe('co-movers', () => {
  const base: CoMoverFacts = { id: 'b', name: 'Bo', status: 'active', sameOldAddress: true, custodyHolderIds: [], alreadyMovingOn: false };
  it.each<[string, CoMoverFacts[], string[]]>([
    ['living at the old address', [base], []],
    ['not at the old address', [{ ...base, sameOldAddress: false }], ['co-mover-not-at-old-address']],
    ['a child in custody of the citizen, elsewhere', [{ ...base, sameOldAddress: false, custodyHolderIds: ['a'] }], []],
    [
      'a child in custody of another co-mover',
      [
        { ...base, id: 'c', name: 'Cia', sameOldAddress: false, custodyHolderIds: ['b'] },
        { ...base, id: 'b' },
      ],
      [],
    ],
    [
      'a child in custody of someone staying',
      [{ ...base, sameOldAddress: false, custodyHolderIds: ['z'] }],
      ['co-mover-not-at-old-address'],
    ],
    ['already moving elsewhere that day', [{ ...base, alreadyMovingOn: true }], ['co-mover-already-moving']],
    ['emigrated', [{ ...base, status: 'emigrated' }], ['co-mover-emigrated']],
    ['the citizen themself', [{ ...base, id: 'a' }], ['co-mover-is-citizen']],
  ])('%s → %j', (_name, coMovers, expected) => {
    expect(codes(coMoverProblems('a', coMovers))).toEqual(expected);
  });

  it('points at the co-mover by index', () => {
    expect(coMoverProblems('a', [base, { ...base, id: 'c', sameOldAddress: false }])[0]?.field).toBe('/coMovers/1');
  });
});

describe('doctor choice', () => {
  type Facts = Parameters<typeof doctorChoiceProblems>[1];
  const facts: Facts = { kind: 'domestic', keepAllowed: true, offeredDoctorIds: ['d1'] };
  it.each<[string, Parameters<typeof doctorChoiceProblems>[0], Partial<Facts>, string[]]>([
    ['keep, within reach', { choice: 'keep' }, {}, []],
    ['keep, out of reach', { choice: 'keep' }, { keepAllowed: false }, ['doctor-out-of-reach']],
    ['new, offered', { choice: 'new', doctorId: 'd1' }, {}, []],
    ['new, not offered', { choice: 'new', doctorId: 'd9' }, {}, ['doctor-not-offered']],
    ['new without a doctor', { choice: 'new' }, {}, ['doctor-missing']],
    ['new, no register to check against', { choice: 'new', doctorId: 'd9' }, { offeredDoctorIds: null }, []],
    ['choose later', { choice: 'choose_later' }, {}, []],
    ['choose later with a doctor', { choice: 'choose_later', doctorId: 'd1' }, {}, ['doctor-not-expected']],
    ['emigration, choose later', { choice: 'choose_later' }, { kind: 'emigration' }, []],
    ['emigration, keep', { choice: 'keep' }, { kind: 'emigration' }, ['no-doctor-abroad']],
  ])('%s → %j', (_name, data, override, expected) => {
    expect(codes(doctorChoiceProblems(data, { ...facts, ...override }))).toEqual(expected);
  });
});

describe('Digital Post on emigration and return', () => {
  it.each([
    ['domestic', null, 'none'],
    ['domestic', { lapsesOnReturn: false }, 'none'],
    ['emigration', null, 'duty_ends'],
    ['emigration', { lapsesOnReturn: false }, 'duty_ends'],
    ['return', { lapsesOnReturn: true }, 'emigration_exemption_lapses'],
    ['return', { lapsesOnReturn: false }, 'stays_exempt'],
    ['return', null, 'subject_again'],
  ] as const)('%s with exemption %j → %s', (kind, exemption, effect) => {
    expect(digitalPostOnMove(kind, exemption).effect).toBe(effect);
  });

  it('tells a returning citizen they are again subject to Digital Post', () => {
    expect(digitalPostOnMove('return', null).da).toContain('igen omfattet af Digital Post');
  });
});

import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.ts';
import { postcodeArea } from './postcodes.ts';
import {
  doctorChangeIsFree,
  doctorReachProblems,
  doctorReachKm,
  doctorsWithinReach,
  groupChangeAllowedFrom,
  groupChangeProblems,
  isCopenhagenArea,
} from './rules.ts';
import { doctorStepProblems, groupStepProblems } from './doctor-change.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('haversine distance', () => {
  it.each([
    ['the same point', { lat: 56.15, lon: 10.2 }, { lat: 56.15, lon: 10.2 }, 0, 0],
    ['one degree of latitude', { lat: 56, lon: 10 }, { lat: 57, lon: 10 }, 111.2, 0.1],
    ['Aarhus C to Vejle', { lat: 56.1567, lon: 10.2108 }, { lat: 55.709, lon: 9.536 }, 64.6, 1],
    ['Copenhagen K to Frederiksberg C', { lat: 55.68, lon: 12.585 }, { lat: 55.679, lon: 12.535 }, 3.1, 0.2],
  ])('%s', (_name, a, b, km, tolerance) => {
    expect(Math.abs(haversineKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});

describe('reach: 15 km, 5 km in the Copenhagen area (by municipality code)', () => {
  it.each([
    ['101', true, 5],
    ['147', true, 5],
    ['157', true, 5],
    ['173', true, 5],
    ['190', false, 15],
    ['751', false, 15],
    ['630', false, 15],
    ['760', false, 15],
  ])('municipality %s: Copenhagen area %s, %i km', (code, copenhagen, km) => {
    expect(isCopenhagenArea(code)).toBe(copenhagen);
    expect(doctorReachKm(code)).toBe(km);
  });
});

describe('doctors within reach', () => {
  const home = { lat: 56.1567, lon: 10.2108 }; // Aarhus C
  const at = (id: string, lat: number, lon: number, open = true) => ({ id, location: { lat, lon }, openForNewPatients: open });
  const doctors = [
    at('far', 56.4, 10.2), // about 27 km north
    at('near', 56.16, 10.21),
    at('closed', 56.157, 10.211, false),
    at('edge', 56.29, 10.2108), // about 14.8 km
  ];
  it('keeps open practices within 15 km, nearest first, with their distance', () => {
    const found = doctorsWithinReach(doctors, home, '751');
    expect(found.map((d) => d.id)).toEqual(['near', 'edge']);
    expect(found[0]!.distanceKm).toBeLessThan(1);
  });
  it('keeps only those within 5 km in the Copenhagen area', () => {
    expect(doctorsWithinReach(doctors, home, '101').map((d) => d.id)).toEqual(['near']);
  });
  it.each([
    ['an open practice nearby', at('x', 56.16, 10.21), '751', []],
    ['a closed practice', at('x', 56.16, 10.21, false), '751', ['doctor-closed']],
    ['a practice 27 km away', at('x', 56.4, 10.2), '751', ['doctor-out-of-reach']],
    ['a practice 14.8 km away in the Copenhagen area', at('x', 56.29, 10.2108), '101', ['doctor-out-of-reach']],
    ['closed and far', at('x', 56.4, 10.2, false), '751', ['doctor-closed', 'doctor-out-of-reach']],
  ])('%s', (_name, doctor, code, expected) => {
    expect(codes(doctorReachProblems(doctor, home, code))).toEqual(expected);
  });
});

describe('postcode areas', () => {
  it('knows the demo postcodes and their municipality', () => {
    expect(postcodeArea('8270')).toMatchObject({ city: 'Højbjerg', municipalityCode: '751' });
    expect(postcodeArea('7300')).toMatchObject({ city: 'Jelling', municipalityCode: '630' });
    expect(postcodeArea('0000')).toBeNull();
  });
});

describe('sygesikringsgruppe: at most one change in 12 months', () => {
  it.each([
    ['2025-12-07', '2026-12-07'],
    ['2024-02-29', '2025-02-28'],
    ['2026-01-31', '2027-01-31'],
  ])('changed %s → allowed from %s', (last, from) => {
    expect(groupChangeAllowedFrom(last)).toBe(from);
  });
  it.each([
    ['no change wanted', 1, 1, '2026-06-01', []],
    ['never changed before', 1, 2, null, []],
    ['changed 6 months ago', 1, 2, '2026-06-07', ['group-change-too-soon']],
    ['changed a day short of 12 months ago', 2, 1, '2025-12-08', ['group-change-too-soon']],
    ['changed exactly 12 months ago', 2, 1, '2025-12-07', []],
    ['changed two years ago', 1, 2, '2024-12-07', []],
  ] as const)('%s', (_name, current, wanted, last, expected) => {
    expect(codes(groupChangeProblems(current, wanted, last, '2026-12-07'))).toEqual(expected);
  });
});

describe('the fee of a change of doctor', () => {
  it.each([
    ['moving', true],
    ['wish', false],
    ['group_change', false],
  ] as const)('%s: free %s', (reason, free) => {
    expect(doctorChangeIsFree(reason)).toBe(free);
  });
});

describe('lægeskift steps', () => {
  it.each([
    ['a group change to the other group', 'group_change', 1, 2, []],
    ['a group change to the same group', 'group_change', 2, 2, ['group-unchanged']],
    ['a wish keeping the group', 'wish', 1, 1, []],
  ] as const)('%s', (_name, reason, current, wanted, expected) => {
    expect(codes(groupStepProblems(reason, current, wanted))).toEqual(expected);
  });
  it.each([
    ['group 1 with a new doctor', 1, { doctorId: 'b' }, { group: 1, doctorId: 'a' }, []],
    ['group 1 without a doctor', 1, {}, { group: 1, doctorId: 'a' }, ['doctor-required']],
    ['group 1 with the same doctor', 1, { doctorId: 'a' }, { group: 1, doctorId: 'a' }, ['same-doctor']],
    ['back to group 1 with the last doctor', 1, { doctorId: 'a' }, { group: 2, doctorId: 'a' }, []],
    ['group 2 with no doctor', 2, {}, { group: 1, doctorId: 'a' }, []],
    ['group 2 with a doctor', 2, { doctorId: 'b' }, { group: 1, doctorId: 'a' }, ['no-doctor-in-group-2']],
  ] as const)('%s', (_name, group, data, current, expected) => {
    expect(codes(doctorStepProblems(group, data, current))).toEqual(expected);
  });
});

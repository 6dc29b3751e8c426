import { describe, expect, it } from 'vitest';
import { DIGITAL_POST_GROUND_TEXT, DIGITAL_POST_GROUNDS, type ApplicantType, type PersonStatus } from './codes.ts';
import {
  decideExemption,
  declarationProblems,
  exemptionState,
  identificationProblems,
  isExemptionInForce,
  requiredDocuments,
  type IdentificationData,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('requiredDocuments', () => {
  it.each([
    ['in_person', ['id']],
    ['power_of_attorney', ['id', 'power_of_attorney']],
    ['guardian', ['guardianship_certificate']],
  ] as const)('%s needs %j', (type, docs) => {
    expect(requiredDocuments(type)).toEqual(docs);
  });
});

describe('identificationProblems', () => {
  const table: Array<[ApplicantType, IdentificationData, string[]]> = [
    ['in_person', { idDocument: 'sundhedskort' }, []],
    ['in_person', { idDocument: 'koerekort' }, []],
    ['in_person', { idDocument: 'pas' }, []],
    ['in_person', {}, ['id-required']],
    ['in_person', { powerOfAttorneySigned: true }, ['id-required']],
    ['power_of_attorney', { idDocument: 'pas', powerOfAttorneySigned: true }, []],
    ['power_of_attorney', { idDocument: 'pas' }, ['power-of-attorney-required']],
    ['power_of_attorney', { idDocument: 'pas', powerOfAttorneySigned: false }, ['power-of-attorney-required']],
    ['power_of_attorney', { powerOfAttorneySigned: true }, ['id-required']],
    ['power_of_attorney', {}, ['id-required', 'power-of-attorney-required']],
    ['guardian', { guardianshipCertificateShown: true }, []],
    ['guardian', { guardianshipCertificateShown: true, idDocument: 'pas' }, []],
    ['guardian', { idDocument: 'pas' }, ['guardianship-certificate-required']],
  ];
  it.each(table)('%s with %j → %j', (type, identification, expected) => {
    expect(codes(identificationProblems(type, identification))).toEqual(expected);
  });

  it('explains a missing fuldmagt in Danish, naming the form', () => {
    const [problem] = identificationProblems('power_of_attorney', { idDocument: 'pas' });
    expect(problem?.da).toContain('Fuldmagten (blanket FD 001F) skal være underskrevet');
    expect(problem?.field).toBe('/powerOfAttorneySigned');
  });
});

describe('declarationProblems: grounds are optional', () => {
  const table: Array<[string, Parameters<typeof declarationProblems>[0], PersonStatus, string[]]> = [
    ['signed, no grounds', { declarationSigned: true }, 'active', []],
    ['signed, empty grounds', { declarationSigned: true, grounds: [] }, 'active', []],
    ['signed, one ground', { declarationSigned: true, grounds: ['language_barriers'] }, 'active', []],
    ['signed, several grounds', { declarationSigned: true, grounds: ['no_broadband', 'functional_impairment'] }, 'active', []],
    ['not signed', { declarationSigned: false }, 'active', ['declaration-not-signed']],
    ['emigration ground, registered emigrated', { declarationSigned: true, grounds: ['emigrated'] }, 'emigrated', []],
    ['emigration ground, not emigrated', { declarationSigned: true, grounds: ['emigrated'] }, 'active', ['not-registered-emigrated']],
    ['homeless ground, no fixed address', { declarationSigned: true, grounds: ['no_fixed_address'] }, 'no_fixed_address', []],
  ];
  it.each(table)('%s', (_name, declaration, status, expected) => {
    expect(codes(declarationProblems(declaration, status))).toEqual(expected);
  });

  it('lists the seven grounds of domain.md §1, each with Danish wording', () => {
    expect(DIGITAL_POST_GROUNDS).toHaveLength(7);
    for (const ground of DIGITAL_POST_GROUNDS) expect(DIGITAL_POST_GROUND_TEXT[ground].da).toMatch(/\S/);
  });
});

describe('decideExemption', () => {
  const inPerson = {
    applicant: { applicantType: 'in_person' as const },
    identification: { idDocument: 'sundhedskort' as const },
    declaration: { declarationSigned: true },
  };
  it.each([
    [
      'in person, no grounds',
      { ...inPerson, personStatus: 'active' as const },
      { applicantType: 'in_person', grounds: null, lapsesOnReturn: false },
    ],
    [
      'in person, grounds stated (duplicates removed)',
      {
        ...inPerson,
        declaration: { declarationSigned: true, grounds: ['language_barriers' as const, 'language_barriers' as const] },
        personStatus: 'active' as const,
      },
      { applicantType: 'in_person', grounds: ['language_barriers'], lapsesOnReturn: false },
    ],
    [
      'emigrated: always granted, lapses on return',
      { ...inPerson, personStatus: 'emigrated' as const },
      { applicantType: 'in_person', grounds: null, lapsesOnReturn: true },
    ],
    [
      'guardian',
      {
        applicant: { applicantType: 'guardian' as const, representativeName: 'Jens Værge' },
        identification: { guardianshipCertificateShown: true },
        declaration: { declarationSigned: true },
        personStatus: 'no_fixed_address' as const,
      },
      { applicantType: 'guardian', grounds: null, lapsesOnReturn: false },
    ],
  ])('%s → granted', (_name, application, grant) => {
    expect(decideExemption(application)).toEqual({ ok: true, grant });
  });

  it.each([
    ['nothing filled in', { personStatus: 'active' as const }, ['step-missing', 'step-missing', 'step-missing']],
    [
      'fuldmagt without the form or a name',
      {
        applicant: { applicantType: 'power_of_attorney' as const },
        identification: { idDocument: 'pas' as const },
        declaration: { declarationSigned: true },
        personStatus: 'active' as const,
      },
      ['representative-name-required', 'power-of-attorney-required'],
    ],
    [
      'unsigned declaration',
      { ...inPerson, declaration: { declarationSigned: false }, personStatus: 'active' as const },
      ['declaration-not-signed'],
    ],
  ])('%s → refused with %j', (_name, application, expected) => {
    const result = decideExemption(application);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(codes(result.problems)).toEqual(expected);
  });

  it('points each problem at its step', () => {
    const result = decideExemption({ ...inPerson, identification: {}, personStatus: 'active' });
    expect(result).toMatchObject({ ok: false, problems: [{ field: '/identification/idDocument', code: 'id-required' }] });
  });
});

describe('exemptionState: lasts for life, except emigration lapses on return', () => {
  it.each([
    [{ revoked: false, lapsesOnReturn: false }, 'active', 'active'],
    [{ revoked: false, lapsesOnReturn: false }, 'emigrated', 'active'],
    [{ revoked: false, lapsesOnReturn: false }, 'no_fixed_address', 'active'],
    [{ revoked: true, lapsesOnReturn: false }, 'active', 'revoked'],
    [{ revoked: false, lapsesOnReturn: true }, 'emigrated', 'active'],
    [{ revoked: false, lapsesOnReturn: true }, 'active', 'lapsed'],
    [{ revoked: false, lapsesOnReturn: true }, 'no_fixed_address', 'lapsed'],
    [{ revoked: true, lapsesOnReturn: true }, 'emigrated', 'revoked'],
  ] as const)('%j while %s → %s', (exemption, status, expected) => {
    expect(exemptionState(exemption, status)).toBe(expected);
    expect(isExemptionInForce(exemption, status)).toBe(expected === 'active');
  });
});

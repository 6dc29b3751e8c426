import { describe, expect, it } from 'vitest';
import { DEFAULT_MITID_RULE_VALUES, MITID_REFUSAL_REASONS, MITID_REFUSAL_TEXT, type MitIdDocumentKind } from './codes.ts';
import {
  addCivilDays,
  assessDocuments,
  assessMitId,
  birthdayAt,
  civilDaysBetween,
  mitidTooYoungUntil,
  witnessActsInWindow,
  witnessProblems,
  type MitIdApplication,
  type MitIdDocument,
  type WitnessFacts,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);
const doc = (kind: MitIdDocumentKind, showsCpr = false, temporary = false): MitIdDocument => ({ kind, showsCpr, temporary });

describe('assessDocuments: the accepted combinations', () => {
  it.each([
    ['Danish passport showing CPR', [doc('dk_passport', true)], 'danish_photo_id', []],
    ['Danish driving licence', [doc('dk_driving_licence', true)], 'danish_photo_id', []],
    ['Danish residence permit with photo', [doc('dk_residence_permit', true)], 'danish_photo_id', []],
    ['Danish passport without CPR, with sundhedskort', [doc('dk_passport'), doc('sundhedskort', true)], 'danish_photo_id', []],
    ['foreign passport + sundhedskort', [doc('foreign_passport'), doc('sundhedskort', true)], 'foreign_id_with_supplement', []],
    ['foreign ID card + bopælsattest', [doc('foreign_id_card'), doc('bopaelsattest', true)], 'foreign_id_with_supplement', []],
    ['sundhedskort + dåbsattest', [doc('sundhedskort', true), doc('birth_certificate')], 'two_secondary', []],
    ['bopælsattest + årsopgørelse', [doc('bopaelsattest', true), doc('tax_statement')], 'two_secondary', []],
    [
      'a temporary document beside an accepted one is noted, not counted',
      [doc('dk_passport', true), doc('sundhedskort', true, true)],
      'danish_photo_id',
      ['temporary-document'],
    ],
  ] as const)('%s → %s', (_name, documents, combination, problems) => {
    const result = assessDocuments(documents);
    expect(result.combination).toBe(combination);
    expect(codes(result.problems)).toEqual(problems);
  });

  it.each([
    ['nothing', [], ['no-documents']],
    ['only a temporary licence', [doc('dk_driving_licence', true, true)], ['temporary-document', 'no-documents']],
    ['foreign passport alone', [doc('foreign_passport', true)], ['foreign-id-needs-supplement']],
    [
      'foreign passport + dåbsattest (not a supplement)',
      [doc('foreign_passport', true), doc('birth_certificate')],
      ['foreign-id-needs-supplement'],
    ],
    [
      'foreign passport + temporary sundhedskort',
      [doc('foreign_passport', true), doc('sundhedskort', true, true)],
      ['temporary-document', 'foreign-id-needs-supplement'],
    ],
    ['one secondary document', [doc('sundhedskort', true)], ['one-secondary-not-enough']],
    ['the same secondary document twice', [doc('sundhedskort', true), doc('sundhedskort', true)], ['one-secondary-not-enough']],
    ['Danish passport, nothing shows the CPR', [doc('dk_passport')], ['no-cpr-shown']],
    [
      'two secondary, only the temporary one shows the CPR',
      [doc('birth_certificate'), doc('tax_statement'), doc('sundhedskort', true, true)],
      ['temporary-document', 'no-cpr-shown'],
    ],
  ] as const)('%s → refused %j', (_name, documents, problems) => {
    const result = assessDocuments(documents);
    expect(result.combination).toBeNull();
    expect(codes(result.problems)).toEqual(problems);
  });
});

describe('age: MitID from the 13th birthday', () => {
  it.each([
    ['2013-11-22', '2026-11-21', '2026-11-22'],
    ['2013-11-22', '2026-11-22', null],
    ['2013-11-22', '2026-11-23', null],
    ['2000-01-01', '2026-11-22', null],
    ['2016-02-29', '2029-02-28', '2029-03-01'],
    ['2016-02-29', '2029-03-01', null],
    ['2020-05-05', '2026-11-22', '2033-05-05'],
  ] as const)('born %s, on %s → too young until %s', (birth, today, until) => {
    expect(mitidTooYoungUntil(birth, today)).toBe(until);
  });
  it('birthdayAt keeps an ordinary date and moves 29 February to 1 March', () => {
    expect(birthdayAt('2012-02-29', 13)).toBe('2025-03-01');
    expect(birthdayAt('2012-02-29', 12)).toBe('2024-02-29');
  });
});

describe('witness acts in the 120-day window', () => {
  const today = '2026-11-22';
  it.each([
    ['today', 0, 1],
    ['119 days ago (first day of the window)', 119, 1],
    ['120 days ago (just outside)', 120, 0],
    ['tomorrow (not yet)', -1, 0],
  ] as const)('an act %s counts %i', (_name, ago, expected) => {
    expect(witnessActsInWindow([addCivilDays(today, -ago)], today, 120)).toBe(expected);
  });
  it('counts every act inside the window, with a configurable length', () => {
    const acts = ['2026-07-26', '2026-07-25', '2026-10-01', '2026-11-22'];
    expect(civilDaysBetween('2026-07-26', today)).toBe(119);
    expect(witnessActsInWindow(acts, today, 120)).toBe(3);
    expect(witnessActsInWindow(acts, today, 60)).toBe(2);
  });
});

describe('witnessProblems', () => {
  const today = '2026-11-22';
  const ok: WitnessFacts = {
    birthDate: '1980-01-01',
    isApplicant: false,
    mitidHolderSince: '2024-01-01',
    photoIdShown: true,
    mitidConfirmed: true,
    actsInWindow: 0,
  };
  it.each([
    ['an eligible witness', {}, []],
    ['18 today', { birthDate: '2008-11-22' }, []],
    ['18 tomorrow', { birthDate: '2008-11-23' }, ['witness-under-18']],
    ['MitID for 31 days', { mitidHolderSince: addCivilDays(today, -31) }, []],
    ['MitID for exactly 30 days', { mitidHolderSince: addCivilDays(today, -30) }, ['witness-mitid-too-new']],
    ['no MitID', { mitidHolderSince: null }, ['witness-no-mitid']],
    ['2 acts in the window', { actsInWindow: 2 }, []],
    ['3 acts in the window', { actsInWindow: 3 }, ['witness-limit-reached']],
    [
      'no photo ID, no MitID confirmation',
      { photoIdShown: false, mitidConfirmed: false },
      ['witness-photo-id-required', 'witness-mitid-required'],
    ],
    ['the applicant', { isApplicant: true }, ['witness-is-applicant']],
  ] as const)('%s → %j', (_name, change, expected) => {
    expect(codes(witnessProblems({ ...ok, ...change }, today, DEFAULT_MITID_RULE_VALUES))).toEqual(expected);
  });
  it.each([
    [10, 11, []],
    [10, 10, ['witness-mitid-too-new']],
  ] as const)('configured minimum of %i days, held %i days → %j', (min, held, expected) => {
    const rules = { ...DEFAULT_MITID_RULE_VALUES, witnessMinMitidDays: min };
    expect(codes(witnessProblems({ ...ok, mitidHolderSince: addCivilDays(today, -held) }, today, rules))).toEqual(expected);
  });
  it('a configured maximum of 5 acts', () => {
    const rules = { ...DEFAULT_MITID_RULE_VALUES, witnessMaxActs: 5 };
    expect(codes(witnessProblems({ ...ok, actsInWindow: 4 }, today, rules))).toEqual([]);
    expect(codes(witnessProblems({ ...ok, actsInWindow: 5 }, today, rules))).toEqual(['witness-limit-reached']);
  });
});

describe('assessMitId', () => {
  const full: MitIdApplication = {
    applicant: { applicantType: 'in_person', canUseMitIdAlone: true },
    documents: { documents: [doc('dk_passport', true)] },
    verification: { method: 'control_questions', controlQuestionsPassed: true },
    authenticator: { authenticator: 'app' },
  };
  const witness = {
    method: 'witness' as const,
    witnessPersonId: 'w',
    witnessName: 'W',
    witnessPhotoIdShown: true,
    witnessMitIdConfirmed: true,
  };

  it.each([
    [
      'Danish passport, control questions, app',
      full,
      { outcome: 'issue', authenticator: 'app', combination: 'danish_photo_id', method: 'control_questions' },
    ],
    [
      'foreign passport + sundhedskort, witness, kodeviser',
      {
        ...full,
        documents: { documents: [doc('foreign_passport'), doc('sundhedskort', true)] },
        verification: witness,
        authenticator: { authenticator: 'kodeviser' as const },
      },
      { outcome: 'issue', authenticator: 'kodeviser', combination: 'foreign_id_with_supplement', method: 'witness' },
    ],
  ])('%s → issue', (_name, app, expected) => {
    expect(assessMitId(app)).toEqual(expected);
  });

  it.each([
    [
      'fuldmagt: refused on the first step alone',
      { applicant: { applicantType: 'power_of_attorney' as const, representativeName: 'X', canUseMitIdAlone: true } },
      ['representative'],
    ],
    [
      'værge who cannot use it alone',
      { applicant: { applicantType: 'guardian' as const, representativeName: 'X', canUseMitIdAlone: false } },
      ['representative', 'cannot_use_alone'],
    ],
    [
      'cannot use MitID alone',
      { ...full, applicant: { applicantType: 'in_person' as const, canUseMitIdAlone: false } },
      ['cannot_use_alone'],
    ],
    [
      'insufficient documents',
      { applicant: full.applicant, documents: { documents: [doc('sundhedskort', true)] } },
      ['documents_insufficient'],
    ],
    [
      'staff doubt despite a passport',
      { applicant: full.applicant, documents: { documents: [doc('dk_passport', true)], identityDoubt: 'Billedet ligner ikke' } },
      ['identity_uncertain'],
    ],
    [
      'control questions failed',
      { ...full, verification: { method: 'control_questions' as const, controlQuestionsPassed: false }, authenticator: undefined },
      ['identity_uncertain'],
    ],
  ])('%s → refuse %j', (_name, app, reasons) => {
    expect(assessMitId(app)).toEqual({ outcome: 'refuse', reasons });
  });

  it.each([
    ['nothing saved', {}, ['/applicant', '/documents', '/verification', '/authenticator']],
    ['all but the authenticator', { ...full, authenticator: undefined }, ['/authenticator']],
  ])('%s → incomplete %j', (_name, app, fields) => {
    const result = assessMitId(app);
    expect(result.outcome).toBe('incomplete');
    if (result.outcome === 'incomplete') expect(result.problems.map((p) => p.field)).toEqual(fields);
  });

  it('every refusal reason has a Danish begrundelse', () => {
    for (const reason of MITID_REFUSAL_REASONS) expect(MITID_REFUSAL_TEXT[reason].da.length).toBeGreaterThan(40);
  });
});

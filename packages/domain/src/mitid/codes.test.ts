import { describe, expect, it } from 'vitest';
import { MITID_DOCUMENT_KINDS, showsCprByDefault } from './codes.ts';
import { assessDocuments } from './rules.ts';

describe('showsCprByDefault: documents that always show the CPR number start ticked', () => {
  it.each([
    ['dk_passport', true],
    ['dk_driving_licence', true],
    ['sundhedskort', true],
    ['dk_residence_permit', false],
    ['foreign_passport', false],
    ['foreign_id_card', false],
    ['birth_certificate', false],
    ['bopaelsattest', false],
    ['tax_statement', false],
  ] as const)('%s → %s', (kind, expected) => {
    expect(showsCprByDefault(kind)).toBe(expected);
  });

  it('covers every document kind', () => {
    expect(MITID_DOCUMENT_KINDS.filter((k) => showsCprByDefault(k))).toEqual(['dk_passport', 'dk_driving_licence', 'sundhedskort']);
  });

  it('so a Danish passport chosen with its default is accepted on its own', () => {
    expect(assessDocuments([{ kind: 'dk_passport', showsCpr: showsCprByDefault('dk_passport'), temporary: false }])).toMatchObject({
      combination: 'danish_photo_id',
      problems: [],
    });
  });
});

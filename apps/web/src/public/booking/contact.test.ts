import { describe, expect, it } from 'vitest';
import { birthDateOf, checkContact, EMPTY_CONTACT, normalisePhone } from './contact.ts';

const TODAY = '2026-12-07';

describe('contact details on the public booking page', () => {
  it.each([
    ['20 12 34 56', '+4520123456'],
    ['+45 20123456', '+4520123456'],
    ['0045-2012-3456', '+4520123456'],
    ['2012345', null],
    ['+46 20123456', null],
  ])('phone %s → %s', (typed, expected) => {
    expect(normalisePhone(typed)).toBe(expected);
  });

  it.each([
    ['24', '3', '1987', '1987-03-24'],
    ['29', '2', '2024', '2024-02-29'],
    ['29', '2', '2023', null],
    ['7', '12', '2026', '2026-12-07'],
    ['8', '12', '2026', null],
    ['1', '1', '1899', null],
    ['x', '1', '1990', null],
  ])('birth date %s-%s-%s → %s', (day, month, year, expected) => {
    expect(birthDateOf(day, month, year, TODAY)).toBe(expected);
  });

  it('asks for a name and a phone or an e-mail; the birth date is optional but must be real', () => {
    expect(checkContact(EMPTY_CONTACT, TODAY)).toEqual({
      problems: [
        ['name', 'nameMissing'],
        ['phone', 'reachMissing'],
      ],
    });
    expect(checkContact({ ...EMPTY_CONTACT, name: ' Mette ', email: 'mette@example.dk' }, TODAY)).toEqual({
      contact: { name: 'Mette', email: 'mette@example.dk' },
    });
    expect(checkContact({ ...EMPTY_CONTACT, name: 'Mette', email: 'mette@', birthYear: '1990' }, TODAY)).toEqual({
      problems: [
        ['email', 'emailInvalid'],
        ['birthDate', 'birthDateInvalid'],
      ],
    });
  });
});

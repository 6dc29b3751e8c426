import { describe, expect, it } from 'vitest';
import { firstNameMatches, normaliseDanishPhone, validateBookingContact, type ContactProblem } from './contact.ts';

describe('normaliseDanishPhone', () => {
  it.each<[string, string | null]>([
    ['12 34 56 78', '+4512345678'],
    ['+45 12345678', '+4512345678'],
    ['004512345678', '+4512345678'],
    ['22 34 56 78', '+4522345678'],
    ['22345678', '+4522345678'],
    ['+45 22345678', '+4522345678'],
    ['+4522345678', '+4522345678'],
    ['004522345678', '+4522345678'],
    ['0045 22 34 56 78', '+4522345678'],
    ['4522345678', '+4522345678'],
    ['(+45) 22-34-56-78', '+4522345678'],
    ['22.34.56.78', '+4522345678'],
    ['  99 99 99 99  ', '+4599999999'],
    ['02345678', null],
    ['2234567', null],
    ['223456789', null],
    ['+46 22345678', null], // Sweden
    ['+45 2234 567', null],
    ['45 2234567', null],
    ['phone', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(normaliseDanishPhone(input)).toBe(expected);
  });
});

const TODAY = '2026-12-07';
const fields = (problems: ContactProblem[]) => problems.map((p) => p.field);

describe('validateBookingContact', () => {
  it.each<[string, Parameters<typeof validateBookingContact>[0], string[]]>([
    ['name and phone', { name: 'Søren Hansen', phone: '22 34 56 78' }, []],
    ['name and e-mail', { name: 'Søren', email: 'soren@example.dk' }, []],
    ['both, and a birth date', { name: 'Ida', phone: '+4522345678', email: 'ida@example.dk', birthDate: '1990-05-17' }, []],
    ['birth date today (a newborn)', { name: 'Baby', phone: '22345678', birthDate: TODAY }, []],
    ['birth date exactly 130 years back', { name: 'Old', phone: '22345678', birthDate: '1896-12-07' }, []],
    ['blank optional fields are fine', { name: 'Ida', phone: '22345678', email: ' ', birthDate: '' }, []],
    ['nulls are fine', { name: 'Ida', phone: null, email: 'ida@example.dk', birthDate: null }, []],
    ['a name of 100 characters', { name: 'Å'.repeat(100), phone: '22345678' }, []],
    ['empty name', { name: '   ', phone: '22345678' }, ['name']],
    ['a name of 101 characters', { name: 'a'.repeat(101), phone: '22345678' }, ['name']],
    ['no phone and no e-mail', { name: 'Ida' }, ['contact']],
    ['blank phone and e-mail', { name: 'Ida', phone: ' ', email: '' }, ['contact']],
    ['a foreign phone', { name: 'Ida', phone: '+46 701234567' }, ['phone']],
    ['an e-mail without a domain', { name: 'Ida', email: 'ida@' }, ['email']],
    ['an e-mail without a dot', { name: 'Ida', email: 'ida@localhost' }, ['email']],
    ['an e-mail with a space', { name: 'Ida', email: 'ida hansen@example.dk' }, ['email']],
    ['an e-mail too long', { name: 'Ida', email: `${'a'.repeat(250)}@x.dk` }, ['email']],
    ['a bad phone and a good e-mail', { name: 'Ida', phone: '123', email: 'ida@example.dk' }, ['phone']],
    ['a birth date not a date', { name: 'Ida', phone: '22345678', birthDate: '17-05-1990' }, ['birthDate']],
    ['a birth date that does not exist', { name: 'Ida', phone: '22345678', birthDate: '1990-02-30' }, ['birthDate']],
    ['a birth date tomorrow', { name: 'Ida', phone: '22345678', birthDate: '2026-12-08' }, ['birthDate']],
    ['a birth date 130 years and a day back', { name: 'Ida', phone: '22345678', birthDate: '1896-12-06' }, ['birthDate']],
    ['everything wrong', { name: '', phone: 'x', email: 'y', birthDate: 'z' }, ['name', 'phone', 'email', 'birthDate']],
    ['nothing at all', { name: '' }, ['name', 'contact']],
  ])('%s', (_label, input, expected) => {
    expect(fields(validateBookingContact(input, TODAY))).toEqual(expected);
  });

  it('gives the message in Danish and English', () => {
    expect(validateBookingContact({ name: 'Ida' }, TODAY)).toEqual([
      {
        field: 'contact',
        messageDa: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan sende dig din tid.',
        messageEn: 'Enter a phone number or an e-mail address so that we can send you your time.',
      },
    ]);
  });

  it('on 29 February, 130 years back is 28 February or later', () => {
    expect(fields(validateBookingContact({ name: 'Ida', phone: '22345678', birthDate: '1898-03-01' }, '2028-02-29'))).toEqual([]);
    expect(fields(validateBookingContact({ name: 'Ida', phone: '22345678', birthDate: '1898-02-28' }, '2028-02-29'))).toEqual([
      'birthDate',
    ]);
  });

  it('refuses an unreadable today', () => {
    expect(() => validateBookingContact({ name: 'Ida', phone: '22345678' }, '07-12-2026')).toThrow(RangeError);
  });
});

describe('firstNameMatches', () => {
  it.each<[string, string, boolean]>([
    ['Søren Hansen', 'Søren', true],
    ['Søren Hansen', 'søren', true],
    ['Søren Hansen', '  SØREN ', true],
    ['Søren Hansen', 'Soren', true], // decided: an English keyboard drops the stroke
    ['Søren Hansen', 'Soeren', true], // and the official spelling without ø
    ['Soeren Hansen', 'Søren', true],
    ['Åse Jensen', 'Aase', true],
    ['Åse Jensen', 'Ase', true],
    ['Ærø Larsen', 'Aeroe', true],
    ['José García', 'Jose', true],
    ['Zoë Müller', 'zoe', true],
    ['Anne-Marie Holm', 'Anne', true],
    ['Anne-Marie Holm', 'Anne-Marie', true],
    ['Anne Marie Holm', 'Anne-Marie', true],
    ['Søren Hansen', 'Søren Hansen', true],
    ['Søren Hansen', 'Hansen', false],
    ['Søren Hansen', 'Sør', false],
    ['Anna Berg', 'Ann', false],
    ['Soren Hansen', 'Soeren', false], // neither has ø: two different names
    ['Aase Jensen', 'Ase', false],
    ['Søren Hansen', '', false],
    ['', 'Søren', false],
    ['   ', '   ', false],
  ])('%j and %j: %s', (booked, typed, expected) => {
    expect(firstNameMatches(booked, typed)).toBe(expected);
  });
});

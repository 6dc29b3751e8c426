import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit.service.ts';

describe('auditChanges', () => {
  it.each([
    ['no before or after', { purposeText: 'x' }, []],
    [
      'a change of role and locations',
      { before: { name: 'Ida', role: 'counter', locationIds: ['a'] }, after: { name: 'Ida', role: 'lead', locationIds: ['a', 'b'] } },
      [
        { field: 'role', from: 'counter', to: 'lead' },
        { field: 'locationIds', from: 'a', to: 'a, b' },
      ],
    ],
    [
      'a creation',
      { after: { username: 'ida', disabled: false } },
      [
        { field: 'username', from: null, to: 'ida' },
        { field: 'disabled', from: null, to: 'false' },
      ],
    ],
    ['a deletion to null', { before: { targetMinutes: 15 }, after: null }, [{ field: 'targetMinutes', from: '15', to: null }]],
    ['nothing changed', { before: { role: 'lead' }, after: { role: 'lead' } }, []],
    ['a CPR-shaped value, masked', { after: { note: 'ring 0509860114' } }, [{ field: 'note', from: null, to: 'ring [CPR]' }]],
  ] as const)('%s', (_name, details, expected) => {
    expect(auditChanges(details as Record<string, unknown>)).toEqual(expected);
  });
});

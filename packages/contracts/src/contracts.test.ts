import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { CreateUserBody, LoginBody, UpdateUserBody } from './index.ts';

describe('request contracts', () => {
  it.each([
    [LoginBody, { username: 'anna', password: 'x' }, true],
    [LoginBody, { username: 'anna', password: 'x', admin: true }, false],
    [LoginBody, { username: '', password: 'x' }, false],
    [LoginBody, { username: 'anna' }, false],
    [CreateUserBody, { username: 'jens', name: 'Jens', role: 'counter', password: 'tolv-tegn-ok', locationIds: [] }, true],
    [CreateUserBody, { username: 'Jens Møller', name: 'Jens', role: 'counter', password: 'tolv-tegn-ok', locationIds: [] }, false],
    [CreateUserBody, { username: 'jens', name: 'Jens', role: 'counter', password: 'kort', locationIds: [] }, false],
    [CreateUserBody, { username: 'jens', name: 'Jens', role: 'boss', password: 'tolv-tegn-ok', locationIds: [] }, false],
    [UpdateUserBody, {}, false],
    [UpdateUserBody, { disabled: true }, true],
    [UpdateUserBody, { disabled: true, password: 'x' }, false],
  ] as const)('%#: %j → %s', (schema, value, valid) => {
    expect(Value.Check(schema, value)).toBe(valid);
  });
});

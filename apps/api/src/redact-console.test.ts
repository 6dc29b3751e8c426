import { describe, expect, it } from 'vitest';
import { redactConsole } from './redact-console.ts';

function fakeConsole() {
  const lines: string[] = [];
  const write = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, target: { log: write, info: write, warn: write, error: write, debug: write, trace: write } };
}

describe('redactConsole', () => {
  it.each([
    ['log', ['[skranke] looked up 010190-1234'], '[skranke] looked up [CPR]'],
    ['warn', ['url %s', '/x?cpr=010190%2D1234'], 'url /x?cpr=[CPR]'],
    ['error', [new Error('value 0101901234 refused')], 'Error: value [CPR] refused'],
    ['info', [{ cpr: '010190 1234' }], "{ cpr: '[CPR]' }"],
    ['debug', ['no cpr here 12345'], 'no cpr here 12345'],
  ] as const)('console.%s masks CPR-shaped values', (method, args, expected) => {
    const { lines, target } = fakeConsole();
    redactConsole(target);
    (target[method] as (...a: unknown[]) => void)(...args);
    expect(lines[0]!.split('\n')[0]).toBe(expected);
  });

  it('wraps only once', () => {
    const { lines, target } = fakeConsole();
    redactConsole(target);
    redactConsole(target);
    target.log('010190-1234');
    expect(lines).toEqual(['[CPR]']);
  });
});

import { describe, expect, it } from 'vitest';
import { redactCprShaped } from './redact.ts';

describe('redactCprShaped', () => {
  it.each([
    ['cpr 010190-1234 here', 'cpr [CPR] here'],
    ['0101901234', '[CPR]'],
    ['{"cpr":"010190 1234"}', '{"cpr":"[CPR]"}'],
    ['/api/x?c=2512894321&d=1', '/api/x?c=[CPR]&d=1'],
    ['a 12345678901 b', 'a 12345678901 b'],
    ['phone 12345678', 'phone 12345678'],
    ['ticket P014 at 2026-11-22', 'ticket P014 at 2026-11-22'],
    ['two 010190-1234,020290-5678', 'two [CPR],[CPR]'],
    ['uuid 6f1d010d-90ec-4b84-aa64-2439882454e8', 'uuid 6f1d010d-90ec-4b84-aa64-2439882454e8'],
    ['uuid ab123456-7890-4abc-8def-0123456789ab', 'uuid ab123456-7890-4abc-8def-0123456789ab'],
    ['"reqId":"c0a80101-0000-4000-8000-000000000751"', '"reqId":"c0a80101-0000-4000-8000-000000000751"'],
    ['cpr=0101901234&x', 'cpr=[CPR]&x'],
    ['_0101901234_', '_[CPR]_'],
    // Every spelling a URL, a form or a copy-paste gives the separator.
    ['/api/x?cpr=010190%2D1234', '/api/x?cpr=[CPR]'],
    ['/api/x?cpr=010190%2d1234', '/api/x?cpr=[CPR]'],
    ['/api/x?cpr=010190%201234', '/api/x?cpr=[CPR]'],
    ['/api/x?cpr=010190+1234', '/api/x?cpr=[CPR]'],
    ['/api/x?cpr=010190%2B1234', '/api/x?cpr=[CPR]'],
    ['cpr 010190\u20131234', 'cpr [CPR]'],
    ['cpr 010190\u22121234', 'cpr [CPR]'],
    ['/api/x?cpr=010190%E2%80%931234', '/api/x?cpr=[CPR]'],
    ['cpr 010190.1234', 'cpr [CPR]'],
    ['/api/citizens/010190/1234', '/api/citizens/[CPR]'],
    ['/api/x?cpr=010190%2F1234', '/api/x?cpr=[CPR]'],
    ['cpr 010190_1234', 'cpr [CPR]'],
    ['cpr 010190\u00a01234', 'cpr [CPR]'],
    // Letters next to the digits do not hide them.
    ['cpr0101901234', 'cpr[CPR]'],
    ['0101901234abc', '[CPR]abc'],
    ['x=a010190-1234b', 'x=a[CPR]b'],
    // Longer digit runs are not CPR numbers; uuids stay whole.
    ['"time":1765049901234', '"time":1765049901234'],
    ['id 00000000-0000-4000-8000-010190123400', 'id 00000000-0000-4000-8000-010190123400'],
  ])('%s', (input, expected) => {
    expect(redactCprShaped(input)).toBe(expected);
  });
});

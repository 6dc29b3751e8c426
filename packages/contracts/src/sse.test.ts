import { describe, expect, it } from 'vitest';
import { createSseParser, type SseFrame } from './sse.ts';

describe('createSseParser', () => {
  it.each([
    ['one frame', ['id: 1\ndata: {"a":1}\n\n'], [{ id: '1', data: '{"a":1}' }]],
    ['split across chunks', ['id: 2\nda', 'ta: x\n', '\n'], [{ id: '2', data: 'x' }]],
    ['heartbeat comments are skipped', [': heartbeat\n\nretry: 2000\n\nid: 3\ndata: y\n\n'], [{ id: '3', data: 'y' }]],
    ['CRLF line ends', ['id: 4\r\ndata: z\r\n\r\n'], [{ id: '4', data: 'z' }]],
    ['multi-line data', ['data: a\ndata: b\n\n'], [{ data: 'a\nb' }]],
    ['incomplete frame waits', ['id: 5\ndata: w\n'], []],
  ])('%s', (_name, chunks, expected) => {
    const frames: SseFrame[] = [];
    const feed = createSseParser((f) => frames.push(f));
    for (const c of chunks) feed(c);
    expect(frames).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { counterLocationToPrefetch } from './counter-prefetch.ts';

const A = '00000000-0000-4000-8001-00000000000a';
const B = '00000000-0000-4000-8001-00000000000b';
const C = '00000000-0000-4000-8001-00000000000c';

describe('counterLocationToPrefetch', () => {
  it.each([
    { case: 'one location, before the answers', user: [A], answers: undefined, expected: A },
    { case: 'two locations, before the answers: the first', user: [B, A], answers: undefined, expected: B },
    { case: 'no location, before the answers', user: [], answers: undefined, expected: null },
    {
      case: 'at a counter: its location',
      user: [A, B],
      answers: { session: { locationId: B }, locations: [{ id: A }, { id: B }] },
      expected: B,
    },
    {
      case: 'not at a counter: the first of mine in the list',
      user: [B, A],
      answers: { session: null, locations: [{ id: C }, { id: A }, { id: B }] },
      expected: A,
    },
    { case: 'not at a counter, none of mine listed', user: [B], answers: { session: null, locations: [{ id: C }] }, expected: null },
  ])('$case', ({ user, answers, expected }) => {
    expect(counterLocationToPrefetch({ locationIds: user }, answers)).toBe(expected);
  });
});

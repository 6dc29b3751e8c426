import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDeferredMount } from './deferred-mount.ts';

function Probe({ seen }: { seen: boolean[] }) {
  const settled = useDeferredMount();
  const [count, setCount] = useState(0);
  seen.push(settled);
  return settled ? (
    <button type="button" onClick={() => setCount(count + 1)}>
      ready {count}
    </button>
  ) : (
    <p>waiting</p>
  );
}

describe('useDeferredMount', () => {
  // A root of its own (not Testing Library's render), so React is told that act() is in use here.
  const actGlobal = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = actGlobal.IS_REACT_ACT_ENVIRONMENT;
  beforeAll(() => {
    actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterAll(() => {
    actGlobal.IS_REACT_ACT_ENVIRONMENT = before;
  });

  it('commits the first render without what it guards, then renders that in a render of its own', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const seen: boolean[] = [];
    // A blocking render (as the router's updates are) commits only the first pass...
    await act(async () => {
      flushSync(() => root.render(<Probe seen={seen} />));
      expect(container.textContent).toBe('waiting');
      expect(seen).toEqual([false]);
    });
    // ...and the guarded part follows once React gets to the deferred render.
    expect(container.textContent).toBe('ready 0');
    expect(seen.at(-1)).toBe(true);
    act(() => root.unmount());
  });

  it('stays true once mounted: later updates render everything at once', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const seen: boolean[] = [];
    await act(async () => root.render(<Probe seen={seen} />));
    seen.length = 0;
    await act(async () => {
      flushSync(() => container.querySelector('button')!.click());
      expect(container.textContent).toBe('ready 1');
    });
    expect(seen.every(Boolean)).toBe(true);
    act(() => root.unmount());
  });
});

import { screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeEventStream, json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { calledTicket, counterSession } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

// Counts the renders of the "Start ærinde" link (the only RouterButton on the counter screen to /borger).
const renders = vi.hoisted(() => ({ startErrand: 0 }));
vi.mock('../../../components/RouterLink/RouterLink.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../components/RouterLink/RouterLink.tsx')>();
  function CountingRouterButton(props: ComponentProps<typeof original.RouterButton>) {
    if (props.to === '/borger') renders.startErrand += 1;
    return <original.RouterButton {...props} />;
  }
  return { ...original, RouterButton: CountingRouterButton };
});

describe('the counter’s running timer', () => {
  it('ticks every second without re-rendering the "Start ærinde" link', async () => {
    const sse = fakeEventStream();
    signedInApi(USERS.anna, {
      getMyCounterSession: () => json(200, { session: counterSession({ currentTicket: calledTicket() }) }),
      streamLocationEvents: sse.handler,
    });
    await renderApp('/skranke');
    await screen.findByRole('link', { name: 'Start ærinde' });
    // Let the first queries (services, priority classes, board) settle before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const timer = screen.getByText(/^\d\d:\d\d$/);
    const before = { text: timer.textContent, renders: renders.startErrand };
    await waitFor(() => expect(timer.textContent).not.toBe(before.text), { timeout: 2_500 });
    const ticked = timer.textContent;
    await waitFor(() => expect(timer.textContent).not.toBe(ticked), { timeout: 2_500 });

    expect(renders.startErrand).toBe(before.renders);
  });
});

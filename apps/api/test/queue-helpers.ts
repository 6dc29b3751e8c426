import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import type { FastifyInstance } from 'fastify';
import { injectAs, login } from './helpers.ts';

export const DOKK1 = DEMO.aarhus.dokk1;
export const SERVICES = DEMO_QUEUE.aarhusServices;

export type As = ReturnType<typeof injectAs>;

/** Signs a user in and opens their session at a counter with the given services. */
export async function atCounter(app: FastifyInstance, username: string, counterId: string, serviceIds: string[]): Promise<As> {
  const as = injectAs(app, await login(app, username));
  const response = await as({ method: 'POST', url: `/api/counters/${counterId}/session`, payload: { serviceIds } });
  if (response.statusCode !== 201) throw new Error(`open counter: ${response.statusCode} ${response.body}`);
  return as;
}

export async function issue(as: As, serviceId: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await as({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId, ...extra }, headers });
  if (response.statusCode !== 201 && response.statusCode !== 200) throw new Error(`issue: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function callNext(as: As, counterId: string) {
  const response = await as({ method: 'POST', url: `/api/counters/${counterId}/call-next` });
  if (response.statusCode !== 200) throw new Error(`call-next: ${response.statusCode} ${response.body}`);
  return response.json().ticket;
}

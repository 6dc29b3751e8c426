import { describe, expect, it } from 'vitest';
import { installFakeApi, json, operationOf } from './fake-api.ts';

const request = (method: string, path: string) => new Request(new URL(path, 'http://skranke.test'), { method });

describe('the fake API', () => {
  it('finds the operation by method and path, with its path parameters decoded', () => {
    expect(operationOf(request('PUT', '/api/cases/c%201/steps/applicant'))).toEqual({
      id: 'saveCaseStep',
      params: { id: 'c 1', step: 'applicant' },
    });
    expect(operationOf(request('POST', '/api/citizens/lookup'))).toEqual({ id: 'lookupCitizen', params: {} });
    expect(operationOf(request('GET', '/api/citizens/lookup'))).toEqual({ id: 'getCitizen', params: { id: 'lookup' } });
    expect(operationOf(request('GET', '/api/statistics/cases.csv'))?.id).toBe('exportCaseStatisticsCsv');
    expect(operationOf(request('GET', '/api/statistics/casesXcsv'))).toBeUndefined();
    expect(operationOf(request('DELETE', '/api/locations'))).toBeUndefined();
  });

  it('answers by operationId, passing the path parameters, and 404 problem+json for the rest', async () => {
    const api = installFakeApi({ getQueueBoard: (_request, { locationId }) => json(200, { locationId }) });
    expect(await (await fetch('/api/locations/l-1/board')).json()).toEqual({ locationId: 'l-1' });
    const missing = await fetch('/api/locations/l-1/services');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(api.called('GET', '/api/locations/l-1/board')).toHaveLength(1);
    expect(api.calledOp('listServices')).toHaveLength(1);
  });
});

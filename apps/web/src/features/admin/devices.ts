import type { CreateDeviceBody, CreatedDevice, Device } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

export const adminDeviceKeys = {
  all: ['admin', 'devices'] as const,
  list: () => [...adminDeviceKeys.all, 'list'] as const,
};

export function devicesQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: adminDeviceKeys.list(),
    queryFn: () => apiRequest<Device[]>(tokens, '/api/admin/devices'),
    staleTime: 30_000,
  });
}

/** Registers a kiosk or call display; the answer holds the device key, which the API shows this once only. */
export const createDevice = (tokens: TokenSource, body: CreateDeviceBody) =>
  apiRequest<CreatedDevice>(tokens, '/api/admin/devices', { method: 'POST', body: JSON.stringify(body) });

export const revokeDevice = (tokens: TokenSource, deviceId: string) =>
  apiRequest<Device>(tokens, `/api/admin/devices/${deviceId}/revoke`, { method: 'POST' });

import type { CreateDeviceBody } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const adminDeviceKeys = {
  all: ['admin', 'devices'] as const,
  list: () => [...adminDeviceKeys.all, 'list'] as const,
};

export function devicesQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: adminDeviceKeys.list(),
    queryFn: () => call(tokens, 'listDevices'),
    staleTime: 30_000,
  });
}

/** Registers a kiosk or call display; the answer holds the device key, which the API shows this once only. */
export const createDevice = (tokens: TokenSource, body: CreateDeviceBody) => call(tokens, 'createDevice', { body });

export const revokeDevice = (tokens: TokenSource, deviceId: string) => call(tokens, 'revokeDevice', { params: { id: deviceId } });

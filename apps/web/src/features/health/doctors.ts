import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const doctorKeys = {
  near: (citizenId: string) => ['doctors', 'near', citizenId] as const,
};

/** Doctors open to new patients within reach of the citizen's home, and the citizen's sygesikring (audited). */
export const listDoctorsNearCitizen = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'listDoctorsNearCitizen', { params: { id: citizenId } });

export function doctorsNearQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: doctorKeys.near(citizenId),
    queryFn: () => listDoctorsNearCitizen(tokens, citizenId),
    // Each answer is audited: read once for the doctor step, not on every focus.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}

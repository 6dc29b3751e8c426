/**
 * The wait estimate as it was before issue 9, kept only so `pnpm bench:estimates` can put today's method beside it.
 * Not used by the API: it counts a counter once for every service of its profile and ignores other services'
 * tickets ahead on a shared counter.
 */
export function legacyEstimate(input: { position: number; staffedCounters: number; averageHandlingMinutes: number }): number | null {
  const { position, staffedCounters, averageHandlingMinutes } = input;
  if (staffedCounters === 0) return null;
  return Math.round(Math.ceil((position - 1) / staffedCounters) * averageHandlingMinutes);
}

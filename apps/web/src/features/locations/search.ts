/** Search params of pages about one location (?location=<uuid>); anything else is dropped. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseLocationSearch(search: Record<string, unknown>): { location?: string } {
  return { location: typeof search.location === 'string' && UUID.test(search.location) ? search.location : undefined };
}

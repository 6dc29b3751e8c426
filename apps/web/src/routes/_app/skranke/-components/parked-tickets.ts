import { useCallback, useState } from 'react';

const storageKey = (counterId: string) => `skranke.parked.${counterId}`;

function read(counterId: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(counterId)) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The tickets this counter parked (the citizen went to fetch papers). The API has no list of parked tickets, so the
 * counter's browser remembers their ids (no personal data: a colleague signing in at the same counter on the same PC
 * sees them too, as it should) and reads each ticket by id; tickets no longer parked drop out of the list.
 */
export function useParkedTicketIds(counterId: string) {
  const [ids, setIds] = useState(() => read(counterId));
  const update = useCallback(
    (change: (ids: string[]) => string[]) =>
      setIds((current) => {
        const next = change(current);
        try {
          localStorage.setItem(storageKey(counterId), JSON.stringify(next));
        } catch {
          // Kept for this page only.
        }
        return next;
      }),
    [counterId],
  );
  const add = useCallback((id: string) => update((current) => (current.includes(id) ? current : [...current, id])), [update]);
  const remove = useCallback((id: string) => update((current) => current.filter((x) => x !== id)), [update]);
  return { ids, add, remove };
}

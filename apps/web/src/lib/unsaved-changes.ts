import { useBlocker } from '@tanstack/react-router';

/**
 * On a long form with changes not saved yet, leaving it (a link, the back button, closing the tab) asks first.
 * `message` is the question in the UI's language; the browser words its own question when the tab is closed.
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string): void {
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(message),
    enableBeforeUnload: () => dirty,
  });
}

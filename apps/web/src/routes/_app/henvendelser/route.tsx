import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../../auth/require-role.ts';
import { loadMessages } from '../../../i18n/i18n.tsx';

/** Henvendelser: the contact log (counter staff and up); its statistics for leads (docs/contacts.md). */
export const Route = createFileRoute('/_app/henvendelser')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'counter');
    await loadMessages('contacts');
  },
});

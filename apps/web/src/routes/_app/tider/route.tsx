import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../../auth/require-role.ts';
import { loadMessages } from '../../../i18n/i18n.tsx';

/** Tider: the booked times at the staff member's location (counter staff and up); the week's plan for leads. */
export const Route = createFileRoute('/_app/tider')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'counter');
    await loadMessages('appointments');
  },
});

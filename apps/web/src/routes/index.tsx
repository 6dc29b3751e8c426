import { createFileRoute, redirect } from '@tanstack/react-router';

/** Everyone starts at the counter workspace, the one page every role has. */
export const Route = createFileRoute('/')({
  beforeLoad: () => {
    throw redirect({ to: '/skranke', replace: true });
  },
});

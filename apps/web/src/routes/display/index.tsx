import { createFileRoute, redirect } from '@tanstack/react-router';
import { useEffect } from 'react';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { resolveScreenAccess } from '../../features/devices/screen-access.ts';
import { loadLanguage } from '../../i18n/i18n.tsx';
import { parseLocationSearch } from '../../features/locations/search.ts';
import { DisplayScreen } from './-components/DisplayScreen.tsx';

/** The call display (kaldeskærm) on a TV in the waiting area: outside the app shell, no menu. */
export const Route = createFileRoute('/display/')({
  validateSearch: parseLocationSearch,
  beforeLoad: async ({ context, search }) => {
    // The screen speaks Danish and English at once.
    await loadLanguage('en');
    const access = await resolveScreenAccess(context, 'display', search.location);
    if ('setup' in access) {
      throw redirect({ to: '/display/setup', search: { reason: access.setup === 'revoked' ? 'revoked' : undefined } });
    }
    return { access };
  },
  errorComponent: StandaloneRouteError,
  component: DisplayPage,
});

function DisplayPage() {
  const { access, devices } = Route.useRouteContext();
  const navigate = Route.useNavigate();

  // An administrator revoked this screen's key: show the setup page instead of an empty screen.
  useEffect(
    () => devices.display.onRevoked(() => void navigate({ to: '/display/setup', search: { reason: 'revoked' }, replace: true })),
    [devices, navigate],
  );

  return <DisplayScreen key={access.locationId} access={access} />;
}

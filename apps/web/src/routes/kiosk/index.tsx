import { createFileRoute, redirect } from '@tanstack/react-router';
import { useEffect } from 'react';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { resolveScreenAccess } from '../../features/devices/screen-access.ts';
import { loadLanguage, loadMessages } from '../../i18n/i18n.tsx';
import { parseLocationSearch } from '../../features/locations/search.ts';
import { KioskScreen } from './-components/KioskScreen.tsx';

/** The touch-screen kiosk at the entrance where citizens take a number: outside the app shell, no menu. */
export const Route = createFileRoute('/kiosk/')({
  validateSearch: parseLocationSearch,
  beforeLoad: async ({ context, search }) => {
    // The screen speaks Danish and English at once; the check-in for booked times has its own Danish texts.
    await Promise.all([loadLanguage('en'), loadMessages('kioskCheckIn')]);
    const access = await resolveScreenAccess(context, 'kiosk', search.location);
    if ('setup' in access) {
      throw redirect({ to: '/kiosk/setup', search: { reason: access.setup === 'revoked' ? 'revoked' : undefined } });
    }
    return { access };
  },
  errorComponent: StandaloneRouteError,
  component: KioskPage,
});

function KioskPage() {
  const { access, devices } = Route.useRouteContext();
  const navigate = Route.useNavigate();

  useEffect(
    () => devices.kiosk.onRevoked(() => void navigate({ to: '/kiosk/setup', search: { reason: 'revoked' }, replace: true })),
    [devices, navigate],
  );

  return <KioskScreen key={access.locationId} access={access} />;
}

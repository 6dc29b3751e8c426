import { createFileRoute } from '@tanstack/react-router';
import { DeviceSetup } from '../../components/DeviceSetup/DeviceSetup.tsx';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { parseSetupSearch } from '../../features/devices/setup-search.ts';

export const Route = createFileRoute('/kiosk/setup')({
  validateSearch: parseSetupSearch,
  errorComponent: StandaloneRouteError,
  component: KioskSetupPage,
});

function KioskSetupPage() {
  const { devices } = Route.useRouteContext();
  const { reason } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DeviceSetup
      device={devices.kiosk}
      revoked={reason === 'revoked'}
      screenPath="/kiosk"
      onPaired={() => void navigate({ to: '/kiosk', replace: true })}
    />
  );
}

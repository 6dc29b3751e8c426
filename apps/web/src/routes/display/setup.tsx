import { createFileRoute } from '@tanstack/react-router';
import { DeviceSetup } from '../../components/DeviceSetup/DeviceSetup.tsx';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { parseSetupSearch } from '../../features/devices/setup-search.ts';

export const Route = createFileRoute('/display/setup')({
  validateSearch: parseSetupSearch,
  errorComponent: StandaloneRouteError,
  component: DisplaySetupPage,
});

function DisplaySetupPage() {
  const { devices } = Route.useRouteContext();
  const { reason } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DeviceSetup
      device={devices.display}
      revoked={reason === 'revoked'}
      screenPath="/display"
      onPaired={() => void navigate({ to: '/display', replace: true })}
    />
  );
}

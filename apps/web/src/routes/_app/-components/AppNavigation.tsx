import { Box } from '@mantine/core';
import type { Role } from '@skranke/contracts';
import { useLocation } from '@tanstack/react-router';
import { RouterNavLink } from '../../../components/RouterLink/RouterLink.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { navItemsFor } from './navigation.ts';

export function AppNavigation({ role, onNavigate }: { role: Role; onNavigate(): void }) {
  const { t } = useI18n();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {navItemsFor(role).map(({ to, label, icon: Icon }) => (
        <li key={to}>
          <RouterNavLink
            to={to}
            label={t(label)}
            leftSection={<Icon size={20} stroke={1.75} aria-hidden />}
            active={pathname === to || pathname.startsWith(`${to}/`)}
            onClick={onNavigate}
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        </li>
      ))}
    </Box>
  );
}

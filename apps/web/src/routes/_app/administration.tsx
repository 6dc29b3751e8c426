import { Box, Group, Stack } from '@mantine/core';
import { createFileRoute, Outlet, useLocation } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { RouterNavLink } from '../../components/RouterLink/RouterLink.tsx';
import { loadMessages, useI18n } from '../../i18n/i18n.tsx';
import { ADMIN_SECTIONS } from './administration/-components/sections.ts';

/** Administration: a sub-navigation over the sections and the chosen section below it. Admins only. */
export const Route = createFileRoute('/_app/administration')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'admin');
    await loadMessages('admin');
  },
  component: AdministrationLayout,
});

function AdministrationLayout() {
  const { t } = useI18n();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <Stack gap="lg" maw={1100}>
      <Box component="nav" aria-label={t('admin.subnav.label')}>
        <Group component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} wrap="wrap">
          <li>
            <RouterNavLink
              to="/administration"
              activeOptions={{ exact: true }}
              label={t('admin.section.overview')}
              active={pathname === '/administration' || pathname === '/administration/'}
              fw={500}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
          {ADMIN_SECTIONS.map(({ to, label, icon: Icon }) => (
            <li key={to}>
              <RouterNavLink
                to={to}
                label={t(label)}
                leftSection={<Icon size={18} stroke={1.75} aria-hidden />}
                active={pathname === to || pathname.startsWith(`${to}/`)}
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            </li>
          ))}
        </Group>
      </Box>
      <Outlet />
    </Stack>
  );
}

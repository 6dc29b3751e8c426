import { Burger, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import type { SessionUser } from '@skranke/contracts';
import { IconLogout } from '@tabler/icons-react';
import { Brand } from '../../../components/Brand/Brand.tsx';
import { LanguageSwitch } from '../../../components/LanguageSwitch/LanguageSwitch.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';

export const NAVIGATION_ID = 'app-navigation';
/** Below this width the main menu is folded behind the burger (lg = 75em = 1200 px; see styles.css too). */
export const NAVBAR_BREAKPOINT = 'lg';

export function UserSummary({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <div>
      <Text fw={600} lh={1.3}>
        <VisuallyHidden>{t('shell.signedInAs')} </VisuallyHidden>
        {user.name}
      </Text>
      <Text size="sm" c="dimmed" lh={1.3}>
        {t(`role.${user.role}`)} · {user.municipalityName}
      </Text>
    </div>
  );
}

interface AppHeaderProps {
  user: SessionUser;
  navOpened: boolean;
  onToggleNav(): void;
  onSignOut(): void;
  signingOut: boolean;
}

export function AppHeader({ user, navOpened, onToggleNav, onSignOut, signingOut }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom={NAVBAR_BREAKPOINT}
          size="sm"
          aria-label={t('shell.toggleNav')}
          aria-expanded={navOpened}
          aria-controls={NAVIGATION_ID}
        />
        <Brand />
      </Group>
      <Group gap="lg" wrap="nowrap">
        <Group visibleFrom="sm" gap="lg" wrap="nowrap">
          <UserSummary user={user} />
          <LanguageSwitch />
        </Group>
        <Button variant="default" leftSection={<IconLogout size={18} aria-hidden />} onClick={onSignOut} loading={signingOut}>
          {t('shell.signOut')}
        </Button>
      </Group>
    </Group>
  );
}

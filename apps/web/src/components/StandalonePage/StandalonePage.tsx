import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '../Brand/Brand.tsx';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../SkipLink/SkipLink.tsx';

/** Frame for pages outside the signed-in shell: sign-in, and errors the shell itself could not show. */
export function StandalonePage({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Brand />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py={48}>
        {children}
      </Container>
    </Box>
  );
}

import { Alert, Title, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/** The outcome of a finished case at the top of its page: the heading, then what was registered or decided. */
export function DoneAlert({
  heading,
  color,
  icon,
  largeText = false,
  children,
}: {
  heading: string;
  color: MantineColor;
  icon: ReactNode;
  /** The lines under the heading in the body's size rather than the alert's smaller one. */
  largeText?: boolean;
  children?: ReactNode;
}) {
  return (
    <Alert
      color={color}
      variant="light"
      icon={icon}
      styles={largeText ? { message: { fontSize: 'var(--mantine-font-size-md)' } } : undefined}
    >
      <Title order={2} size="h3">
        {heading}
      </Title>
      {children}
    </Alert>
  );
}

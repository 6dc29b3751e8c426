import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

// Mantine components rendered as router links: typed `to`/`params`/`search`, preloading and client-side navigation.

function MantineButtonAnchor(props: ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>) {
  return <Button component="a" {...props} />;
}

function MantineAnchor(props: AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>) {
  return <Anchor component="a" {...props} />;
}

export const RouterAnchor = createLink(MantineAnchor);
export const RouterButton = createLink(MantineButtonAnchor);
// RouterNavLink lives in its own module (RouterNavLink.tsx), so that the entry chunk, which needs RouterButton for its
// error pages, does not carry NavLink with its collapse and chevron.
export { RouterNavLink } from './RouterNavLink.tsx';

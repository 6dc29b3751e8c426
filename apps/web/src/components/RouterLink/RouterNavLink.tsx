import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

function MantineNavLinkAnchor(props: NavLinkProps & Omit<ComponentPropsWithRef<'a'>, keyof NavLinkProps>) {
  return <NavLink component="a" {...props} />;
}

/** Mantine's NavLink as a router link. A module of its own: the menus that use it are not in the entry chunk. */
export const RouterNavLink = createLink(MantineNavLinkAnchor);

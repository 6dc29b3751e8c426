import type { Role } from '@skranke/contracts';
import { roleAtLeast } from '@skranke/domain';
import {
  IconAdjustments,
  IconCalendarTime,
  IconChartBar,
  IconDesk,
  IconListDetails,
  IconMailForward,
  IconMessages,
  IconShieldSearch,
  IconUserSearch,
  type Icon,
} from '@tabler/icons-react';
import type { MessageKey } from '../../../i18n/da.ts';

export interface NavItem {
  to: '/skranke' | '/tider' | '/borger' | '/henvendelser' | '/koeoversigt' | '/statistik' | '/revision' | '/udbakke' | '/administration';
  label: MessageKey;
  icon: Icon;
  /** Lowest role that sees the item; the route's beforeLoad demands the same role. */
  minRole: Role;
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/skranke', label: 'nav.counter', icon: IconDesk, minRole: 'counter' },
  { to: '/tider', label: 'nav.appointments', icon: IconCalendarTime, minRole: 'counter' },
  { to: '/borger', label: 'nav.citizen', icon: IconUserSearch, minRole: 'counter' },
  { to: '/henvendelser', label: 'nav.contacts', icon: IconMessages, minRole: 'counter' },
  { to: '/koeoversigt', label: 'nav.queue', icon: IconListDetails, minRole: 'lead' },
  { to: '/statistik', label: 'nav.statistics', icon: IconChartBar, minRole: 'lead' },
  { to: '/revision', label: 'nav.audit', icon: IconShieldSearch, minRole: 'lead' },
  { to: '/udbakke', label: 'nav.outbox', icon: IconMailForward, minRole: 'lead' },
  { to: '/administration', label: 'nav.admin', icon: IconAdjustments, minRole: 'admin' },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => roleAtLeast(role, item.minRole));
}

import {
  IconAddressBook,
  IconBuildingCommunity,
  IconCalendarTime,
  IconCategory,
  IconDesk,
  IconDeviceDesktop,
  IconGavel,
  IconMessage,
  IconMessages,
  IconReceipt,
  IconSettings,
  IconStar,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { MessageKey } from '../../../../i18n/da.ts';
import type { FileRoutesByTo } from '../../../../routeTree.gen.ts';

export interface AdminSection {
  /** A route under /administration (its file beside this folder; the generated route tree checks the path). */
  to: Extract<keyof FileRoutesByTo, `/administration/${string}`>;
  label: MessageKey;
  icon: Icon;
  /** One line on the overview page under the section's link. */
  description?: MessageKey;
}

/**
 * The administration sub-navigation and the overview's cards, in this order. A plain array so that other features
 * can add their section with one line (their route file under administration/, their label in their dictionary).
 */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    to: '/administration/lokationer',
    label: 'admin.section.locations',
    description: 'admin.section.locations.hint',
    icon: IconBuildingCommunity,
  },
  { to: '/administration/skranker', label: 'admin.section.counters', description: 'admin.section.counters.hint', icon: IconDesk },
  { to: '/administration/ydelser', label: 'admin.section.services', description: 'admin.section.services.hint', icon: IconCategory },
  { to: '/administration/prioriteter', label: 'admin.section.priorities', description: 'admin.section.priorities.hint', icon: IconStar },
  { to: '/administration/lovomraader', label: 'admin.section.lawAreas', description: 'admin.section.lawAreas.hint', icon: IconGavel },
  { to: '/administration/regler', label: 'admin.section.rules', description: 'admin.section.rules.hint', icon: IconSettings },
  { to: '/administration/gebyrer', label: 'admin.section.fees', description: 'admin.section.fees.hint', icon: IconReceipt },
  {
    to: '/administration/tidsbestilling',
    label: 'admin.section.appointments',
    description: 'admin.section.appointments.hint',
    icon: IconCalendarTime,
  },
  {
    to: '/administration/beskeder',
    label: 'admin.section.notifications',
    description: 'admin.section.notifications.hint',
    icon: IconMessage,
  },
  {
    to: '/administration/henvendelsesemner',
    label: 'admin.section.contactTopics',
    description: 'admin.section.contactTopics.hint',
    icon: IconMessages,
  },
  {
    to: '/administration/henvisningsliste',
    label: 'admin.section.referralDirectory',
    description: 'admin.section.referralDirectory.hint',
    icon: IconAddressBook,
  },
  { to: '/administration/brugere', label: 'adminUsers.heading', description: 'adminUsers.sectionHint', icon: IconUsers },
  { to: '/administration/enheder', label: 'adminDevices.heading', description: 'adminDevices.sectionHint', icon: IconDeviceDesktop },
];

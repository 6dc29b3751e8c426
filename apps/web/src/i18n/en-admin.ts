import type { daAdmin } from './da-admin.ts';

export const enAdmin: Record<keyof typeof daAdmin, string> = {
  'admin.subnav.label': 'Administration',
  'admin.overview.intro': 'Configure the citizen service of {municipality}: locations, counters, services and rules. Every change is logged.',
  'admin.section.overview': 'Overview',
  'admin.section.locations': 'Locations',
  'admin.section.locations.hint': 'Offices and mobile stops, opening hours and timetable.',
  'admin.section.counters': 'Counters',
  'admin.section.counters.hint': 'Counters at each location: add, rename and close.',
  'admin.section.services': 'Services',
  'admin.section.services.hint': 'Errands on the kiosk: letter, expected time, order and traffic lights.',
  'admin.section.priorities': 'Priorities',
  'admin.section.priorities.hint': 'Priority classes and how far they may move ahead in the queue.',
  'admin.section.lawAreas': 'Law areas',
  'admin.section.lawAreas.hint': 'Law areas for self-service exemptions and their appeal body.',
  'admin.section.rules': 'Rule values',
  'admin.section.rules.hint': 'Fairness bound, recalls, appeal period, traffic lights, retention and MitID witnesses.',
};

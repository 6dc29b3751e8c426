import { LocationList } from '../admin.ts';
import { LocationParams, OpeningHours } from '../queue.ts';
import { access, defineOperation } from './define.ts';

const tags = ['locations'];

export const listLocations = defineOperation({
  operationId: 'listLocations',
  method: 'GET',
  path: '/api/locations',
  tags,
  summary: "The locations of the signed-in staff member's municipality",
  access: access.counter,
  responses: { 200: LocationList },
  errors: [],
});

export const getOpeningHours = defineOperation({
  operationId: 'getOpeningHours',
  method: 'GET',
  path: '/api/locations/:locationId/opening-hours',
  tags,
  summary: 'Weekly opening hours (a mobile stop: its timetable and places) and whether it is open now',
  access: access.device(['kiosk', 'display'], 'counter'),
  params: LocationParams,
  responses: { 200: OpeningHours },
  errors: ['not-found'],
});

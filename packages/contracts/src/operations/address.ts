import {
  AddressChangeDoctorOptions,
  CitizenProtections,
  CoMoverCandidates,
  EmptyBody,
  ExpiringAddressProtections,
  StartAddressChangeBody,
} from '../address-change.ts';
import { Case } from '../cases.ts';
import { IdParams } from '../common.ts';
import { access, defineOperation } from './define.ts';

/**
 * Flytning (a guided case: started here, its steps, completion and receipt through the generic case operations),
 * and the short forms navne- og adressebeskyttelse and Robinsonlisten. URLs name the citizen by uuid; every answer is
 * audited about each citizen it shows or changes.
 */

const tags = ['cases'];

export const startAddressChangeCase = defineOperation({
  operationId: 'startAddressChangeCase',
  method: 'POST',
  path: '/api/citizens/:id/cases/address-change',
  tags,
  summary: 'Start a flytning (change of address) for the citizen, optionally from the queue ticket being served',
  access: access.counter,
  params: IdParams,
  body: StartAddressChangeBody,
  responses: { 201: Case },
  errors: ['citizen-not-found', 'ticket-not-found', 'ticket-not-at-counter', 'case-already-open'],
});

export const listAddressChangeCoMovers = defineOperation({
  operationId: 'listAddressChangeCoMovers',
  method: 'GET',
  path: '/api/cases/:id/address-change/co-movers',
  tags,
  summary: 'Who may move with the citizen: registered at the same address, or children in the citizen’s custody',
  access: access.counter,
  params: IdParams,
  responses: { 200: CoMoverCandidates },
  errors: ['not-found', 'not-an-address-change-case'],
});

export const listAddressChangeDoctors = defineOperation({
  operationId: 'listAddressChangeDoctors',
  method: 'GET',
  path: '/api/cases/:id/address-change/doctors',
  tags,
  summary: 'The doctor step: the current doctor (may be kept when within reach) and doctors open to new patients near the new address',
  access: access.counter,
  params: IdParams,
  responses: { 200: AddressChangeDoctorOptions },
  errors: ['not-found', 'not-an-address-change-case', 'step-out-of-order'],
});

const protectionTags = ['citizens'];

export const getCitizenProtections = defineOperation({
  operationId: 'getCitizenProtections',
  method: 'GET',
  path: '/api/citizens/:id/protections',
  tags: protectionTags,
  summary: 'Navne- og adressebeskyttelse (with its renewal date) and Robinsonlisten for the citizen',
  access: access.counter,
  params: IdParams,
  responses: { 200: CitizenProtections },
  errors: ['citizen-not-found'],
});

export const registerAddressProtection = defineOperation({
  operationId: 'registerAddressProtection',
  method: 'POST',
  path: '/api/citizens/:id/address-protection',
  tags: protectionTags,
  summary: 'Start or renew navne- og adressebeskyttelse for 1 year (free); a renewal follows on without a gap',
  access: access.counter,
  params: IdParams,
  body: EmptyBody,
  responses: { 201: CitizenProtections },
  errors: ['citizen-not-found', 'protection-already-renewed'],
});

export const endAddressProtection = defineOperation({
  operationId: 'endAddressProtection',
  method: 'POST',
  path: '/api/citizens/:id/address-protection/end',
  tags: protectionTags,
  summary: 'End the navne- og adressebeskyttelse at the citizen’s request',
  access: access.counter,
  params: IdParams,
  body: EmptyBody,
  responses: { 200: CitizenProtections },
  errors: ['citizen-not-found', 'no-address-protection'],
});

export const listExpiringAddressProtections = defineOperation({
  operationId: 'listExpiringAddressProtections',
  method: 'GET',
  path: '/api/address-protections/expiring',
  tags: protectionTags,
  summary: 'Protections of the municipality’s citizens up for renewal within the next 30 days (leads)',
  access: access.lead,
  responses: { 200: ExpiringAddressProtections },
  errors: [],
});

export const registerRobinson = defineOperation({
  operationId: 'registerRobinson',
  method: 'POST',
  path: '/api/citizens/:id/robinson',
  tags: protectionTags,
  summary: 'Put the citizen on Robinsonlisten (paper form at the counter): in effect within up to 3 months, until revoked',
  access: access.counter,
  params: IdParams,
  body: EmptyBody,
  responses: { 201: CitizenProtections },
  errors: ['citizen-not-found', 'already-on-robinson-list'],
});

export const revokeRobinson = defineOperation({
  operationId: 'revokeRobinson',
  method: 'POST',
  path: '/api/citizens/:id/robinson/revoke',
  tags: protectionTags,
  summary: 'Take the citizen off Robinsonlisten',
  access: access.counter,
  params: IdParams,
  body: EmptyBody,
  responses: { 200: CitizenProtections },
  errors: ['citizen-not-found', 'not-on-robinson-list'],
});

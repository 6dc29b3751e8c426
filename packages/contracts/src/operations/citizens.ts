import { CitizenOverview, CitizenOverviewQuery } from '../citizen-overview.ts';
import {
  Citizen,
  CitizenAccessLog,
  CitizenPurposeBody,
  CitizenPurposeQuery,
  CitizenSummary,
  LookupCitizenBody,
  RevealedCpr,
} from '../citizens.ts';
import { IdParams } from '../common.ts';
import { access, Binary, defineOperation, media, StreamedText } from './define.ts';

/**
 * Citizen look-up. A CPR number only ever travels in a request body; URLs name a citizen by an opaque id. Every
 * answer that shows a citizen's data is audited in the same transaction that reads it.
 */
const tags = ['citizens'];

export const lookupCitizen = defineOperation({
  operationId: 'lookupCitizen',
  method: 'POST',
  path: '/api/citizens/lookup',
  tags,
  summary: 'Find a citizen by CPR number (in the body) for a stated purpose; answers the CPR number masked',
  access: access.counter,
  body: LookupCitizenBody,
  responses: { 200: CitizenSummary },
  errors: ['invalid-cpr', 'purpose-text-required', 'citizen-not-found'],
});

export const getCitizen = defineOperation({
  operationId: 'getCitizen',
  method: 'GET',
  path: '/api/citizens/:id',
  tags,
  summary: 'A citizen’s details for a stated purpose; a protected address is withheld',
  access: access.counter,
  params: IdParams,
  query: CitizenPurposeQuery,
  responses: { 200: Citizen },
  errors: ['purpose-text-required', 'citizen-not-found'],
});

export const getCitizenOverview = defineOperation({
  operationId: 'getCitizenOverview',
  method: 'GET',
  path: '/api/citizens/:id/overview',
  tags,
  summary:
    'The citizen overview for a stated purpose: the visit being served (recorded when ticketId names a called ticket), cases with timelines, exemptions, passport and driving licence with expiry warnings, past visits',
  access: access.counter,
  params: IdParams,
  query: CitizenOverviewQuery,
  responses: { 200: CitizenOverview },
  errors: ['purpose-text-required', 'citizen-not-found', 'ticket-not-found'],
});

export const revealCitizenCpr = defineOperation({
  operationId: 'revealCitizenCpr',
  method: 'POST',
  path: '/api/citizens/:id/reveal-cpr',
  tags,
  summary: 'Show the full CPR number once, for a stated purpose (audited)',
  access: access.counter,
  params: IdParams,
  body: CitizenPurposeBody,
  responses: { 200: RevealedCpr },
  errors: ['purpose-text-required', 'citizen-not-found'],
});

export const getCitizenAccessLog = defineOperation({
  operationId: 'getCitizenAccessLog',
  method: 'GET',
  path: '/api/citizens/:id/access-log',
  tags,
  summary: 'GDPR art. 15 log extract: every access to the citizen’s data, in every municipality',
  access: access.lead,
  params: IdParams,
  responses: { 200: CitizenAccessLog },
  errors: ['citizen-not-found'],
});

export const exportCitizenAccessLogCsv = defineOperation({
  operationId: 'exportCitizenAccessLogCsv',
  method: 'GET',
  path: '/api/citizens/:id/access-log.csv',
  tags,
  summary: 'The GDPR art. 15 log extract as CSV, in Danish (audited)',
  access: access.lead,
  params: IdParams,
  responses: { 200: media('text/csv', 'The log extract as CSV', StreamedText) },
  errors: ['citizen-not-found'],
});

export const exportCitizenAccessLogPdf = defineOperation({
  operationId: 'exportCitizenAccessLogPdf',
  method: 'GET',
  path: '/api/citizens/:id/access-log.pdf',
  tags,
  summary: 'The GDPR art. 15 log extract as PDF, in Danish (audited)',
  access: access.lead,
  params: IdParams,
  responses: { 200: media('application/pdf', 'The log extract as PDF', Binary('application/pdf')) },
  errors: ['citizen-not-found'],
});

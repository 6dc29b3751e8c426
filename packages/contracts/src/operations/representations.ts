import { IdParams } from '../common.ts';
import {
  EndRepresentationBody,
  RecordRepresentationBody,
  Representation,
  RepresentationList,
  RepresentationListQuery,
} from '../representations.ts';
import { access, defineOperation } from './define.ts';

/**
 * Who may act for a citizen (issue 13). The representative's CPR number travels in the body only; URLs name people by
 * opaque id. Every read and write is audited on the citizen and on the representative, in the same transaction.
 */
const tags = ['representations'];

export const listRepresentations = defineOperation({
  operationId: 'listRepresentations',
  method: 'GET',
  path: '/api/citizens/:id/representations',
  tags,
  summary:
    'Who may act for the citizen, and for whom the citizen may act, with the municipality that recorded each (national: a representation holds at every desk)',
  access: access.counter,
  params: IdParams,
  query: RepresentationListQuery,
  responses: { 200: RepresentationList },
  errors: ['purpose-text-required', 'citizen-not-found'],
});

export const recordRepresentation = defineOperation({
  operationId: 'recordRepresentation',
  method: 'POST',
  path: '/api/citizens/:id/representations',
  tags,
  summary:
    'Record a representation for the citizen: the representative by CPR number (in the body), kind, scope, dates and the document seen',
  access: access.counter,
  params: IdParams,
  body: RecordRepresentationBody,
  responses: { 201: Representation },
  errors: ['invalid-cpr', 'citizen-not-found', 'representative-not-found', 'representation-invalid'],
});

export const endRepresentation = defineOperation({
  operationId: 'endRepresentation',
  method: 'POST',
  path: '/api/representations/:id/end',
  tags,
  summary: 'End a representation with a reason (only the municipality that recorded it); 409 when it has already ended',
  access: access.counter,
  params: IdParams,
  body: EndRepresentationBody,
  responses: { 200: Representation },
  errors: ['representation-not-found', 'representation-already-ended'],
});

import { Case } from '../cases.ts';
import { IdParams } from '../common.ts';
import { DoctorsNearCitizen, StartHealthCaseBody } from '../health.ts';
import { access, defineOperation } from './define.ts';

/**
 * Sundhedskort and lægeskift: guided cases started here; their steps, completion and receipt go through the generic
 * case operations. URLs name the citizen by uuid; every answer is audited about the citizen.
 */

const tags = ['cases'];

const startErrors = ['citizen-not-found', 'ticket-not-found', 'ticket-not-at-counter', 'case-already-open'];

export const startHealthCardCase = defineOperation({
  operationId: 'startHealthCardCase',
  method: 'POST',
  path: '/api/citizens/:id/cases/health-card',
  tags,
  summary: 'Start a sundhedskort case (new card, replacement or temporary certificate), optionally from the ticket being served',
  access: access.counter,
  params: IdParams,
  body: StartHealthCaseBody,
  responses: { 201: Case },
  errors: [...startErrors, 'no-danish-address'],
});

export const startDoctorChangeCase = defineOperation({
  operationId: 'startDoctorChangeCase',
  method: 'POST',
  path: '/api/citizens/:id/cases/doctor-change',
  tags,
  summary: 'Start a lægeskift (change of doctor or sygesikringsgruppe), optionally from the ticket being served',
  access: access.counter,
  params: IdParams,
  body: StartHealthCaseBody,
  responses: { 201: Case },
  errors: [...startErrors, 'no-danish-address'],
});

export const listDoctorsNearCitizen = defineOperation({
  operationId: 'listDoctorsNearCitizen',
  method: 'GET',
  path: '/api/citizens/:id/doctors',
  tags,
  summary:
    "Doctors open to new patients within reach of the citizen's home (15 km, 5 km in the Copenhagen area), nearest first, and the citizen's sygesikring",
  access: access.counter,
  params: IdParams,
  responses: { 200: DoctorsNearCitizen },
  errors: ['citizen-not-found'],
});

import { CancelCaseBody, RefuseCaseBody } from '../case-closing.ts';
import {
  Case,
  CaseList,
  CaseStepParams,
  CompleteCaseBody,
  CurrentDigitalPostExemption,
  RevokeDigitalPostExemptionBody,
  SaveCaseStepBody,
  StartCaseBody,
} from '../cases.ts';
import { IdParams } from '../common.ts';
import { PassportCancelBody, PassportHandOutBody, PassportReadyBody } from '../passport.ts';
import { LawAreaList, MarkUdkNotifiedBody, RegisterAppealBody, ResolveAppealBody, SelfServiceStatus } from '../self-service.ts';
import { access, Binary, defineOperation, media } from './define.ts';

/**
 * Cases (sager): guided workflows for a citizen's errand, resumable step by step. URLs name the citizen by uuid,
 * never by CPR number. Every answer is audited about the citizen in the transaction that reads or writes it.
 */

const tags = ['cases'];

// The generic case: start, steps, decision, document.

export const startCase = defineOperation({
  operationId: 'startCase',
  method: 'POST',
  path: '/api/citizens/:id/cases',
  tags,
  summary: 'Start a case for the citizen, optionally from the queue ticket being served',
  access: access.counter,
  params: IdParams,
  body: StartCaseBody,
  responses: { 201: Case },
  errors: [
    'citizen-not-found',
    'ticket-not-found',
    'ticket-not-at-counter',
    'case-already-open',
    'not-responsible-municipality',
    'already-exempt',
    'passport-already-ordered',
    'mitid-too-young',
    'driving-licence-already-ordered',
    'no-driving-licence',
  ],
});

export const listCitizenCases = defineOperation({
  operationId: 'listCitizenCases',
  method: 'GET',
  path: '/api/citizens/:id/cases',
  tags,
  summary: "The citizen's cases in this municipality, newest first",
  access: access.counter,
  params: IdParams,
  responses: { 200: CaseList },
  errors: ['citizen-not-found'],
});

export const getCase = defineOperation({
  operationId: 'getCase',
  method: 'GET',
  path: '/api/cases/:id',
  tags,
  summary: 'A case with its saved steps, timeline and outcome',
  access: access.counter,
  params: IdParams,
  responses: { 200: Case },
  errors: ['not-found'],
});

export const saveCaseStep = defineOperation({
  operationId: 'saveCaseStep',
  method: 'PUT',
  path: '/api/cases/:id/steps/:step',
  tags,
  summary: 'Save one step of a draft case (validated by the workflow); 409 when expectedVersion is stale',
  access: access.counter,
  params: CaseStepParams,
  body: SaveCaseStepBody,
  responses: { 200: Case },
  errors: [
    'not-found',
    'stale-version',
    'illegal-transition',
    'unknown-step',
    'step-out-of-order',
    'step-invalid',
    'witness-limit-reached',
    'no-driving-licence',
    'fee-unavailable',
    'fee-table-missing',
    'fee-rate-missing',
  ],
});

export const completeCase = defineOperation({
  operationId: 'completeCase',
  method: 'POST',
  path: '/api/cases/:id/complete',
  tags,
  summary: 'Decide and register (Digital Post: registered in the local registry; self-service: grant, or refusal with a decision letter)',
  access: access.counter,
  params: IdParams,
  body: CompleteCaseBody,
  responses: { 200: Case },
  errors: [
    'not-found',
    'stale-version',
    'illegal-transition',
    'case-incomplete',
    'step-invalid',
    'not-responsible-municipality',
    'already-exempt',
    'passport-already-ordered',
    'passport-incomplete',
    'no-driving-licence',
    'fee-table-missing',
    'fee-rate-missing',
    'witness-not-found',
    'witness-limit-reached',
  ],
});

export const getCaseDocument = defineOperation({
  operationId: 'getCaseDocument',
  method: 'GET',
  path: '/api/cases/:id/document',
  tags,
  summary: 'The receipt (kvittering) of a completed case, or the decision letter (afgørelse) of a refused one, as PDF',
  access: access.counter,
  params: IdParams,
  responses: {
    200: media('application/pdf', 'The receipt (kvittering) or the decision letter (afgørelse) as PDF', Binary('application/pdf')),
  },
  errors: ['not-found', 'no-document'],
});

// Ending a draft without completing it: cancel (any workflow) or refuse (Digital Post exemption).

export const cancelCase = defineOperation({
  operationId: 'cancelCase',
  method: 'POST',
  path: '/api/cases/:id/cancel',
  tags,
  summary: 'Cancel a draft case (annullering), with an optional reason on its timeline; 409 unless it is a draft at that version',
  access: access.counter,
  params: IdParams,
  body: CancelCaseBody,
  responses: { 200: Case },
  errors: ['not-found', 'stale-version', 'illegal-transition'],
});

export const refuseCase = defineOperation({
  operationId: 'refuseCase',
  method: 'POST',
  path: '/api/cases/:id/refuse',
  tags,
  summary: 'Refuse (afslag) a draft Digital Post exemption with its reason; the decision letter is then the case document',
  access: access.counter,
  params: IdParams,
  body: RefuseCaseBody,
  responses: { 200: Case },
  errors: ['not-found', 'refusal-not-supported', 'stale-version', 'illegal-transition', 'not-responsible-municipality', 'reason-required'],
});

// Digital Post exemption (fritagelse) of a citizen.

export const getDigitalPostExemption = defineOperation({
  operationId: 'getDigitalPostExemption',
  method: 'GET',
  path: '/api/citizens/:id/digital-post-exemption',
  tags,
  summary: "The citizen's current Digital Post exemption (null when none is registered)",
  access: access.counter,
  params: IdParams,
  responses: { 200: CurrentDigitalPostExemption },
  errors: ['citizen-not-found'],
});

export const revokeDigitalPostExemption = defineOperation({
  operationId: 'revokeDigitalPostExemption',
  method: 'POST',
  path: '/api/citizens/:id/digital-post-exemption/revoke',
  tags,
  summary: 'Revoke the exemption (ophævelse, FD 011) now; answers the completed revocation case',
  access: access.counter,
  params: IdParams,
  body: RevokeDigitalPostExemptionBody,
  responses: { 201: Case },
  errors: ['citizen-not-found', 'not-responsible-municipality', 'not-exempt', 'identification-required', 'step-invalid'],
});

// Undtagelse fra obligatorisk digital selvbetjening: law areas, status per area, Udbetaling Danmark, appeals.

export const listLawAreas = defineOperation({
  operationId: 'listLawAreas',
  method: 'GET',
  path: '/api/law-areas',
  tags,
  summary: "The municipality's active law areas (lovområder) under mandatory digital self-service, and its appeal period",
  access: access.counter,
  responses: { 200: LawAreaList },
  errors: [],
});

export const getSelfServiceStatus = defineOperation({
  operationId: 'getSelfServiceStatus',
  method: 'GET',
  path: '/api/citizens/:id/self-service-status',
  tags,
  summary: 'Per law area: exempt, exempt pending appeal, or not exempt; and the 1 June 2023 entitlement via Digital Post',
  access: access.counter,
  params: IdParams,
  responses: { 200: SelfServiceStatus },
  errors: ['citizen-not-found'],
});

export const markUdkNotified = defineOperation({
  operationId: 'markUdkNotified',
  method: 'POST',
  path: '/api/cases/:id/udk-notified',
  tags,
  summary: 'Record that Udbetaling Danmark has been notified of a granted exemption (lov om Udbetaling Danmark § 13, stk. 3)',
  access: access.counter,
  params: IdParams,
  body: MarkUdkNotifiedBody,
  responses: { 200: Case },
  errors: ['not-found', 'not-self-service-case', 'stale-version', 'not-decided', 'udk-notification-not-required', 'udk-already-notified'],
});

export const registerAppeal = defineOperation({
  operationId: 'registerAppeal',
  method: 'POST',
  path: '/api/cases/:id/appeal',
  tags,
  summary: 'Register a klage over a refusal; while it is pending the citizen counts as exempt on its law areas',
  access: access.counter,
  params: IdParams,
  body: RegisterAppealBody,
  responses: { 200: Case },
  errors: ['not-found', 'not-self-service-case', 'stale-version', 'not-decided', 'not-refused', 'appeal-already-registered'],
});

export const resolveAppeal = defineOperation({
  operationId: 'resolveAppeal',
  method: 'POST',
  path: '/api/cases/:id/appeal/resolve',
  tags,
  summary: 'Resolve the pending appeal: upheld (the refusal stands) or overturned (the exemption is granted)',
  access: access.counter,
  params: IdParams,
  body: ResolveAppealBody,
  responses: { 200: Case },
  errors: [
    'not-found',
    'not-self-service-case',
    'stale-version',
    'not-decided',
    'no-pending-appeal',
    'not-responsible-municipality',
    'illegal-transition',
  ],
});

// A passport case after ordering (completeCase): ready for pick-up, handed out; or cancelled as a draft.

export const markPassportReady = defineOperation({
  operationId: 'markPassportReady',
  method: 'POST',
  path: '/api/cases/:id/passport/ready',
  tags,
  summary: 'The ordered passport has arrived: record its number and date of issue (the expiry follows); ready for pick-up',
  access: access.counter,
  params: IdParams,
  body: PassportReadyBody,
  responses: { 200: Case },
  errors: ['not-found', 'not-a-passport-case', 'stale-version', 'illegal-transition', 'bad-issue-date', 'passport-number-taken'],
});

export const handOutPassport = defineOperation({
  operationId: 'handOutPassport',
  method: 'POST',
  path: '/api/cases/:id/passport/hand-out',
  tags,
  summary: 'Hand out the passport: recorded in the identity-document register; an old passport handed in is marked so',
  access: access.counter,
  params: IdParams,
  body: PassportHandOutBody,
  responses: { 200: Case },
  errors: [
    'not-found',
    'not-a-passport-case',
    'stale-version',
    'illegal-transition',
    'passport-number-taken',
    'representative-not-allowed',
  ],
});

export const cancelPassportCase = defineOperation({
  operationId: 'cancelPassportCase',
  method: 'POST',
  path: '/api/cases/:id/passport/cancel',
  tags,
  summary: 'Cancel a passport draft (e.g. a custody holder does not consent), with the reason in the timeline',
  access: access.counter,
  params: IdParams,
  body: PassportCancelBody,
  responses: { 200: Case },
  errors: ['not-found', 'not-a-passport-case', 'stale-version', 'illegal-transition'],
});

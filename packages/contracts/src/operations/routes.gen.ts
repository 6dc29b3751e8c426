// Generated from packages/contracts/src/operations by `pnpm contracts:routes`; do not edit.
import type { OperationRoute } from './define.ts';

export const ROUTES = {
  cancelCase: { method: 'POST', path: '/api/cases/:id/cancel' },
  cancelPassportCase: { method: 'POST', path: '/api/cases/:id/passport/cancel' },
  completeCase: { method: 'POST', path: '/api/cases/:id/complete' },
  getCase: { method: 'GET', path: '/api/cases/:id' },
  getCaseDocument: { method: 'GET', path: '/api/cases/:id/document' },
  getDigitalPostExemption: { method: 'GET', path: '/api/citizens/:id/digital-post-exemption' },
  getNextYearFeeStatus: { method: 'GET', path: '/api/fee-tables/next-year-status' },
  getSelfServiceStatus: { method: 'GET', path: '/api/citizens/:id/self-service-status' },
  handOutPassport: { method: 'POST', path: '/api/cases/:id/passport/hand-out' },
  listCitizenCases: { method: 'GET', path: '/api/citizens/:id/cases' },
  listFeeTables: { method: 'GET', path: '/api/admin/fee-tables' },
  listLawAreas: { method: 'GET', path: '/api/law-areas' },
  markPassportReady: { method: 'POST', path: '/api/cases/:id/passport/ready' },
  markUdkNotified: { method: 'POST', path: '/api/cases/:id/udk-notified' },
  putFeeTable: { method: 'PUT', path: '/api/admin/fee-tables/:product/:year' },
  refuseCase: { method: 'POST', path: '/api/cases/:id/refuse' },
  registerAppeal: { method: 'POST', path: '/api/cases/:id/appeal' },
  resolveAppeal: { method: 'POST', path: '/api/cases/:id/appeal/resolve' },
  revokeDigitalPostExemption: { method: 'POST', path: '/api/citizens/:id/digital-post-exemption/revoke' },
  saveCaseStep: { method: 'PUT', path: '/api/cases/:id/steps/:step' },
  startCase: { method: 'POST', path: '/api/citizens/:id/cases' },
} as const satisfies Record<string, OperationRoute>;

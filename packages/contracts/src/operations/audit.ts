import { AuditEventPage, AuditSearchQuery, AuditStaffList } from '../audit.ts';
import { access, defineOperation } from './define.ts';

const tags = ['audit'];

export const searchAuditEvents = defineOperation({
  operationId: 'searchAuditEvents',
  method: 'GET',
  path: '/api/audit/events',
  tags,
  summary: 'Search the municipality’s audit trail by citizen, staff member, action and date (audited)',
  access: access.lead,
  query: AuditSearchQuery,
  responses: { 200: AuditEventPage },
  errors: [],
});

export const listAuditStaff = defineOperation({
  operationId: 'listAuditStaff',
  method: 'GET',
  path: '/api/audit/staff',
  tags,
  summary: 'The municipality’s staff (name and username), to search the audit trail by staff member',
  access: access.lead,
  responses: { 200: AuditStaffList },
  errors: [],
});

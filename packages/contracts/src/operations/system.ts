import { Health, Ready } from '../common.ts';
import { access, defineOperation } from './define.ts';

const tags = ['system'];

export const getHealth = defineOperation({
  operationId: 'getHealth',
  method: 'GET',
  path: '/api/health',
  tags,
  summary: 'The process is alive',
  access: access.public,
  responses: { 200: Health },
  errors: [],
});

export const getReadiness = defineOperation({
  operationId: 'getReadiness',
  method: 'GET',
  path: '/api/ready',
  tags,
  summary: 'The database is reachable',
  access: access.public,
  responses: { 200: Ready },
  errors: ['database-unavailable'],
});

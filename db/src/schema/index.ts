export * from './tenancy.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './queue.ts';
export * from './persons.ts';
export * from './cases.ts';
export * from './self-service.ts';

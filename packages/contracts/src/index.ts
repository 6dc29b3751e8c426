export * from './common.ts';
export * from './auth.ts';
export * from './admin.ts';
export * from './queue.ts';
export * from './sse.ts';
export * from './citizens.ts';
export * from './cases.ts';
export * from './self-service.ts';

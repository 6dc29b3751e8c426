export * from './local-time.ts';
export * from './slots.ts';

export * from './local-time.ts';
export * from './slots.ts';
export * from './counter-schedule.ts';
export * from './arrival.ts';
export * from './code.ts';
export * from './contact.ts';
export * from './statistics.ts';

export * from './clock.ts';
export * from './estimate.ts';
export * from './numbering.ts';
export * from './opening-hours.ts';
export * from './ordering.ts';
export * from './states.ts';
export * from './presence.ts';

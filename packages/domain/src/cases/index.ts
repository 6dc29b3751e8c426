export * from './states.ts';
export * from './danish-date.ts';
export * from './case-number.ts';
export * from './steps.ts';

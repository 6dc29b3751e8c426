export * from './states.ts';
export * from './danish-date.ts';

export * from './figures.ts';
export * from './calendar.ts';

export * from './rules.ts';
export * from './statistics.ts';

export * from './rules.ts';
export * from './effect.ts';

export * from './age.ts';
export * from './cpr.ts';

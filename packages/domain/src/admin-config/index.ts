export * from './config-rules.ts';

export * from './recipients.ts';
export * from './texts.ts';

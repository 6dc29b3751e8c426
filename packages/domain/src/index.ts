export * from './password.ts';
export * from './redact.ts';
export * from './roles.ts';

export * from './password.ts';
export * from './redact.ts';
export * from './roles.ts';
export * from './queue/index.ts';
export * from './cpr/index.ts';

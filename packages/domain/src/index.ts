export * from './password.ts';
export * from './redact.ts';
export * from './roles.ts';
export * from './queue/index.ts';
export * from './cpr/index.ts';
export * from './cases/index.ts';
export * from './digital-post/index.ts';
export * from './self-service/index.ts';

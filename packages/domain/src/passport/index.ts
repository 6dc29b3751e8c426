export * from './codes.ts';
export * from './rules.ts';
export * from './old-passport.ts';

export * from './geo.ts';
export * from './postcodes.ts';
export * from './rules.ts';
export * from './doctor-change.ts';

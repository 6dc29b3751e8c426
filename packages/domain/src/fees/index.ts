export * from './pension-age.ts';
export * from './fee-table.ts';

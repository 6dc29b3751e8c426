export * from './pension-age.ts';
export * from './fee-table.ts';
export * from './fee-table-file.ts';
export * from './next-year.ts';

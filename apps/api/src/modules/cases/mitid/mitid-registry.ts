// Moved to the floor; this re-export keeps the workflow files compiling until their imports follow.
export * from '../../../floor/registers/mitid-registry.ts';

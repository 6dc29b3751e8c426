// Operations of this feature are declared here (see define.ts and fees.ts for the shape).
export {};

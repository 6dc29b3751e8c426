/** Danish names of the passport (pas) workflow (the wizard's, the order's and the receipt's texts: da-passport-steps.ts). */
export const daPassport = {
  'case.type.passport': 'Pas',
  'workflows.passport': 'Pas',
} as const;

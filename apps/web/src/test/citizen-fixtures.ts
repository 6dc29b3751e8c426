import type { Case, Citizen, CitizenSummary } from '@skranke/contracts';

// Citizens and cases as the API answers them (synthetic numbers, as in the demo seed).

export const CITIZEN_ID = '00000000-0000-4000-8100-000000000015';
export const CASE_ID = '00000000-0000-4000-8200-000000000001';
export const POUL_CPR = '090461-1115';

export const POUL_SUMMARY: CitizenSummary = {
  id: CITIZEN_ID,
  name: 'Poul Hansen',
  cprMasked: '090461-XXXX',
  birthDate: '1961-04-09',
  age: 64,
  sex: 'male',
  status: 'active',
  municipality: { code: '0751', name: 'Aarhus Kommune' },
};

export const POUL: Citizen = {
  ...POUL_SUMMARY,
  addressProtected: false,
  address: { street: 'Oddervej 88', postcode: '8270', city: 'Højbjerg' },
  emigration: null,
  custodyHolders: [],
  children: [],
};

export function draftCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    type: 'digital_post_exemption',
    status: 'draft',
    currentStep: 'applicant',
    ticketId: null,
    version: 1,
    createdAt: '2025-11-20T09:00:00.000Z',
    updatedAt: '2025-11-20T09:00:00.000Z',
    citizen: { id: CITIZEN_ID, name: 'Poul Hansen', cprMasked: '090461-XXXX' },
    steps: ['applicant', 'identification', 'declaration'],
    stepData: {},
    events: [],
    digitalPostExemption: null,
    selfServiceDecision: null,
    ...overrides,
  };
}

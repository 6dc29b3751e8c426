import type { Case, Citizen, CitizenOverview, CitizenSummary } from '@skranke/contracts';

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
  pendingMove: null,
  custodyHolders: [],
  children: [],
};

export function draftCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    number: '2025-000042',
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

export const TICKET_ID = '00000000-0000-4000-8004-000000000001';

/** The overview of a citizen with nothing on record. */
export function emptyOverview(overrides: Partial<CitizenOverview> = {}): CitizenOverview {
  return {
    citizenId: CITIZEN_ID,
    currentVisit: null,
    cases: [],
    digitalPostExemption: null,
    selfService: { entitledToNonDigitalAlternative: false, exemptAreas: [], singleApplications: [] },
    identityDocuments: [],
    expiryWarningMonths: 6,
    visits: [],
    ...overrides,
  };
}

/** Poul at the counter from ticket D012: a passport expiring in two months, an expired licence, a decided case. */
export const POUL_OVERVIEW: CitizenOverview = emptyOverview({
  currentVisit: {
    ticketId: TICKET_ID,
    displayNumber: 'D012',
    service: { nameDa: 'Digital Post', nameEn: 'Digital Post' },
    location: 'Borgerservice Dokk1',
    state: 'called',
    arrivedAt: '2026-11-22T09:00:00.000Z',
    calledAt: '2026-11-22T09:10:00.000Z',
    finishedAt: null,
  },
  cases: [
    {
      id: CASE_ID,
      number: '2026-000017',
      type: 'self_service_exemption',
      status: 'refused',
      currentStep: null,
      ticketId: null,
      createdAt: '2026-10-01T08:00:00.000Z',
      updatedAt: '2026-10-01T08:20:00.000Z',
      events: [
        {
          at: '2026-10-01T08:00:00.000Z',
          action: 'start',
          fromStatus: null,
          toStatus: 'draft',
          note: null,
          staff: { id: '00000000-0000-4000-8002-000000000001', name: 'Anna Sørensen' },
        },
        {
          at: '2026-10-01T08:20:00.000Z',
          action: 'refuse',
          fromStatus: 'draft',
          toStatus: 'refused',
          note: null,
          staff: { id: '00000000-0000-4000-8002-000000000001', name: 'Anna Sørensen' },
        },
        {
          at: '2026-10-10T08:20:00.000Z',
          action: 'appeal_registered',
          fromStatus: 'refused',
          toStatus: 'refused',
          note: null,
          staff: { id: '00000000-0000-4000-8002-000000000001', name: 'Anna Sørensen' },
        },
      ],
    },
  ],
  selfService: {
    entitledToNonDigitalAlternative: true,
    exemptAreas: [{ code: 'boligstoette', nameDa: 'Boligstøtte', nameEn: 'Housing benefit', status: 'exempt_pending_appeal' }],
    singleApplications: [],
  },
  identityDocuments: [
    {
      id: '00000000-0000-4000-8007-000000000001',
      kind: 'passport',
      documentNumber: '210007919',
      issuedOn: '2017-01-22',
      expiresOn: '2027-01-22',
      status: 'valid',
      state: 'expires_soon',
      warning: true,
      healthLimited: false,
      categories: null,
    },
    {
      id: '00000000-0000-4000-8007-000000000002',
      kind: 'driving_licence',
      documentNumber: '30006151',
      issuedOn: '2011-07-22',
      expiresOn: '2026-07-22',
      status: 'valid',
      state: 'expired',
      warning: true,
      healthLimited: true,
      categories: ['B'],
    },
  ],
  visits: [
    {
      ticketId: TICKET_ID,
      displayNumber: 'D012',
      service: { nameDa: 'Digital Post', nameEn: 'Digital Post' },
      location: 'Borgerservice Dokk1',
      state: 'called',
      arrivedAt: '2026-11-22T09:00:00.000Z',
      calledAt: '2026-11-22T09:10:00.000Z',
      finishedAt: null,
    },
  ],
});

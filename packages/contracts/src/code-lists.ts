/**
 * Code lists the SPA needs at start-up (route search parameters, labels). Kept apart from the schema modules, which
 * build TypeBox schemas when loaded: importing a list from here does not bring TypeBox into the SPA's entry chunk.
 */

/** Why staff open a citizen's data: the errand. `andet` (other) needs a free-text reason. */
export const CITIZEN_PURPOSES = [
  'pas',
  'koerekort',
  'mitid',
  'sundhedskort',
  'digital-post',
  'selvbetjening',
  'vejledning',
  'andet',
] as const;
export type CitizenPurpose = (typeof CITIZEN_PURPOSES)[number];

export const CITIZEN_PURPOSE_LABELS: Record<CitizenPurpose, { da: string; en: string }> = {
  pas: { da: 'Pas', en: 'Passport' },
  koerekort: { da: 'Kørekort', en: 'Driving licence' },
  mitid: { da: 'MitID', en: 'MitID' },
  sundhedskort: { da: 'Sundhedskort', en: 'Health insurance card' },
  'digital-post': { da: 'Digital Post', en: 'Digital Post' },
  selvbetjening: { da: 'Fritagelse for digital selvbetjening', en: 'Exemption from digital self-service' },
  vejledning: { da: 'Vejledning', en: 'Guidance' },
  andet: { da: 'Andet', en: 'Other' },
};

/** What an audit record about a citizen says happened, in words a citizen reading their log extract understands. */
export const CITIZEN_AUDIT_ACTIONS = {
  'citizen.lookup': { da: 'Opslag på CPR-nummer', en: 'Look-up by CPR number' },
  'citizen.read': { da: 'Visning af oplysninger', en: 'Details viewed' },
  'citizen.overview': {
    da: 'Overblik vist (sager, fritagelser, pas og kørekort, besøg)',
    en: 'Overview viewed (cases, exemptions, passport and licence, visits)',
  },
  'citizen.read-relation': { da: 'Vist som relation til en anden borger', en: 'Shown as related to another citizen' },
  'citizen.reveal-cpr': { da: 'Fuldt CPR-nummer vist', en: 'Full CPR number shown' },
  'citizen.access-log': { da: 'Udtræk af denne log', en: 'Extract of this log' },
  'citizen.read-audit-search': { da: 'Navn vist i en søgning i logningen', en: 'Name shown in an audit trail search' },
} as const;

/** How ticket statistics can be grouped. */
export const TICKET_GROUPINGS = ['location', 'service', 'counter', 'staff', 'day', 'weekday', 'hour'] as const;

import {
  AUDIT_ACTION_LABELS as SHARED_ACTION_LABELS,
  auditActionLabel as sharedActionLabel,
  auditPurposeLabel as sharedPurposeLabel,
} from '@skranke/contracts';
import type { Language } from '../../i18n/i18n.tsx';

type Label = { da: string; en: string };

/** Every action in words, from the table the API's log extract uses too (@skranke/contracts audit-labels.ts). */
export const AUDIT_ACTION_LABELS: Record<string, Label> = SHARED_ACTION_LABELS;

/** An action in words; an action without a label shows its code (the API's audit-labels test keeps that from happening). */
export const auditActionLabel = (action: string, language: Language) => sharedActionLabel(action, language);

/** Groups of actions to filter by: a prefix ending in a dot matches every action under it. */
export const AUDIT_ACTION_GROUPS = {
  'citizen.': { da: 'Alt om borgeres oplysninger', en: 'Everything about citizens’ data' },
  'case.': { da: 'Alt om sager', en: 'Everything about cases' },
  'admin.': { da: 'Alt om brugere og enheder', en: 'Everything about users and devices' },
  'config.': { da: 'Alle ændringer af opsætningen', en: 'All configuration changes' },
  'auth.': { da: 'Alle log ind og log ud', en: 'All sign-ins and sign-outs' },
} as const satisfies Record<string, Label>;

/** Why: the stated purpose in words (errand or case type), with the free text when there is one. */
export function auditPurposeLabel(purpose: string | null, purposeText: unknown, language: Language): string | null {
  const named = sharedPurposeLabel(purpose, language);
  const text = typeof purposeText === 'string' && purposeText ? purposeText : null;
  if (named && text) return `${named}: ${text}`;
  return text ?? named;
}

/** Fields of a configuration change, for the "from → to" lines; an unknown field shows its name. */
export const AUDIT_FIELD_LABELS: Record<string, Label> = {
  username: { da: 'Brugernavn', en: 'Username' },
  name: { da: 'Navn', en: 'Name' },
  role: { da: 'Rolle', en: 'Role' },
  disabled: { da: 'Deaktiveret', en: 'Disabled' },
  locationIds: { da: 'Steder', en: 'Locations' },
  locationId: { da: 'Sted', en: 'Location' },
  kind: { da: 'Type', en: 'Kind' },
};

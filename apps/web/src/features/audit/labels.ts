import { CASE_AUDIT_ACTIONS, CITIZEN_AUDIT_ACTIONS, CITIZEN_PURPOSE_LABELS, type CitizenPurpose } from '@skranke/contracts';
import type { Language } from '../../i18n/i18n.tsx';

type Label = { da: string; en: string };

/** Actions recorded outside the citizen and case modules, in words a lead reading the trail understands. */
const OTHER_ACTIONS = {
  'citizen.access-log.csv': { da: 'Logudtræk hentet som CSV', en: 'Log extract downloaded as CSV' },
  'citizen.access-log.pdf': { da: 'Logudtræk hentet som PDF', en: 'Log extract downloaded as PDF' },
  'audit.search': { da: 'Søgning i loggen', en: 'Audit trail searched' },
  'auth.login': { da: 'Logget ind', en: 'Signed in' },
  'auth.login-failed': { da: 'Mislykket login', en: 'Failed sign-in' },
  'auth.logout': { da: 'Logget ud', en: 'Signed out' },
  'auth.device-token': { da: 'Enhed har hentet adgang', en: 'Device obtained access' },
  'auth.refresh-reuse-detected': { da: 'Genbrugt session afvist', en: 'Reused session refused' },
  'admin.user.create': { da: 'Bruger oprettet', en: 'User created' },
  'admin.user.update': { da: 'Bruger ændret', en: 'User changed' },
  'admin.device.create': { da: 'Enhed oprettet', en: 'Device created' },
  'admin.device.revoke': { da: 'Enhed spærret', en: 'Device revoked' },
  'self-service.status': { da: 'Fritagelse for selvbetjening vist', en: 'Self-service exemption viewed' },
} as const satisfies Record<string, Label>;

export const AUDIT_ACTION_LABELS: Record<string, Label> = { ...CITIZEN_AUDIT_ACTIONS, ...CASE_AUDIT_ACTIONS, ...OTHER_ACTIONS };

/** An action in words; an action without a label (e.g. a new configuration change) shows its code. */
export const auditActionLabel = (action: string, language: Language) => AUDIT_ACTION_LABELS[action]?.[language] ?? action;

/** Groups of actions to filter by: a prefix ending in a dot matches every action under it. */
export const AUDIT_ACTION_GROUPS = {
  'citizen.': { da: 'Alt om borgeres oplysninger', en: 'Everything about citizens’ data' },
  'case.': { da: 'Alt om sager', en: 'Everything about cases' },
  'admin.': { da: 'Alt om brugere og enheder', en: 'Everything about users and devices' },
  'config.': { da: 'Alle ændringer af opsætningen', en: 'All configuration changes' },
  'auth.': { da: 'Alle log ind og log ud', en: 'All sign-ins and sign-outs' },
} as const satisfies Record<string, Label>;

/** Why: the stated purpose in words, with the free text when there is one. */
export function auditPurposeLabel(purpose: string | null, purposeText: unknown, language: Language): string | null {
  const named =
    purpose && purpose in CITIZEN_PURPOSE_LABELS
      ? CITIZEN_PURPOSE_LABELS[purpose as CitizenPurpose][language]
      : purpose === 'indsigt'
        ? language === 'da'
          ? 'Indsigt (logudtræk)'
          : 'Right of access (log extract)'
        : purpose;
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

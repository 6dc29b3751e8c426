/** Danish labels for statistics tables and CSV files. */
import { DIGITAL_POST_GROUND_TEXT, SELF_SERVICE_GROUND_TEXT, type DigitalPostGround, type SelfServiceGround } from '@skranke/domain';

export const WEEKDAY_LABELS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;

/** "09-10": the hour from 09:00 to 10:00. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}-${String((hour + 1) % 24).padStart(2, '0')}`;

/** "dd-mm-åååå" from YYYY-MM-DD. */
export const dayLabel = (day: string) => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;

/** Known workflows; a new one (another team's case kind) is shown by its code until it is named here. */
const CASE_TYPES: Record<string, string> = {
  digital_post_exemption: 'Fritagelse for Digital Post',
  digital_post_revocation: 'Tilbagekaldelse af fritagelse for Digital Post',
  self_service_exemption: 'Undtagelse fra digital selvbetjening',
  passport: 'Pas',
  passport_application: 'Pas',
  mitid: 'MitID',
  mitid_issue: 'MitID',
  driving_licence: 'Kørekort',
  health_card: 'Sundhedskort',
  doctor_change: 'Lægeskift',
  address_change: 'Flytning',
};
export const caseTypeLabel = (type: string) => CASE_TYPES[type] ?? type;

const CASE_STATUSES: Record<string, string> = {
  completed: 'Gennemført',
  refused: 'Afslået',
  cancelled: 'Annulleret',
  revoked: 'Tilbagekaldt',
};
export const caseStatusLabel = (status: string) => CASE_STATUSES[status] ?? status;

export function groundLabel(exemption: 'digital_post' | 'self_service', ground: string): string {
  if (ground === 'not_stated') return 'Ikke oplyst';
  const text =
    exemption === 'digital_post'
      ? DIGITAL_POST_GROUND_TEXT[ground as DigitalPostGround]
      : SELF_SERVICE_GROUND_TEXT[ground as SelfServiceGround];
  return text?.da ?? ground;
}

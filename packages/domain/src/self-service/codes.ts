/**
 * Codes and Danish wording for undtagelse fra obligatorisk digital selvbetjening (domain.md §2). The grounds are the
 * særlige forhold the municipalities list (FUR; RKSK; lifeindenmark).
 */
export type SelfServiceGround =
  'disability' | 'lacks_digital_skills' | 'socially_vulnerable' | 'language_difficulties' | 'cannot_get_mitid';

export const SELF_SERVICE_GROUNDS: readonly SelfServiceGround[] = [
  'disability',
  'lacks_digital_skills',
  'socially_vulnerable',
  'language_difficulties',
  'cannot_get_mitid',
];

export const SELF_SERVICE_GROUND_TEXT: Record<SelfServiceGround, { da: string; en: string }> = {
  disability: { da: 'Handicap eller funktionsnedsættelse', en: 'Disability or functional impairment' },
  lacks_digital_skills: { da: 'Manglende digitale kompetencer', en: 'Lacks digital skills' },
  socially_vulnerable: { da: 'Socialt udsat', en: 'Socially vulnerable' },
  language_difficulties: { da: 'Sprogvanskeligheder', en: 'Language difficulties' },
  cannot_get_mitid: { da: 'Kan ikke få MitID', en: 'Cannot get MitID' },
};

/** ✱ Sources differ on whether an exemption covers one application or all future ones: both are modelled. */
export type SelfServiceScope = 'single_application' | 'general';
export const SELF_SERVICE_SCOPES: readonly SelfServiceScope[] = ['single_application', 'general'];

export const SELF_SERVICE_SCOPE_TEXT: Record<SelfServiceScope, { da: string; en: string }> = {
  single_application: { da: 'Enkelt ansøgning', en: 'One application' },
  general: { da: 'Generel for lovområdet', en: 'General for the law area' },
};

export type SelfServiceOutcome = 'grant' | 'refuse';
export const SELF_SERVICE_OUTCOMES: readonly SelfServiceOutcome[] = ['grant', 'refuse'];

export type AppealStatus = 'pending' | 'upheld' | 'overturned';
export const APPEAL_STATUSES: readonly AppealStatus[] = ['pending', 'upheld', 'overturned'];

/** Per law area, as `selfServiceStatus` answers it. */
export type AreaExemptionStatus = 'exempt' | 'exempt_pending_appeal' | 'not_exempt';
export const AREA_EXEMPTION_STATUSES: readonly AreaExemptionStatus[] = ['exempt', 'exempt_pending_appeal', 'not_exempt'];

/** The appeal body for every Udbetaling Danmark area (lov om Udbetaling Danmark § 13, stk. 4). */
export const UDK_APPEAL_BODY = 'Ankestyrelsen';

/** ✱ Herning's practice; configurable per municipality (`self_service_settings`). */
export const DEFAULT_APPEAL_PERIOD: AppealPeriod = { unit: 'weeks', count: 4 };

export type AppealPeriodUnit = 'weeks' | 'months';
export interface AppealPeriod {
  unit: AppealPeriodUnit;
  count: number;
}

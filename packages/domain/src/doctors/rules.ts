import { formatDanishDate } from '../cases/danish-date.ts';
import type { RuleProblem } from '../digital-post/rules.ts';
import { haversineKm, type GeoPoint } from './geo.ts';

/**
 * Lægevalg (choice of doctor) for sygesikringsgruppe 1 (domain.md §5; gentofte.dk, borger.dk): a doctor open to new
 * patients within 15 km of home, 5 km in the Copenhagen area; a change of group 1 ↔ 2 at most once in 12 months; a
 * change is free when moving, otherwise it costs a new health card (the health card's fee rules).
 */

/** The reach outside the Copenhagen area, in km. */
export const DOCTOR_REACH_KM = 15;
/** The reach inside the Copenhagen area, in km. */
export const DOCTOR_REACH_COPENHAGEN_KM = 5;

/**
 * The Copenhagen area of the 5 km rule, by kommunekode: Københavns and Frederiksberg Kommuner and the municipalities
 * of the former Københavns Amt (Ballerup, Brøndby, Dragør, Gentofte, Gladsaxe, Glostrup, Herlev, Albertslund,
 * Hvidovre, Høje-Taastrup, Lyngby-Taarbæk, Rødovre, Ishøj, Tårnby, Vallensbæk). The sources name "hovedstadsområdet"
 * without a list; this is the dense, continuous built-up area where 5 km still reaches many practices. It is one list
 * so a region's own definition can replace it in one place. Furesø (190) lies outside it and keeps 15 km.
 */
export const COPENHAGEN_AREA_MUNICIPALITY_CODES: ReadonlySet<string> = new Set([
  '101', // København
  '147', // Frederiksberg
  '151', // Ballerup
  '153', // Brøndby
  '155', // Dragør
  '157', // Gentofte
  '159', // Gladsaxe
  '161', // Glostrup
  '163', // Herlev
  '165', // Albertslund
  '167', // Hvidovre
  '169', // Høje-Taastrup
  '173', // Lyngby-Taarbæk
  '175', // Rødovre
  '183', // Ishøj
  '185', // Tårnby
  '187', // Vallensbæk
]);

export const isCopenhagenArea = (municipalityCode: string) => COPENHAGEN_AREA_MUNICIPALITY_CODES.has(municipalityCode);

/** How far from home the citizen may choose a doctor, by the municipality they live (or will live) in. */
export const doctorReachKm = (municipalityCode: string) =>
  isCopenhagenArea(municipalityCode) ? DOCTOR_REACH_COPENHAGEN_KM : DOCTOR_REACH_KM;

/** What the reach rule needs to know about a practice. */
export interface DoctorPlace {
  location: GeoPoint;
  openForNewPatients: boolean;
}

export type WithDistance<D> = D & { distanceKm: number };

/** Every practice with its distance from home, nearest first (ties keep the register's order). */
export function byDistance<D extends DoctorPlace>(doctors: readonly D[], home: GeoPoint): WithDistance<D>[] {
  return doctors.map((d) => ({ ...d, distanceKm: haversineKm(home, d.location) })).sort((a, b) => a.distanceKm - b.distanceKm);
}

/** The practices the citizen may choose: open to new patients and within reach of home, nearest first. */
export function doctorsWithinReach<D extends DoctorPlace>(
  doctors: readonly D[],
  home: GeoPoint,
  municipalityCode: string,
): WithDistance<D>[] {
  const reach = doctorReachKm(municipalityCode);
  return byDistance(doctors, home).filter((d) => d.openForNewPatients && d.distanceKm <= reach);
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });

/** Why this practice cannot be chosen (closed, too far), or nothing. */
export function doctorReachProblems(doctor: DoctorPlace, home: GeoPoint, municipalityCode: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!doctor.openForNewPatients)
    problems.push(problem('/doctorId', 'doctor-closed', 'Lægen tager ikke imod nye patienter.', 'The doctor is not taking new patients.'));
  const reach = doctorReachKm(municipalityCode);
  const km = haversineKm(home, doctor.location);
  if (km > reach)
    problems.push(
      problem(
        '/doctorId',
        'doctor-out-of-reach',
        `Lægen ligger ca. ${formatKm(km)} fra bopælen; der kan kun vælges en læge inden for ${reach} km.`,
        `The doctor is about ${km.toFixed(1)} km from home; only doctors within ${reach} km can be chosen.`,
      ),
    );
  return problems;
}

/** A distance as the counter reads it: "3,2 km". */
export const formatKm = (km: number) => `${km.toFixed(1).replace('.', ',')} km`;

/** Sygesikringsgruppe: 1 (own doctor, free) or 2 (any doctor, own share of the cost). */
export type InsuranceGroup = 1 | 2;
export const INSURANCE_GROUPS: readonly InsuranceGroup[] = [1, 2];

/** Months that must pass between two changes of sygesikringsgruppe. */
export const GROUP_CHANGE_MONTHS = 12;

/** The first day a citizen whose group last changed on `lastChange` may change it again (same day, 12 months on). */
export function groupChangeAllowedFrom(lastChange: string): string {
  const [y, m, d] = lastChange.split('-').map(Number) as [number, number, number];
  const year = y + GROUP_CHANGE_MONTHS / 12;
  // 29 February moves to 28 February in a year that has none.
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Refuses a group change within 12 months of the last one; a first change (no date on record) is always allowed. */
export function groupChangeProblems(
  current: InsuranceGroup,
  wanted: InsuranceGroup,
  lastChange: string | null,
  today: string,
): RuleProblem[] {
  if (current === wanted || lastChange === null) return [];
  const from = groupChangeAllowedFrom(lastChange);
  if (today >= from) return [];
  return [
    problem(
      '/group',
      'group-change-too-soon',
      `Sygesikringsgruppen blev sidst skiftet den ${formatDanishDate(lastChange)}. Den kan tidligst skiftes igen den ${formatDanishDate(from)}.`,
      `The health insurance group last changed on ${lastChange}; it can change again from ${from}.`,
    ),
  ];
}

export type DoctorChangeReason = 'moving' | 'wish' | 'group_change';
export const DOCTOR_CHANGE_REASONS: readonly DoctorChangeReason[] = ['moving', 'wish', 'group_change'];
export const DOCTOR_CHANGE_REASON_TEXT: Record<DoctorChangeReason, { da: string; en: string }> = {
  moving: { da: 'Flytning', en: 'Moving' },
  wish: { da: 'Ønske om anden læge', en: 'Wish for another doctor' },
  group_change: { da: 'Skift af sygesikringsgruppe', en: 'Change of health insurance group' },
};

/** A change when moving is free; any other change of doctor or group costs a new health card. */
export const doctorChangeIsFree = (reason: DoctorChangeReason) => reason === 'moving';

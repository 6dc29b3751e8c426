import type { DoctorView, HealthInsuranceView } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  formatKroner,
  groupChangeAllowedFrom,
  HEALTH_CARD_FEE_CODE,
  HEALTH_CARD_FREE_TEXT,
  parseCpr,
  postcodeArea,
  serviceDay,
  type GeoPoint,
  type HealthCardFreeReason,
} from '@skranke/domain';
import { AppError, conflict } from '../../errors.ts';
import type { Doctor, HealthInsurance } from '../../floor/registers/doctor-register.ts';
import type { PersonRecord } from '../../floor/registers/person-register.ts';
import { feeFor } from '../fees/fees.service.ts';

/**
 * What the sundhedskort and lægeskift workflows share (both price a new health card and show the citizen's
 * sygesikring): it sits beside the workflows, since a case type borrows from cases/, not from a sibling.
 */
export const HEALTH_CARD_TYPE = 'health_card';
export const DOCTOR_CHANGE_TYPE = 'doctor_change';

/** The receipts' fee line: what was paid and from which table, or why it is free. */
export function feeLine(order: { feeOre: number; feeYear: number; freeBecause: string | null }): string {
  if (order.freeBecause) return `${HEALTH_CARD_FREE_TEXT[order.freeBecause as HealthCardFreeReason].da}.`;
  return `Gebyr: ${formatKroner(order.feeOre)} (gebyrtabel ${order.feeYear}). Gebyret er betalt.`;
}

/** A practice as the counter reads it; the distance rounded to 100 m (home is a postal area's centre). */
export const doctorView = (d: Doctor, distanceKm: number | null = null): DoctorView => ({
  id: d.id,
  clinicName: d.clinicName,
  doctorNames: d.doctorNames,
  address: `${d.address.street}, ${d.address.postcode} ${d.address.city}`,
  phone: d.phone,
  openForNewPatients: d.openForNewPatients,
  distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
});

export const insuranceView = (ins: HealthInsurance): HealthInsuranceView => ({
  group: ins.group,
  doctor: ins.doctor && doctorView(ins.doctor),
  groupChangedOn: ins.groupChangedOn,
  groupChangeAllowedFrom: ins.groupChangedOn ? groupChangeAllowedFrom(ins.groupChangedOn) : null,
  cardIssuedOn: ins.cardIssuedOn,
});

/** Where the citizen lives for the reach rule: the postal area's centre, in their municipality of residence. */
export interface Home {
  point: GeoPoint;
  municipalityCode: string;
  postcode: string;
  city: string;
}

export function homeOf(person: PersonRecord): Home | null {
  if (!person.address) return null;
  const area = postcodeArea(person.address.postcode);
  if (!area) return null;
  return {
    point: { lat: area.lat, lon: area.lon },
    municipalityCode: person.municipality.code,
    postcode: person.address.postcode,
    city: person.address.city,
  };
}

export const noHome = () =>
  conflict(
    'no-danish-address',
    'Borgerens bopæl kan ikke placeres (ingen fast adresse, udrejst eller adressebeskyttet), så der kan ikke vælges læge efter afstand her.',
    {
      detailEn:
        "The citizen's home cannot be placed (no fixed address, emigrated or protected), so no doctor can be chosen by distance here.",
    },
  );

export interface FeeView {
  amountOre: number;
  year: number;
  approximate: boolean;
  freeBecause: string | null;
  label: string;
}

/**
 * The fee: nothing when `free` names why, else the fee table's `health_card` rate for the year (409
 * `fee-table-missing` when there is none).
 */
export async function healthCardFeeView(
  tx: Tx,
  municipalityId: string,
  person: PersonRecord,
  free: { reason: string; label: string } | null,
): Promise<FeeView> {
  const today = serviceDay(new Date());
  if (free) return { amountOre: 0, year: Number(today.slice(0, 4)), approximate: false, freeBecause: free.reason, label: free.label };
  const parsed = parseCpr(person.cpr);
  if (!parsed.ok) throw new Error(`register holds an invalid CPR number for ${person.id}`);
  const found = await feeFor(tx, {
    municipalityId,
    product: 'health_card',
    birthDate: parsed.cpr.birthDate,
    on: today,
    code: HEALTH_CARD_FEE_CODE,
  });
  return {
    amountOre: found.rate.amountOre,
    year: found.year,
    approximate: found.approximate,
    freeBecause: null,
    label: found.rate.labelDa,
  };
}

/** A draft's fee, or why it cannot be found (a missing fee table must not hide the case). */
export async function feeOrProblem(
  quote: () => Promise<FeeView>,
): Promise<{ fee: FeeView | null; feeProblem?: { code: string; da: string; en: string } }> {
  try {
    return { fee: await quote() };
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 409) throw error;
    return {
      fee: null,
      feeProblem: { code: error.code, da: error.detail ?? error.title, en: String(error.extra.detailEn ?? error.detail ?? error.title) },
    };
  }
}

import type { PassportOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  consentRequired,
  documentState,
  expectedOldPassportOutcome,
  fingerprintsRequired,
  outcomesAgreeingWithRegister,
  passportToShow,
  maskCpr,
  parseCpr,
  passportBlockers,
  passportFee,
  passportValidityYears,
  serviceDay,
  ageFacts,
  type AgeFacts,
  type ConsentData,
  type PassportFacts,
  type PassportProblem,
} from '@skranke/domain';
import { AppError } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import type { IdentityDocument, IdentityDocumentRegister } from '../../../floor/registers/identity-documents.ts';
import type { OpenPersonRegister, PersonRecord, RelatedPersonRecord } from '../../../floor/registers/person-register.ts';
import type { Staff } from '../../../floor/staff.ts';
import { feeFor, type FeeQuote } from '../../fees/fees.service.ts';
import type { PassportOrderRow } from './passport.repository.ts';

export const PASSPORT_TYPE = 'passport';

/** A consent as stored in the step: who consented how, registered when and by whom. */
export interface StoredConsent {
  holderId: string;
  method: ConsentData['consents'][number]['method'];
  registeredAt: string;
  registeredBy: { id: string; name: string };
}

export const today = () => serviceDay(new Date());

export function birthDateOf(person: PersonRecord): string {
  const parsed = parseCpr(person.cpr);
  if (!parsed.ok) throw new Error(`person ${person.id} has an unreadable CPR number`);
  return parsed.cpr.birthDate;
}

// Custody holders read once per transaction and child, so that their audit records are not repeated.
const holdersRead = new WeakMap<Tx, Map<string, RelatedPersonRecord[]>>();

/**
 * The custody holders of a child (none are needed for an adult). Showing them reads their data, so each read is
 * audited about the holder, as the citizen page does ("vist som relation").
 */
export async function custodyHolders(
  tx: Tx,
  staff: Staff,
  openRegister: OpenPersonRegister,
  child: PersonRecord,
): Promise<RelatedPersonRecord[]> {
  const cache = holdersRead.get(tx) ?? new Map<string, RelatedPersonRecord[]>();
  holdersRead.set(tx, cache);
  const cached = cache.get(child.id);
  if (cached) return cached;
  const { holders } = await openRegister(tx).findCustody(child.id);
  for (const holder of holders) {
    await auditCitizen(tx, staff, {
      action: 'citizen.read-relation',
      subjectId: holder.id,
      purpose: PASSPORT_TYPE,
      details: { viaCitizenId: child.id },
    });
  }
  cache.set(child.id, holders);
  return holders;
}

/**
 * The passport on record the applicant should show: for a draft, the newest of the person's passports if it is still
 * theirs (`passportToShow`); for an order, the one recorded with it when it was placed.
 */
export async function passportOnRecord(
  tx: Tx,
  documents: IdentityDocumentRegister,
  personId: string,
  order: Pick<PassportOrderRow, 'oldDocumentId'> | null,
): Promise<IdentityDocument | null> {
  if (order) return order.oldDocumentId ? documents.findById(tx, order.oldDocumentId) : null;
  return passportToShow((await documents.listForPerson(tx, personId)).filter((d) => d.kind === 'passport'));
}

export interface Assessment {
  facts: AgeFacts;
  holders: RelatedPersonRecord[];
  onRecord: IdentityDocument | null;
  quote: FeeQuote | null;
  fee: { baseAmountOre: number; amountOre: number; doubled: boolean } | null;
  blockers: PassportProblem[];
}

export interface AssessDeps {
  openRegister: OpenPersonRegister;
  documents: IdentityDocumentRegister;
}

/**
 * Today's requirements, fee and blockers for a passport draft (fee lookup failures become blockers). The fee follows
 * the old-passport answer and the identity-document register: a passport on record not shown doubles it. Reading
 * the register is part of the case read or write the caller audits about the citizen.
 */
export async function assess(
  tx: Tx,
  staff: Staff,
  { openRegister, documents }: AssessDeps,
  person: PersonRecord,
  stepData: Record<string, unknown>,
  on = today(),
  order: PassportOrderRow | null = null,
): Promise<Assessment> {
  const birthDate = birthDateOf(person);
  const facts = ageFacts(birthDate, on);
  const holders = consentRequired(facts.age) ? await custodyHolders(tx, staff, openRegister, person) : [];
  const onRecord = await passportOnRecord(tx, documents, person.id, order);
  const oldPassport = (stepData.old_passport as PassportFacts['stepData']['old_passport'])?.outcome;
  let quote: FeeQuote | null = null;
  let feeProblem: PassportProblem | null = null;
  try {
    // The municipality's own table, if it keeps one, is preferred over the national one.
    quote = await feeFor(tx, { municipalityId: staff.municipalityId, product: 'passport', birthDate, on });
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 409) throw error;
    feeProblem = { field: '/fee', code: error.code, da: error.detail ?? error.title, en: String(error.extra.detailEn ?? error.title) };
  }
  // Before the old passport is answered, the fee shown is the one for the register's answer.
  const fee = quote && passportFee(quote.rate.amountOre, oldPassport ?? expectedOldPassportOutcome(onRecord), onRecord);
  const blockers = passportBlockers({
    age: facts.age,
    holderIds: holders.map((h) => h.id),
    holderNames: Object.fromEntries(holders.map((h) => [h.id, `${h.givenNames} ${h.surname}`])),
    passportOnRecord: onRecord,
    stepData: stepData as PassportFacts['stepData'],
    feeOre: fee?.amountOre ?? -1,
  });
  return {
    facts,
    holders,
    onRecord,
    quote,
    fee: fee && { baseAmountOre: quote!.rate.amountOre, ...fee },
    // Without a fee table the payment cannot be checked: say why, not that the payment is wrong.
    blockers: feeProblem ? [feeProblem, ...blockers.filter((b) => b.code !== 'payment-mismatch')] : blockers,
  };
}

const holderView = (holder: RelatedPersonRecord, consents: StoredConsent[]) => {
  const consent = consents.find((c) => c.holderId === holder.id);
  return {
    id: holder.id,
    name: `${holder.givenNames} ${holder.surname}`,
    cprMasked: maskCpr(holder.cpr),
    consent: consent ? { method: consent.method, registeredAt: consent.registeredAt, registeredBy: consent.registeredBy } : null,
  };
};

export const storedConsents = (stepData: Record<string, unknown>) =>
  (stepData.consent as { consents?: StoredConsent[] } | undefined)?.consents ?? [];

/** The case's passport section: a draft's assessment today, or (assessed on the order date) what the order recorded. */
export function outcomeView(
  assessment: Assessment,
  stepData: Record<string, unknown>,
  order: PassportOrderRow | null,
  isDraft: boolean,
): PassportOutcome {
  const { facts, holders, quote, fee, onRecord } = assessment;
  const age = facts.age;
  return {
    age,
    pensionAgeDate: facts.pensionAgeDate,
    fingerprintsRequired: fingerprintsRequired(age),
    consentRequired: consentRequired(age),
    validityYears: order?.validityYears ?? passportValidityYears(age),
    custodyHolders: holders.map((h) => holderView(h, storedConsents(stepData))),
    oldPassport: {
      onRecord: onRecord && {
        documentNumber: onRecord.documentNumber,
        issuedOn: onRecord.issuedOn,
        expiresOn: onRecord.expiresOn,
        status: onRecord.status,
        state: documentState(onRecord, today()),
      },
      expected: expectedOldPassportOutcome(onRecord),
      agreeing: [...outcomesAgreeingWithRegister(onRecord)],
    },
    fee: order
      ? {
          year: order.feeYear,
          rateCode: order.feeRateCode,
          // The assessment of an ordered case is made for the order date, so its rate is the one charged unless the
          // table has been changed since.
          labelDa: quote?.rate.code === order.feeRateCode ? quote.rate.labelDa : order.feeRateCode,
          labelEn: quote?.rate.code === order.feeRateCode ? quote.rate.labelEn : order.feeRateCode,
          baseAmountOre: order.baseAmountOre,
          amountOre: order.amountOre,
          doubled: order.doubled,
          approximate: order.feeApproximate,
        }
      : quote && fee
        ? {
            year: quote.year,
            rateCode: quote.rate.code,
            labelDa: quote.rate.labelDa,
            labelEn: quote.rate.labelEn,
            ...fee,
            approximate: quote.approximate,
          }
        : null,
    blockers: isDraft ? assessment.blockers : [],
    order: order && {
      id: order.id,
      status: order.status,
      amountOre: order.amountOre,
      doubled: order.doubled,
      paymentMethod: order.paymentMethod,
      paidAt: order.paidAt.toISOString(),
      orderedAt: order.orderedAt.toISOString(),
      validityYears: order.validityYears,
      passportNumber: order.passportNumber,
      issuedOn: order.issuedOn,
      expiresOn: order.expiresOn,
      readyAt: order.readyAt?.toISOString() ?? null,
      handedOutAt: order.handedOutAt?.toISOString() ?? null,
      identityDocumentId: order.identityDocumentId,
    },
  };
}

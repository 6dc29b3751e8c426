import { PASSPORT_STEP_SCHEMAS } from '@skranke/contracts';
import {
  consentProblems,
  consentRequired,
  fingerprintProblems,
  identityProblems,
  oldPassportProblems,
  oldPassportStatusAtHandOut,
  normaliseDanishPhone,
  paymentProblems,
  redactCprShaped,
  PASSPORT_STEP_TEXT,
  PASSPORT_STEPS,
  passportValidityYears,
  serviceDay,
  ageFacts,
  type ConsentData,
  type FingerprintsData,
  type IdentityData,
  type OldPassportData,
  type PaymentData,
} from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import type { IdentityDocumentRegister } from '../../../floor/registers/identity-documents.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import type { OpenPersonRegister } from '../../../floor/registers/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, refuseStep, ruleProblem } from '../workflow-kit.ts';
import type { CaseWorkflow } from '../workflow.ts';
import { passportDocument } from './passport-receipt.ts';
import {
  assess,
  birthDateOf,
  custodyHolders,
  outcomeView,
  PASSPORT_TYPE,
  passportOnRecord,
  storedConsents,
  today,
  type StoredConsent,
} from './passport.assess.ts';
import type { PassportRepository } from './passport.repository.ts';

export interface PassportWorkflowDeps {
  repo: CasesRepository;
  passports: PassportRepository;
  openRegister: OpenPersonRegister;
  documents: IdentityDocumentRegister;
}

const ageToday = (person: PersonRecord) => ageFacts(birthDateOf(person), today()).age;

/**
 * Pas (domain.md §4): identity, the old passport, photo, fingerprints from 12, every custody holder's consent under
 * 18, payment of the fee from the fee table; completing orders the passport (or, when identity could not be
 * established, refuses). The order then moves to ready for pick-up and handed out (passport.service.ts).
 */
export function passportWorkflow({ repo, passports, openRegister, documents }: PassportWorkflowDeps): CaseWorkflow {
  const registers = { openRegister, documents };
  return defineWorkflow({
    type: 'passport',
    steps: PASSPORT_STEPS,
    schemas: PASSPORT_STEP_SCHEMAS,
    stepText: PASSPORT_STEP_TEXT,
    needs: {
      payment: {
        step: 'old_passport',
        because: 'gebyret afhænger af, om det gamle pas afleveres',
        becauseEn: 'Save the old passport step first: the fee depends on it.',
      },
    },

    async checkStart({ tx, person }) {
      const open = await passports.openForPerson(person.id, tx);
      if (open) {
        throw conflict('passport-already-ordered', 'Borgeren har allerede et pas i bestilling, som ikke er udleveret.', {
          detailEn: 'The citizen already has a passport on order that has not been handed out.',
          caseId: open.caseId,
        });
      }
    },

    async validateStep(step, data, { tx, staff, person, stepData }) {
      const by = async () => ({ id: staff.id, name: await repo.staffName(staff.id, tx) });
      switch (step) {
        case 'identity':
          refuseStep(identityProblems(data as IdentityData));
          return data as Record<string, unknown>;
        case 'old_passport': {
          // An answer other than the register's needs a reason (e.g. "first passport" with a passport on record).
          const answer = data as OldPassportData;
          refuseStep(oldPassportProblems(await passportOnRecord(tx, documents, person.id, null), answer));
          const reason = answer.reason?.trim();
          return { outcome: answer.outcome, ...(reason && { reason: redactCprShaped(reason) }) };
        }
        case 'photo':
          return data as Record<string, unknown>;
        case 'fingerprints':
          refuseStep(fingerprintProblems(ageToday(person), data as FingerprintsData));
          return data as Record<string, unknown>;
        case 'consent': {
          const consent = data as ConsentData;
          const age = ageToday(person);
          // An adult's custody links (if the register still has any) are not read: they are not needed.
          const holders = consentRequired(age) ? await custodyHolders(tx, staff, openRegister, person) : [];
          refuseStep(
            consentProblems(
              age,
              holders.map((h) => h.id),
              consent,
            ),
          );
          // A consent saved before keeps when and by whom it was registered.
          const before = storedConsents(stepData);
          const registeredBy = await by();
          const at = new Date().toISOString();
          const consents: StoredConsent[] = consent.consents.map(
            (c) => before.find((b) => b.holderId === c.holderId && b.method === c.method) ?? { ...c, registeredAt: at, registeredBy },
          );
          return { consents };
        }
        case 'payment': {
          const { fee, blockers } = await assess(tx, staff, registers, person, stepData);
          if (!fee)
            throw ruleProblem(
              409,
              'fee-unavailable',
              blockers.filter((b) => b.field === '/fee'),
              '',
            );
          const payment = data as PaymentData;
          refuseStep(paymentProblems(fee.amountOre, payment));
          // The contact for "ready for pick-up", normalised (+45XXXXXXXX); left out when not given.
          const phone = payment.notifyPhone?.trim() ? normaliseDanishPhone(payment.notifyPhone) : null;
          const email = payment.notifyEmail?.trim() || null;
          const { notifyPhone: _phone, notifyEmail: _email, ...paid } = payment;
          return {
            ...paid,
            ...(phone ? { notifyPhone: phone } : {}),
            ...(email ? { notifyEmail: email } : {}),
            registeredAt: new Date().toISOString(),
            registeredBy: await by(),
          };
        }
      }
    },

    completionAction: (row) => ((row.stepData.identity as IdentityData | undefined)?.verified === false ? 'refuse' : 'complete'),

    async complete({ tx, staff, person, caseRow }) {
      const identity = caseRow.stepData.identity as IdentityData | undefined;
      if (identity?.verified === false) return; // A refusal: nothing is ordered; the letter gives the reason.
      await passports.lockPerson(person.id, tx);
      const open = await passports.openForPerson(person.id, tx);
      if (open)
        throw conflict('passport-already-ordered', 'Borgeren har allerede et pas i bestilling, som ikke er udleveret.', {
          caseId: open.caseId,
        });
      const { facts, quote, fee, blockers, onRecord } = await assess(tx, staff, registers, person, caseRow.stepData);
      if (blockers.length > 0 || !quote || !fee) throw ruleProblem(409, 'passport-incomplete', blockers, '/stepData');
      const payment = caseRow.stepData.payment as PaymentData & { registeredAt: string; registeredBy: { id: string } };
      const oldPassport = (caseRow.stepData.old_passport as OldPassportData).outcome;
      await passports.insert(
        {
          caseId: caseRow.id,
          municipalityId: staff.municipalityId,
          personId: person.id,
          oldPassport,
          oldDocumentId: onRecord?.id ?? null,
          feeYear: quote.year,
          feeRateCode: quote.rate.code,
          baseAmountOre: fee.baseAmountOre,
          amountOre: fee.amountOre,
          doubled: fee.doubled,
          feeApproximate: quote.approximate,
          validityYears: passportValidityYears(facts.age),
          paymentMethod: payment.method,
          paidAt: new Date(payment.registeredAt),
          paidBy: payment.registeredBy.id,
          orderedBy: staff.id,
        },
        tx,
      );
      // A passport reported lost is invalid from the report on (randers.dk): mark the one on record now.
      if (oldPassport === 'lost' && onRecord && oldPassportStatusAtHandOut('lost', onRecord.status) === 'lost') {
        await documents.setStatus(tx, onRecord.id, 'lost', staff.id);
        await auditCitizen(tx, staff, {
          action: 'passport.old-passport',
          subjectId: person.id,
          purpose: PASSPORT_TYPE,
          details: { caseId: caseRow.id, documentId: onRecord.id, status: 'lost' },
        });
      }
    },

    async outcome({ tx, staff, person, caseRow }) {
      const order = await passports.byCase(caseRow.id, tx);
      const on = order ? serviceDay(order.orderedAt) : today();
      const assessment = await assess(tx, staff, registers, person, caseRow.stepData, on, order);
      return { passport: outcomeView(assessment, caseRow.stepData, order, caseRow.status === 'draft') };
    },

    async document(ctx) {
      const order = await passports.byCase(ctx.caseRow.id, ctx.tx);
      const on = order ? serviceDay(order.orderedAt) : today();
      const assessment = await assess(ctx.tx, ctx.staff, registers, ctx.person, ctx.caseRow.stepData, on, order);
      return passportDocument(repo, ctx, assessment, order);
    },
  });
}

export { PASSPORT_TYPE };

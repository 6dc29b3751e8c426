import { schema, type Tx } from '@skranke/db';
import { eq } from 'drizzle-orm';
import type { Case, PassportCancelBody, PassportHandOutBody, PassportReadyBody } from '@skranke/contracts';
import {
  oldPassportStatusAtHandOut,
  passportExpiry,
  passportReadyText,
  redactCprShaped,
  REPRESENTATION_KIND_TEXT,
  serviceDay,
  type OldPassportOutcome,
} from '@skranke/domain';
import { AppError, conflict } from '../../../errors.ts';
import {
  DuplicateDocumentNumberError,
  localIdentityDocumentRegister,
  type IdentityDocumentRegister,
} from '../../../floor/registers/identity-documents.ts';
import { recipientsOf } from '../../../floor/notifications/appointment-notices.ts';
import { LocalOutboxNotificationSender, type NotificationSender } from '../../../floor/notifications/notification-sender.ts';
import { notificationsEnabled } from '../../../floor/notifications/notification-settings.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import { checkRepresentative, type RepresentativeRef } from '../../../floor/representative-check.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CaseRow } from '../cases.repository.ts';
import type { CaseKit } from '../cases.service.ts';
import { today } from './passport.assess.ts';
import { createPassportRepository } from './passport.repository.ts';

const notPassport = () => conflict('not-a-passport-case', 'Sagen er ikke en passag.');

/** After ordering: the passport arrives (ready for pick-up) and is handed out; a draft can be cancelled. */
export function createPassportService(
  kit: CaseKit,
  documents: IdentityDocumentRegister = localIdentityDocumentRegister,
  notifications: NotificationSender = new LocalOutboxNotificationSender(),
) {
  const { db, load, view, audit, record, cancelDraft } = kit;
  const passports = createPassportRepository(db);

  function checkVersion(row: CaseRow, expectedVersion: number) {
    if (row.type !== 'passport') throw notPassport();
    if (row.version !== expectedVersion) {
      throw conflict('stale-version', 'Sagen er ændret af en anden. Hent den igen.', {
        currentState: row.status,
        currentVersion: row.version,
      });
    }
  }

  /**
   * Another person collecting the passport (issue 13): found in the person register and holding a representation that
   * covers passport pick-up today (a fuldmagt for it, a personal værgemål, custody); else 400 naming why.
   */
  async function collectorOf(tx: Tx, staff: Staff, row: CaseRow, person: PersonRecord, ref: RepresentativeRef) {
    try {
      const { representative, representation } = await checkRepresentative(tx, staff, {
        citizen: person,
        ref,
        act: 'passport_pickup',
        on: serviceDay(new Date()),
        auditPurpose: row.type,
        caseId: row.id,
        pointerBase: '/body/collectedBy',
      });
      return {
        id: representative.id,
        name: `${representative.givenNames} ${representative.surname}`,
        kind: REPRESENTATION_KIND_TEXT[representation.kind].da.toLowerCase(),
        representationId: representation.id,
      };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'step-invalid') throw error;
      throw new AppError(400, 'representative-not-allowed', 'Bad Request', error.detail, error.extra);
    }
  }

  async function orderFor(row: CaseRow, tx: Tx, expected: 'ordered' | 'ready_for_pickup') {
    const order = await passports.byCase(row.id, tx, true);
    if (!order || order.status !== expected) {
      const now = order?.status ?? row.status;
      throw conflict(
        'illegal-transition',
        expected === 'ordered' ? 'Passet er ikke i bestilling.' : 'Passet er ikke klar til afhentning.',
        {
          currentState: now,
          currentVersion: row.version,
        },
      );
    }
    return order;
  }

  /**
   * What the hand-out does to the person's other passports: the one noted with the order becomes handed in,
   * cancelled or lost as the old-passport answer says (`oldPassportStatusAtHandOut`); any other passport still marked
   * valid is cancelled too, since the new passport replaces it. (An order placed before the old passport was noted
   * treats every valid one as the noted one.)
   */
  async function oldPassportChanges(
    tx: Tx,
    personId: string,
    order: { oldDocumentId: string | null; oldPassport: OldPassportOutcome },
    newDocumentId: string,
  ) {
    const others = (await documents.listForPerson(tx, personId)).filter((d) => d.kind === 'passport' && d.id !== newDocumentId);
    return others.flatMap((d) => {
      const noted = order.oldDocumentId ? d.id === order.oldDocumentId : d.status === 'valid';
      const status = noted ? oldPassportStatusAtHandOut(order.oldPassport, d.status) : d.status === 'valid' ? ('cancelled' as const) : null;
      return status ? [{ id: d.id, status }] : [];
    });
  }

  /**
   * "Your passport is ready for pick-up" to the contact given at payment, in the transaction that marks it ready; only
   * when the municipality sends notices (appointment_settings.notifications_enabled).
   */
  async function tellPassportReady(tx: Tx, staff: Staff, row: CaseRow) {
    const payment = row.stepData.payment as { notifyPhone?: string; notifyEmail?: string } | undefined;
    if (!payment?.notifyPhone && !payment?.notifyEmail) return;
    if (!(await notificationsEnabled(tx, staff.municipalityId))) return;
    const [municipality] = await tx
      .select({ name: schema.municipalities.name })
      .from(schema.municipalities)
      .where(eq(schema.municipalities.id, staff.municipalityId));
    const text = passportReadyText({ language: 'da', locationName: `Borgerservice, ${municipality?.name ?? ''}` });
    for (const { channel, recipient } of recipientsOf({ phone: payment.notifyPhone ?? null, email: payment.notifyEmail ?? null })) {
      await notifications.send(tx, {
        municipalityId: staff.municipalityId,
        channel,
        kind: 'passport_ready',
        recipient,
        subject: text.subject,
        body: text.body,
      });
    }
  }

  return {
    /** The passport has arrived: its number and date of issue give the expiry date. */
    ready: (staff: Staff, caseId: string, body: PassportReadyBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, person } = await load(tx, staff, caseId, true);
        checkVersion(row, body.expectedVersion);
        const order = await orderFor(row, tx, 'ordered');
        const issuedOn = body.issuedOn ?? today();
        if (issuedOn > today() || issuedOn < serviceDay(order.orderedAt)) {
          throw new AppError(400, 'bad-issue-date', 'Bad Request', 'Udstedelsesdatoen skal ligge mellem bestillingen og i dag.', {
            detailEn: 'The date of issue must lie between the order and today.',
            errors: [{ pointer: '/body/issuedOn', detail: 'Udstedelsesdatoen skal ligge mellem bestillingen og i dag.' }],
          });
        }
        if (await passports.numberTaken(body.passportNumber, order.id, tx)) {
          throw conflict(
            'passport-number-taken',
            `Pasnummeret ${body.passportNumber} er allerede registreret på et andet pas. Ret nummeret.`,
            {
              detailEn: 'That passport number is already on record for another passport.',
            },
          );
        }
        await passports.update(
          order.id,
          {
            status: 'ready_for_pickup',
            passportNumber: body.passportNumber,
            issuedOn,
            expiresOn: passportExpiry(issuedOn, order.validityYears),
            readyAt: new Date(),
            readyBy: staff.id,
          },
          tx,
        );
        const updated = await record(tx, staff, row, { action: 'passport_ready', note: `Pas nr. ${body.passportNumber}` });
        await audit(tx, staff, row, 'passport.ready');
        await tellPassportReady(tx, staff, row);
        return view(tx, staff, updated, person);
      }),

    /**
     * Handed out: the new passport is recorded in the identity-document register, and the old one on record (noted
     * with the order) stops being valid: handed in when it was (whole or damaged), otherwise cancelled (not brought,
     * or answered as a first passport), so that the citizen holds one valid passport. Each change is audited.
     * (A lost one was marked lost when the passport was ordered.)
     */
    handOut: (staff: Staff, caseId: string, body: PassportHandOutBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, person } = await load(tx, staff, caseId, true);
        checkVersion(row, body.expectedVersion);
        const order = await orderFor(row, tx, 'ready_for_pickup');
        const collector = body.collectedBy ? await collectorOf(tx, staff, row, person, body.collectedBy) : null;
        let documentId: string;
        try {
          const recorded = await documents.record(tx, {
            personId: person.id,
            kind: 'passport',
            documentNumber: order.passportNumber!,
            issuedOn: order.issuedOn!,
            expiresOn: order.expiresOn!,
            caseId: row.id,
          });
          documentId = recorded.id;
        } catch (error) {
          if (!(error instanceof DuplicateDocumentNumberError)) throw error;
          throw conflict(
            'passport-number-taken',
            `Pasnummeret ${order.passportNumber} er allerede registreret på et andet pas. Ret nummeret.`,
            {
              detailEn: 'That passport number is already on record for another passport.',
            },
          );
        }
        for (const change of await oldPassportChanges(tx, person.id, order, documentId)) {
          await documents.setStatus(tx, change.id, change.status, staff.id);
          await audit(tx, staff, row, 'passport.old-passport', { documentId: change.id, status: change.status });
        }
        await passports.update(
          order.id,
          { status: 'handed_out', handedOutAt: new Date(), handedOutBy: staff.id, identityDocumentId: documentId },
          tx,
        );
        const note = collector ? `Udleveret til ${collector.name} (${collector.kind})` : null;
        const updated = await record(tx, staff, row, { action: 'passport_handed_out', note });
        await audit(
          tx,
          staff,
          row,
          'passport.hand-out',
          collector ? { collectedById: collector.id, representationId: collector.representationId } : {},
        );
        return view(tx, staff, updated, person);
      }),

    /** A draft given up (e.g. a custody holder will not consent): cancelled, with the reason in the timeline. */
    cancel: (staff: Staff, caseId: string, body: PassportCancelBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const loaded = await load(tx, staff, caseId, true);
        if (loaded.row.type !== 'passport') throw notPassport();
        return cancelDraft(tx, staff, loaded, body.expectedVersion, redactCprShaped(body.reason.trim()), 'passport.cancel');
      }),
  };
}

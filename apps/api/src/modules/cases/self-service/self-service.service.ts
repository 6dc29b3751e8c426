import type { Case, LawAreaList, MarkUdkNotifiedBody, RegisterAppealBody, ResolveAppealBody, SelfServiceStatus } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  appealBodyFor,
  areaStatus,
  entitledToNonDigitalAlternative,
  exemptionState,
  isGranted,
  nextCaseStatus,
  redactCprShaped,
} from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import type { OpenDigitalPostRegistry } from '../../../floor/registers/digital-post-registry.ts';
import { openLocalDigitalPostRegistry } from '../../../floor/registers/local-digital-post-registry.ts';
import { openLocalRecordingUdkNotifier } from '../../../floor/registers/local-recording-udk-notifier.ts';
import type { OpenUdbetalingDanmarkNotifier } from '../../../floor/registers/udk-notifier.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CaseKit } from '../cases.service.ts';
import { createSelfServiceRepository } from './self-service.repository.ts';
import { assertResponsible, SELF_SERVICE_TYPE } from './self-service.workflow.ts';

export interface SelfServiceDeps {
  openNotifier?: OpenUdbetalingDanmarkNotifier;
  openDigitalPostRegistry?: OpenDigitalPostRegistry;
}

const notSelfService = () =>
  conflict('not-self-service-case', 'Sagen er ikke en sag om fritagelse fra obligatorisk digital selvbetjening.');
const clean = (note: string | undefined) => (note?.trim() ? redactCprShaped(note.trim()) : null);

/** Law areas, the citizen's status per area, and what follows a decision: UDK notification and appeals. */
export function createSelfServiceService(kit: CaseKit, deps: SelfServiceDeps = {}) {
  const { db, repo, person, load, view, audit, record } = kit;
  const selfService = createSelfServiceRepository(db);
  const openNotifier = deps.openNotifier ?? openLocalRecordingUdkNotifier;
  const openDigitalPostRegistry = deps.openDigitalPostRegistry ?? openLocalDigitalPostRegistry;

  /** Loads a decided self-service case for a change after its decision: locked, version checked, with its decision. */
  async function decided(tx: Tx, staff: Staff, id: string, expectedVersion: number) {
    const loaded = await load(tx, staff, id, true);
    if (loaded.row.type !== SELF_SERVICE_TYPE) throw notSelfService();
    if (loaded.row.version !== expectedVersion) {
      throw conflict('stale-version', 'Sagen er ændret af en anden. Hent den igen.', {
        currentState: loaded.row.status,
        currentVersion: loaded.row.version,
      });
    }
    const decision = await selfService.byCase(loaded.row.id, tx);
    if (!decision) throw conflict('not-decided', 'Sagen er ikke afgjort endnu.', { currentState: loaded.row.status });
    return { ...loaded, decision };
  }

  return {
    /** The municipality's active law areas; configuration, not citizen data, so not audited. */
    listLawAreas: (staff: Staff): Promise<LawAreaList> =>
      db.transaction(async (tx) => {
        const { name } = await repo.municipality(staff.municipalityId, tx);
        const areas = await selfService.lawAreas(staff.municipalityId, tx);
        return {
          lawAreas: areas.map((a) => ({
            code: a.code,
            nameDa: a.nameDa,
            nameEn: a.nameEn,
            udbetalingDanmark: a.udbetalingDanmark,
            appealBody: appealBodyFor(a, name),
            legalReference: a.legalReference,
          })),
          appealPeriod: await selfService.appealPeriod(staff.municipalityId, tx),
        };
      }),

    status: (staff: Staff, personId: string): Promise<SelfServiceStatus> =>
      db.transaction(async (tx) => {
        const who = await person(tx, personId);
        const areas = await selfService.lawAreas(staff.municipalityId, tx);
        const decisions = await selfService.forPerson(staff.municipalityId, personId, tx);
        const covered = await selfService.areasOf(
          decisions.map((d) => d.id),
          tx,
        );
        const withAreas = decisions.map((d) => ({ ...d, lawAreas: covered.filter((c) => c.decisionId === d.id).map((c) => c.code) }));
        const digitalPost = await openDigitalPostRegistry(tx).current(personId);
        const digitalPostState = digitalPost && exemptionState({ revoked: false, lapsesOnReturn: digitalPost.lapsesOnReturn }, who.status);
        await auditCitizen(tx, staff, {
          action: 'self-service.status',
          subjectId: personId,
          purpose: SELF_SERVICE_TYPE,
          details: { count: String(decisions.length) },
        });
        return {
          citizenId: personId,
          entitledToNonDigitalAlternative: entitledToNonDigitalAlternative(digitalPostState),
          lawAreas: areas.map((a) => ({
            code: a.code,
            nameDa: a.nameDa,
            udbetalingDanmark: a.udbetalingDanmark,
            status: areaStatus(a.code, withAreas),
            singleApplications: withAreas
              .filter((d) => d.scope === 'single_application' && isGranted(d) && d.lawAreas.includes(a.code))
              .map((d) => ({ caseId: d.caseId, description: d.applicationDescription ?? '' })),
          })),
        };
      }),

    /** Records, through the notifier, that Udbetaling Danmark has been told of a granted exemption on its areas. */
    markUdkNotified: (staff: Staff, id: string, body: MarkUdkNotifiedBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, decision, person: who } = await decided(tx, staff, id, body.expectedVersion);
        if (!decision.udkNotificationRequired) {
          throw conflict(
            'udk-notification-not-required',
            'Afgørelsen skal ikke meddeles Udbetaling Danmark (intet bevilget UDK-lovområde).',
          );
        }
        if (decision.udkNotifiedAt) throw conflict('udk-already-notified', 'Udbetaling Danmark er allerede underrettet.');
        const udkAreas = (await selfService.areasOf([decision.id], tx)).filter((a) => a.udbetalingDanmark).map((a) => a.code);
        const { notifiedAt } = await openNotifier(tx).notify({
          decisionId: decision.id,
          municipalityId: row.municipalityId,
          lawAreaCodes: udkAreas,
          notifiedBy: staff.id,
        });
        await selfService.update(decision.id, { udkNotifiedAt: notifiedAt }, tx);
        const updated = await record(tx, staff, row, { action: 'udk_notified', note: udkAreas.join(', ') });
        await audit(tx, staff, row, 'self-service.udk-notified');
        return view(tx, staff, updated, who);
      }),

    /** A klage over an afslag: pending until resolved; meanwhile the citizen counts as exempt on the areas. */
    registerAppeal: (staff: Staff, id: string, body: RegisterAppealBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, decision, person: who } = await decided(tx, staff, id, body.expectedVersion);
        if (row.status !== 'refused') throw conflict('not-refused', 'Der kan kun klages over et afslag.', { currentState: row.status });
        if (decision.appealStatus)
          throw conflict('appeal-already-registered', 'Der er allerede registreret en klage i sagen.', {
            appealStatus: decision.appealStatus,
          });
        const note = clean(body.note);
        await selfService.update(decision.id, { appealStatus: 'pending', appealReceivedOn: body.receivedOn, appealNote: note }, tx);
        const updated = await record(tx, staff, row, { action: 'appeal_registered', note });
        await audit(tx, staff, row, 'self-service.appeal-registered', { receivedOn: body.receivedOn });
        return view(tx, staff, updated, who);
      }),

    /** Upheld: the refusal stands. Overturned: the exemption is granted and the case completed (UDK told if needed). */
    resolveAppeal: (staff: Staff, id: string, body: ResolveAppealBody): Promise<Case> =>
      db.transaction(async (tx) => {
        const { row, decision, person: who } = await decided(tx, staff, id, body.expectedVersion);
        if (decision.appealStatus !== 'pending')
          throw conflict('no-pending-appeal', 'Sagen har ingen verserende klage.', { appealStatus: decision.appealStatus });
        await assertResponsible(repo, tx, staff.municipalityId, who);
        const overturned = body.result === 'overturned';
        const status = overturned ? nextCaseStatus(row.status, 'overturn') : row.status;
        if (!status)
          throw conflict('illegal-transition', 'Afgørelsen kan ikke ændres i sagens nuværende status.', { currentState: row.status });
        const udkAreas = (await selfService.areasOf([decision.id], tx)).filter((a) => a.udbetalingDanmark);
        await selfService.update(
          decision.id,
          { appealStatus: body.result, appealResolvedAt: new Date(), udkNotificationRequired: overturned && udkAreas.length > 0 },
          tx,
        );
        const updated = await record(tx, staff, row, {
          action: overturned ? 'appeal_overturned' : 'appeal_upheld',
          note: clean(body.note),
          status,
        });
        await audit(tx, staff, row, 'self-service.appeal-resolved', { result: body.result });
        return view(tx, staff, updated, who);
      }),
  };
}

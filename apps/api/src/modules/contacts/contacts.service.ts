import {
  CITIZEN_CONTACTS_SHOWN,
  type CitizenContactList,
  type Contact,
  type ContactList,
  type ContactStatistics,
  type ContactStatisticsQuery,
  type ContactTopic,
  type CreateContactTopicBody,
  type CreateFollowUpTaskBody,
  type CreateReferralAuthorityBody,
  type FollowUpTask,
  type ListContactsQuery,
  type RecordContactBody,
  type ReferralAuthority,
  type UpdateContactTopicBody,
  type UpdateReferralAuthorityBody,
} from '@skranke/contracts';
import type { Database } from '@skranke/db';
import {
  addLocalDays,
  contactStatistics,
  copenhagenInstant,
  isFollowUpOverdue,
  localDaysBetween,
  serviceDay,
  validateContact,
  validateFollowUpDue,
  type Role,
} from '@skranke/domain';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import { auditConfig, changes, invalidConfig, takenConflict } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';
import { createContactsRepository, type ContactRow, type TaskRow } from './contacts.repository.ts';

export type Clock = () => Date;

/** The purpose a contact naming a citizen is recorded under in the citizen's access log. */
export const CONTACT_PURPOSE = 'henvendelse';
/** "Mine" shows done tasks this many days back, so a colleague sees what was just finished. */
const DONE_VISIBLE_DAYS = 7;
const MAX_PERIOD_DAYS = 366;

export interface ContactStaff extends Staff {
  role: Role;
}

const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  channel: row.channel,
  topicCode: row.topicCode,
  result: row.result,
  note: row.note,
  withCitizen: row.personId !== null,
  ticketId: row.ticketId,
  locationId: row.locationId,
  referralAuthority: row.authority,
  staff: { id: row.staffUserId, name: row.staffName },
  openFollowUps: row.openFollowUps,
});

const toTopic = (row: { id: string; code: string; labelDa: string; labelEn: string; active: boolean; position: number }): ContactTopic => ({
  id: row.id,
  code: row.code,
  labelDa: row.labelDa,
  labelEn: row.labelEn,
  active: row.active,
  position: row.position,
});

const toAuthority = (row: {
  id: string;
  name: string;
  phone: string;
  openingHours: string;
  url: string | null;
  active: boolean;
}): ReferralAuthority => ({
  id: row.id,
  name: row.name,
  phone: row.phone,
  openingHours: row.openingHours,
  url: row.url,
  active: row.active,
});

const toTask = (row: TaskRow, today: string): FollowUpTask => ({
  id: row.task.id,
  contactId: row.task.contactId,
  contact: {
    channel: row.contact.channel,
    topicCode: row.contact.topicCode,
    result: row.contact.result,
    createdAt: row.contact.createdAt.toISOString(),
    referralAuthorityName: row.authorityName,
  },
  assignee: { id: row.task.assigneeUserId, name: row.assigneeName },
  createdBy: { id: row.task.createdByUserId, name: row.creatorName },
  dueOn: row.task.dueOn,
  text: row.task.text,
  createdAt: row.task.createdAt.toISOString(),
  doneAt: row.task.doneAt?.toISOString() ?? null,
  doneBy: row.task.doneByUserId && row.doerName !== null ? { id: row.task.doneByUserId, name: row.doerName } : null,
  overdue: isFollowUpOverdue({ dueOn: row.task.dueOn, doneAt: row.task.doneAt }, today),
});

/** A keyset cursor: the last row's time and id, so a page never repeats or skips a row written meanwhile. */
const encodeCursor = (row: ContactRow) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(createdAt.getTime())) throw badRequest('invalid-cursor', 'Ugyldig side-markør.');
  return { createdAt, id };
}

const citizenNotFound = () =>
  new AppError(404, 'citizen-not-found', 'Not Found', 'Borgeren findes ikke.', { detailEn: 'The citizen does not exist.' });

function checkPeriod(from: string, to: string) {
  const days = localDaysBetween(from, to);
  if (days < 0) throw badRequest('period-reversed', 'Perioden slutter før den begynder.');
  if (days >= MAX_PERIOD_DAYS) throw badRequest('period-too-long', `Perioden må højst være ${MAX_PERIOD_DAYS} dage.`);
}

/** The contact log (docs/contacts.md): contacts, follow-up tasks, topics and the referral directory. */
export function createContactsService(db: Database, clock: Clock) {
  const repo = createContactsRepository(db);
  const today = () => serviceDay(clock());

  async function ownTask(staff: Staff, id: string, tx: Parameters<typeof repo.task>[2] = db) {
    const row = await repo.task(staff.municipalityId, id, tx);
    if (!row) throw notFound('Opgaven');
    return row;
  }

  return {
    async recordContact(staff: Staff, body: RecordContactBody): Promise<Contact> {
      const problems = validateContact(body);
      if (problems.length > 0) throw invalidConfig(problems, 'invalid-contact');
      return db.transaction(async (tx) => {
        const topic = await repo.topicByCode(staff.municipalityId, body.topicCode, tx);
        if (!topic || !topic.active) {
          throw new AppError(400, 'unknown-topic', 'Bad Request', 'Emnet findes ikke.', {
            errors: [{ pointer: '/body/topicCode', detail: 'Emnet findes ikke.' }],
          });
        }
        if (body.referralAuthorityId) {
          const authority = await repo.authority(staff.municipalityId, body.referralAuthorityId, tx);
          if (!authority || !authority.active) {
            throw new AppError(400, 'unknown-authority', 'Bad Request', 'Myndigheden findes ikke i henvisningslisten.', {
              errors: [{ pointer: '/body/referralAuthorityId', detail: 'Myndigheden findes ikke i henvisningslisten.' }],
            });
          }
        }
        if (body.locationId && (await repo.locationMunicipality(body.locationId, tx)) !== staff.municipalityId) {
          throw badRequest('unknown-location', 'Lokationen findes ikke.');
        }
        if (body.ticketId && (await repo.ticketMunicipality(body.ticketId, tx)) !== staff.municipalityId) throw notFound('Billetten');
        if (body.personId && !(await repo.personExists(body.personId, tx))) throw notFound('Borgeren');
        const id = await repo.insertContact(
          {
            municipalityId: staff.municipalityId,
            locationId: body.locationId ?? null,
            channel: body.channel,
            topicCode: body.topicCode,
            result: body.result,
            note: body.note?.trim() ? body.note.trim() : null,
            personId: body.personId ?? null,
            ticketId: body.ticketId ?? null,
            referralAuthorityId: body.referralAuthorityId ?? null,
            staffUserId: staff.id,
          },
          tx,
        );
        if (body.personId) {
          await auditCitizen(tx, staff, {
            action: 'contact.record',
            subjectId: body.personId,
            purpose: CONTACT_PURPOSE,
            details: { contactId: id, topic: body.topicCode, result: body.result },
          });
        }
        return toContact((await repo.contact(staff.municipalityId, id, tx))!);
      });
    },

    async listContacts(staff: Staff, query: ListContactsQuery): Promise<ContactList> {
      if (query.from && query.to && query.to < query.from) throw badRequest('period-reversed', 'Perioden slutter før den begynder.');
      const limit = query.limit ?? 50;
      const rows = await repo.contacts({
        municipalityId: staff.municipalityId,
        from: query.from ? copenhagenInstant(query.from, 0) : undefined,
        to: query.to ? copenhagenInstant(addLocalDays(query.to, 1), 0) : undefined,
        channel: query.channel,
        topicCode: query.topicCode,
        staffUserId: query.staffUserId,
        before: query.cursor ? decodeCursor(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return { items: page.map(toContact), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null };
    },

    /**
     * A citizen's contacts in the caller's municipality (the newest few and their number), audited as a read under the
     * contact log's own purpose, as the case list is under its own.
     */
    async listCitizenContacts(staff: Staff, personId: string): Promise<CitizenContactList> {
      const found = await db.transaction(async (tx) => {
        if (!(await repo.personExists(personId, tx))) return null;
        const listed = await repo.contactsOfCitizen(staff.municipalityId, personId, CITIZEN_CONTACTS_SHOWN, tx);
        await auditCitizen(tx, staff, { action: 'contact.list', subjectId: personId, purpose: CONTACT_PURPOSE });
        return listed;
      });
      if (!found) throw citizenNotFound();
      return { items: found.rows.map(toContact), total: found.total };
    },

    async createTask(staff: Staff, body: CreateFollowUpTaskBody): Promise<FollowUpTask> {
      const problems = validateFollowUpDue(body.dueOn, today());
      if (problems.length > 0) throw invalidConfig(problems, 'invalid-task');
      return db.transaction(async (tx) => {
        if (!(await repo.contact(staff.municipalityId, body.contactId, tx))) throw notFound('Henvendelsen');
        if (!(await repo.activeColleague(staff.municipalityId, body.assigneeUserId, tx))) {
          throw new AppError(400, 'unknown-assignee', 'Bad Request', 'Opgaven kan kun gives til en kollega i kommunen.', {
            errors: [{ pointer: '/body/assigneeUserId', detail: 'Opgaven kan kun gives til en kollega i kommunen.' }],
          });
        }
        const id = await repo.insertTask(
          {
            municipalityId: staff.municipalityId,
            contactId: body.contactId,
            assigneeUserId: body.assigneeUserId,
            dueOn: body.dueOn,
            text: body.text.trim(),
            createdByUserId: staff.id,
          },
          tx,
        );
        return toTask(await ownTask(staff, id, tx), today());
      });
    },

    async completeTask(staff: ContactStaff, id: string): Promise<FollowUpTask> {
      return db.transaction(async (tx) => {
        const task = await ownTask(staff, id, tx);
        if (task.task.doneAt !== null) throw conflict('task-done', 'Opgaven er allerede udført.');
        if (task.task.assigneeUserId !== staff.id && staff.role === 'counter') {
          throw forbidden('Kun den, opgaven er givet til, eller en teamleder kan markere den udført.');
        }
        const done = await repo.completeTask(staff.municipalityId, id, staff.id, clock(), tx);
        if (!done) throw conflict('task-done', 'Opgaven er allerede udført.');
        return toTask(await ownTask(staff, id, tx), today());
      });
    },

    async listTasks(staff: ContactStaff, scope: 'mine' | 'open'): Promise<{ items: FollowUpTask[] }> {
      if (scope === 'open' && staff.role === 'counter') throw forbidden('Alle åbne opgaver ses af teamledere.');
      const day = today();
      const rows =
        scope === 'open'
          ? await repo.openTasks(staff.municipalityId)
          : await repo.tasksOf(staff.municipalityId, staff.id, copenhagenInstant(addLocalDays(day, -DONE_VISIBLE_DAYS), 0));
      return { items: rows.map((row) => toTask(row, day)) };
    },

    async assignees(staff: Staff) {
      return { items: await repo.colleagues(staff.municipalityId) };
    },

    async topics(staff: Staff, includeInactive: boolean) {
      return { items: (await repo.topics(staff.municipalityId, includeInactive)).map(toTopic) };
    },

    async createTopic(staff: Staff, body: CreateContactTopicBody): Promise<ContactTopic> {
      return db.transaction(async (tx) => {
        const row = await repo.insertTopic({ municipalityId: staff.municipalityId, ...body, position: body.position ?? 0 }, tx);
        if (!row) throw takenConflict('topic-taken', 'code', 'Der findes allerede et emne med den kode.');
        await auditConfig(tx, staff, 'contact-topic.create', { type: 'contact-topic', id: row.id }, { after: toTopic(row) });
        return toTopic(row);
      });
    },

    async updateTopic(staff: Staff, id: string, body: UpdateContactTopicBody): Promise<ContactTopic> {
      return db.transaction(async (tx) => {
        const before = await repo.topic(staff.municipalityId, id, tx);
        if (!before) throw notFound('Emnet');
        const row = (await repo.updateTopic(staff.municipalityId, id, body, tx))!;
        await auditConfig(tx, staff, 'contact-topic.update', { type: 'contact-topic', id }, changes(toTopic(before), toTopic(row)));
        return toTopic(row);
      });
    },

    async authorities(staff: Staff, includeInactive: boolean) {
      return { items: (await repo.authorities(staff.municipalityId, includeInactive)).map(toAuthority) };
    },

    async createAuthority(staff: Staff, body: CreateReferralAuthorityBody): Promise<ReferralAuthority> {
      return db.transaction(async (tx) => {
        const row = await repo.insertAuthority({ municipalityId: staff.municipalityId, ...body, url: body.url ?? null }, tx);
        if (!row) throw takenConflict('authority-taken', 'name', 'Der findes allerede en myndighed med det navn.');
        await auditConfig(tx, staff, 'referral-authority.create', { type: 'referral-authority', id: row.id }, { after: toAuthority(row) });
        return toAuthority(row);
      });
    },

    async updateAuthority(staff: Staff, id: string, body: UpdateReferralAuthorityBody): Promise<ReferralAuthority> {
      return db.transaction(async (tx) => {
        const before = await repo.authority(staff.municipalityId, id, tx);
        if (!before) throw notFound('Myndigheden');
        if (body.name && (await repo.authorityNameTaken(staff.municipalityId, body.name, id, tx))) {
          throw takenConflict('authority-taken', 'name', 'Der findes allerede en myndighed med det navn.');
        }
        const row = (await repo.updateAuthority(staff.municipalityId, id, body, tx))!;
        await auditConfig(
          tx,
          staff,
          'referral-authority.update',
          { type: 'referral-authority', id },
          changes(toAuthority(before), toAuthority(row)),
        );
        return toAuthority(row);
      });
    },

    async statistics(staff: Staff, query: ContactStatisticsQuery): Promise<ContactStatistics> {
      checkPeriod(query.from, query.to);
      const from = copenhagenInstant(query.from, 0);
      const to = copenhagenInstant(addLocalDays(query.to, 1), 0);
      const [facts, tasks, topics, authorities] = await Promise.all([
        repo.contactFacts(staff.municipalityId, from, to),
        repo.taskFacts(staff.municipalityId, from, to),
        repo.topics(staff.municipalityId, true),
        repo.authorities(staff.municipalityId, true),
      ]);
      const stats = contactStatistics(facts, tasks, today());
      const topicOf = new Map(topics.map((t) => [t.code, t]));
      const authorityOf = new Map(authorities.map((a) => [a.id, a.name]));
      return {
        from: query.from,
        to: query.to,
        total: stats.total,
        byChannel: stats.byChannel,
        byResult: stats.byResult,
        byTopic: stats.byTopic.map((t) => ({
          ...t,
          labelDa: topicOf.get(t.topicCode)?.labelDa ?? t.topicCode,
          labelEn: topicOf.get(t.topicCode)?.labelEn ?? t.topicCode,
        })),
        referralsByAuthority: stats.referralsByAuthority.map((a) => ({ ...a, name: authorityOf.get(a.authorityId) ?? '' })),
        followUps: stats.followUps,
      };
    },
  };
}

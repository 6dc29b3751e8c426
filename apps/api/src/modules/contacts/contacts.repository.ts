import { schema, type DbOrTx } from '@skranke/db';
import { aliasedTable, and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';

const { contacts, contactTopics, referralAuthorities, followUpTasks, users, tickets, locations, persons } = schema;

export type ContactRow = typeof contacts.$inferSelect & {
  staffName: string;
  authority: { id: string; name: string; phone: string; openingHours: string } | null;
  openFollowUps: number;
};

export interface ContactFilter {
  municipalityId: string;
  from?: Date | undefined;
  to?: Date | undefined;
  channel?: (typeof contacts.$inferSelect)['channel'] | undefined;
  topicCode?: string | undefined;
  staffUserId?: string | undefined;
  /** Keyset: rows strictly older than (createdAt, id). */
  before?: { createdAt: Date; id: string } | undefined;
  limit: number;
}

export interface TaskRow {
  task: typeof followUpTasks.$inferSelect;
  contact: Pick<typeof contacts.$inferSelect, 'channel' | 'topicCode' | 'result' | 'createdAt'>;
  authorityName: string | null;
  assigneeName: string;
  creatorName: string;
  doerName: string | null;
}

const assignee = aliasedTable(users, 'assignee');
const creator = aliasedTable(users, 'creator');
const doer = aliasedTable(users, 'doer');

/** All SQL of the contact log. Every read is scoped by the municipality id the service passes. */
export function createContactsRepository(db: DbOrTx) {
  const contactColumns = {
    contact: contacts,
    staffName: users.name,
    authorityName: referralAuthorities.name,
    authorityPhone: referralAuthorities.phone,
    authorityHours: referralAuthorities.openingHours,
    openFollowUps: sql<number>`(select count(*)::int from ${followUpTasks} f where f.contact_id = ${contacts.id} and f.done_at is null)`,
  };
  const toContactRow = (r: {
    contact: typeof contacts.$inferSelect;
    staffName: string;
    authorityName: string | null;
    authorityPhone: string | null;
    authorityHours: string | null;
    openFollowUps: number;
  }): ContactRow => ({
    ...r.contact,
    staffName: r.staffName,
    authority:
      r.contact.referralAuthorityId && r.authorityName !== null
        ? { id: r.contact.referralAuthorityId, name: r.authorityName, phone: r.authorityPhone ?? '', openingHours: r.authorityHours ?? '' }
        : null,
    openFollowUps: r.openFollowUps,
  });

  const taskColumns = {
    task: followUpTasks,
    contact: { channel: contacts.channel, topicCode: contacts.topicCode, result: contacts.result, createdAt: contacts.createdAt },
    authorityName: referralAuthorities.name,
    assigneeName: assignee.name,
    creatorName: creator.name,
    doerName: doer.name,
  };
  const tasks = (tx: DbOrTx) =>
    tx
      .select(taskColumns)
      .from(followUpTasks)
      .innerJoin(contacts, eq(contacts.id, followUpTasks.contactId))
      .leftJoin(referralAuthorities, eq(referralAuthorities.id, contacts.referralAuthorityId))
      .innerJoin(assignee, eq(assignee.id, followUpTasks.assigneeUserId))
      .innerJoin(creator, eq(creator.id, followUpTasks.createdByUserId))
      .leftJoin(doer, eq(doer.id, followUpTasks.doneByUserId));

  return {
    async topics(municipalityId: string, includeInactive: boolean, tx: DbOrTx = db) {
      return tx
        .select()
        .from(contactTopics)
        .where(and(eq(contactTopics.municipalityId, municipalityId), includeInactive ? undefined : eq(contactTopics.active, true)))
        .orderBy(asc(contactTopics.position), asc(contactTopics.labelDa));
    },
    async topicByCode(municipalityId: string, code: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(contactTopics)
        .where(and(eq(contactTopics.municipalityId, municipalityId), eq(contactTopics.code, code)));
      return row;
    },
    async topic(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(contactTopics)
        .where(and(eq(contactTopics.municipalityId, municipalityId), eq(contactTopics.id, id)));
      return row;
    },
    async insertTopic(values: typeof contactTopics.$inferInsert, tx: DbOrTx = db) {
      const [row] = await tx.insert(contactTopics).values(values).onConflictDoNothing().returning();
      return row;
    },
    async updateTopic(municipalityId: string, id: string, values: Partial<typeof contactTopics.$inferInsert>, tx: DbOrTx = db) {
      const [row] = await tx
        .update(contactTopics)
        .set(values)
        .where(and(eq(contactTopics.municipalityId, municipalityId), eq(contactTopics.id, id)))
        .returning();
      return row;
    },

    async authorities(municipalityId: string, includeInactive: boolean, tx: DbOrTx = db) {
      return tx
        .select()
        .from(referralAuthorities)
        .where(
          and(eq(referralAuthorities.municipalityId, municipalityId), includeInactive ? undefined : eq(referralAuthorities.active, true)),
        )
        .orderBy(asc(referralAuthorities.name));
    },
    async authority(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(referralAuthorities)
        .where(and(eq(referralAuthorities.municipalityId, municipalityId), eq(referralAuthorities.id, id)));
      return row;
    },
    async insertAuthority(values: typeof referralAuthorities.$inferInsert, tx: DbOrTx = db) {
      const [row] = await tx.insert(referralAuthorities).values(values).onConflictDoNothing().returning();
      return row;
    },
    async updateAuthority(municipalityId: string, id: string, values: Partial<typeof referralAuthorities.$inferInsert>, tx: DbOrTx = db) {
      const [row] = await tx
        .update(referralAuthorities)
        .set(values)
        .where(and(eq(referralAuthorities.municipalityId, municipalityId), eq(referralAuthorities.id, id)))
        .returning();
      return row;
    },
    async authorityNameTaken(municipalityId: string, name: string, exceptId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: referralAuthorities.id })
        .from(referralAuthorities)
        .where(
          and(
            eq(referralAuthorities.municipalityId, municipalityId),
            eq(referralAuthorities.name, name),
            sql`${referralAuthorities.id} <> ${exceptId}`,
          ),
        );
      return row !== undefined;
    },

    async ticketMunicipality(ticketId: string, tx: DbOrTx = db) {
      const [row] = await tx.select({ municipalityId: tickets.municipalityId }).from(tickets).where(eq(tickets.id, ticketId));
      return row?.municipalityId;
    },
    async locationMunicipality(locationId: string, tx: DbOrTx = db) {
      const [row] = await tx.select({ municipalityId: locations.municipalityId }).from(locations).where(eq(locations.id, locationId));
      return row?.municipalityId;
    },
    async personExists(personId: string, tx: DbOrTx = db) {
      const [row] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
      return row !== undefined;
    },
    async activeColleague(municipalityId: string, userId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.municipalityId, municipalityId), isNull(users.disabledAt)));
      return row !== undefined;
    },
    async colleagues(municipalityId: string, tx: DbOrTx = db) {
      return tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.municipalityId, municipalityId), isNull(users.disabledAt)))
        .orderBy(asc(users.name));
    },

    async insertContact(values: typeof contacts.$inferInsert, tx: DbOrTx = db) {
      const [row] = await tx.insert(contacts).values(values).returning({ id: contacts.id });
      return row!.id;
    },
    async contact(municipalityId: string, id: string, tx: DbOrTx = db): Promise<ContactRow | undefined> {
      const [row] = await tx
        .select(contactColumns)
        .from(contacts)
        .innerJoin(users, eq(users.id, contacts.staffUserId))
        .leftJoin(referralAuthorities, eq(referralAuthorities.id, contacts.referralAuthorityId))
        .where(and(eq(contacts.municipalityId, municipalityId), eq(contacts.id, id)));
      return row ? toContactRow(row) : undefined;
    },
    async contacts(filter: ContactFilter, tx: DbOrTx = db): Promise<ContactRow[]> {
      const where: Array<SQL | undefined> = [
        eq(contacts.municipalityId, filter.municipalityId),
        filter.from ? gte(contacts.createdAt, filter.from) : undefined,
        filter.to ? lt(contacts.createdAt, filter.to) : undefined,
        filter.channel ? eq(contacts.channel, filter.channel) : undefined,
        filter.topicCode ? eq(contacts.topicCode, filter.topicCode) : undefined,
        filter.staffUserId ? eq(contacts.staffUserId, filter.staffUserId) : undefined,
        filter.before
          ? or(
              lt(contacts.createdAt, filter.before.createdAt),
              and(eq(contacts.createdAt, filter.before.createdAt), lt(contacts.id, filter.before.id)),
            )
          : undefined,
      ];
      const rows = await tx
        .select(contactColumns)
        .from(contacts)
        .innerJoin(users, eq(users.id, contacts.staffUserId))
        .leftJoin(referralAuthorities, eq(referralAuthorities.id, contacts.referralAuthorityId))
        .where(and(...where))
        .orderBy(desc(contacts.createdAt), desc(contacts.id))
        .limit(filter.limit);
      return rows.map(toContactRow);
    },
    /** A citizen's contacts in the municipality, newest first, and how many there are in all. */
    async contactsOfCitizen(municipalityId: string, personId: string, limit: number, tx: DbOrTx = db) {
      const own = and(eq(contacts.municipalityId, municipalityId), eq(contacts.personId, personId));
      const rows = await tx
        .select(contactColumns)
        .from(contacts)
        .innerJoin(users, eq(users.id, contacts.staffUserId))
        .leftJoin(referralAuthorities, eq(referralAuthorities.id, contacts.referralAuthorityId))
        .where(own)
        .orderBy(desc(contacts.createdAt), desc(contacts.id))
        .limit(limit);
      const [counted] = await tx
        .select({ total: sql<number>`count(*)::int` })
        .from(contacts)
        .where(own);
      return { rows: rows.map(toContactRow), total: counted?.total ?? 0 };
    },
    /** The facts the statistics count: the period's contacts, by channel, topic, result and authority. */
    async contactFacts(municipalityId: string, from: Date, to: Date, tx: DbOrTx = db) {
      return tx
        .select({
          channel: contacts.channel,
          topicCode: contacts.topicCode,
          result: contacts.result,
          referralAuthorityId: contacts.referralAuthorityId,
        })
        .from(contacts)
        .where(and(eq(contacts.municipalityId, municipalityId), gte(contacts.createdAt, from), lt(contacts.createdAt, to)));
    },

    async insertTask(values: typeof followUpTasks.$inferInsert, tx: DbOrTx = db) {
      const [row] = await tx.insert(followUpTasks).values(values).returning({ id: followUpTasks.id });
      return row!.id;
    },
    async task(municipalityId: string, id: string, tx: DbOrTx = db): Promise<TaskRow | undefined> {
      const [row] = await tasks(tx).where(and(eq(followUpTasks.municipalityId, municipalityId), eq(followUpTasks.id, id)));
      return row;
    },
    /** The caller's tasks: open ones, and those done since `doneSince`. */
    async tasksOf(municipalityId: string, userId: string, doneSince: Date, tx: DbOrTx = db): Promise<TaskRow[]> {
      return tasks(tx)
        .where(
          and(
            eq(followUpTasks.municipalityId, municipalityId),
            eq(followUpTasks.assigneeUserId, userId),
            or(isNull(followUpTasks.doneAt), gte(followUpTasks.doneAt, doneSince)),
          ),
        )
        .orderBy(asc(followUpTasks.dueOn), asc(followUpTasks.createdAt));
    },
    async openTasks(municipalityId: string, tx: DbOrTx = db): Promise<TaskRow[]> {
      return tasks(tx)
        .where(and(eq(followUpTasks.municipalityId, municipalityId), isNull(followUpTasks.doneAt)))
        .orderBy(asc(followUpTasks.dueOn), asc(followUpTasks.createdAt));
    },
    /** Open tasks, and tasks done in the period, for the statistics. */
    async taskFacts(municipalityId: string, doneFrom: Date, doneTo: Date, tx: DbOrTx = db) {
      return tx
        .select({ dueOn: followUpTasks.dueOn, doneAt: followUpTasks.doneAt })
        .from(followUpTasks)
        .where(
          and(
            eq(followUpTasks.municipalityId, municipalityId),
            or(isNull(followUpTasks.doneAt), and(gte(followUpTasks.doneAt, doneFrom), lt(followUpTasks.doneAt, doneTo))),
          ),
        );
    },
    /** Marks the task done unless it is already: undefined when it was (or is not the municipality's). */
    async completeTask(municipalityId: string, id: string, userId: string, at: Date, tx: DbOrTx = db) {
      const [row] = await tx
        .update(followUpTasks)
        .set({ doneAt: at, doneByUserId: userId })
        .where(and(eq(followUpTasks.municipalityId, municipalityId), eq(followUpTasks.id, id), isNull(followUpTasks.doneAt)))
        .returning({ id: followUpTasks.id });
      return row?.id;
    },
  };
}

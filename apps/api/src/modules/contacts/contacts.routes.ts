import { Readable } from 'node:stream';
import { contactOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf, userOf } from '../../plugins/auth.ts';
import { contactStatisticsCsv } from './contacts.csv.ts';
import { createContactsService, type Clock } from './contacts.service.ts';

/** The contact log (docs/contacts.md): contacts, follow-up tasks, topics, the referral directory, statistics. */
export async function contactRoutes(app: FastifyInstance, options: { clock?: Clock | undefined }) {
  const service = createContactsService(app.db, options.clock ?? (() => new Date()));

  route(app, ops.recordContact, async (request, reply) =>
    reply.status(201).send(await service.recordContact(staffOf(request), request.body)),
  );
  route(app, ops.listContacts, (request) => service.listContacts(staffOf(request), request.query));
  route(app, ops.listCitizenContacts, (request) => service.listCitizenContacts(staffOf(request), request.params.id));

  route(app, ops.listFollowUpTasks, (request) => service.listTasks(userOf(request), request.query.scope ?? 'mine'));
  route(app, ops.createFollowUpTask, async (request, reply) =>
    reply.status(201).send(await service.createTask(staffOf(request), request.body)),
  );
  route(app, ops.completeFollowUpTask, (request) => service.completeTask(userOf(request), request.params.id));
  route(app, ops.listFollowUpAssignees, (request) => service.assignees(staffOf(request)));

  route(app, ops.listContactTopics, (request) => service.topics(staffOf(request), request.query.includeInactive ?? false));
  route(app, ops.createContactTopic, async (request, reply) =>
    reply.status(201).send(await service.createTopic(staffOf(request), request.body)),
  );
  route(app, ops.updateContactTopic, (request) => service.updateTopic(staffOf(request), request.params.id, request.body));

  route(app, ops.listReferralAuthorities, (request) => service.authorities(staffOf(request), request.query.includeInactive ?? false));
  route(app, ops.createReferralAuthority, async (request, reply) =>
    reply.status(201).send(await service.createAuthority(staffOf(request), request.body)),
  );
  route(app, ops.updateReferralAuthority, (request) => service.updateAuthority(staffOf(request), request.params.id, request.body));

  route(app, ops.getContactStatistics, (request) => service.statistics(staffOf(request), request.query));
  route(app, ops.exportContactStatisticsCsv, async (request, reply) => {
    const table = await service.statistics(staffOf(request), request.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="henvendelser-${table.from}-${table.to}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(contactStatisticsCsv(table)));
  });
}

import type { CounterSession, QueueBoard, Ticket } from '@skranke/contracts';

/** Whether this counter takes the ticket: sent to it by name, or of its work profile and sent to no counter. */
export const isForCounter = (ticket: Ticket, session: Pick<CounterSession, 'counterId' | 'serviceIds'>) =>
  ticket.targetCounterId ? ticket.targetCounterId === session.counterId : session.serviceIds.includes(ticket.serviceId);

/** The tickets this counter may call, in the board's call order. */
export const ticketsForCounter = (board: QueueBoard, session: Pick<CounterSession, 'counterId' | 'serviceIds'>) =>
  board.waiting.filter((ticket) => isForCounter(ticket, session));

/** The board's figures for the services of the counter's profile, in the board's order. */
export const profileServices = (board: QueueBoard, session: Pick<CounterSession, 'serviceIds'>) =>
  board.services.filter((service) => session.serviceIds.includes(service.serviceId));

export {
  createOutboxRepository,
  enqueue,
  enqueueOnClient,
  OUTBOX_CHANNEL,
  type OutboxEvent,
  type OutboxMessage,
  type OutboxRepository,
} from "./outbox.repository.ts";
export { createOutboxRelay, type DrainResult, type OutboxHandler, type OutboxRelay, type OutboxRelayOptions } from "./outbox-relay.ts";
export { asUnitOfWork, prismaOf, runUnitOfWork, type UnitOfWork } from "./unit-of-work.repository.ts";

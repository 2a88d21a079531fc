/** A fact that happened in a context, written to the outbox in the transaction that caused it. */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  aggregateType: string;
  aggregateId: string;
  payload: Payload;
}

/** An event as handlers receive it: with its id (stable across redeliveries) and time. */
export type PublishedEvent<Type extends string = string, Payload = unknown> = DomainEvent<Type, Payload> & {
  id: string;
  occurredAt: Date;
};

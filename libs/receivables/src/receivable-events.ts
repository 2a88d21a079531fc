import type { DomainEvent } from '@gqt/platform';
import type { ReceivableEntity } from './receivable.entity';
import type {
  ReceivableEventCommon,
  ReceivableEventType,
  ReceivablePayloads,
} from './domain/receivable-event-payloads';

export * from './domain/receivable-event-payloads';

/** The debtor's industry comes from its enterprise (loaded with the receivable). */
export function commonFields(r: ReceivableEntity, debtorIndustry: string): ReceivableEventCommon {
  return {
    receivableId: r.id,
    creditorId: r.creditorId,
    debtorId: r.debtorId,
    creditorCityCode: r.creditorCityCode,
    debtorCityCode: r.debtorCityCode,
    debtorIndustry,
    contractNo: r.contractNo,
  };
}

export function receivableEvent<T extends ReceivableEventType>(
  type: T,
  r: ReceivableEntity,
  payload: ReceivablePayloads[T],
): DomainEvent<T, ReceivablePayloads[T]> {
  return { type, aggregateType: 'receivable', aggregateId: r.id, payload };
}

import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const WITHOUT_IDEMPOTENCY = 'gqt:without-idempotency';
export const IDEMPOTENCY_EXTENSION = 'x-idempotency-key';

/**
 * For a POST whose answer shows a secret once (e.g. issued client credentials): its answer must
 * not be kept for replay, so the route ignores Idempotency-Key. Say in its docs what a retry does.
 */
export const WithoutIdempotency = () =>
  applyDecorators(SetMetadata(WITHOUT_IDEMPOTENCY, true), ApiExtension(IDEMPOTENCY_EXTENSION, 'ignored'));

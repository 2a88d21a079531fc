import { Injectable } from '@nestjs/common';

/**
 * The time business deadlines are measured on (offer windows, validity). One injectable source so
 * that tests move time forward instead of sleeping: `app.get(BusinessClock)` and replace `now`.
 */
@Injectable()
export class BusinessClock {
  now(): Date {
    return new Date();
  }
}

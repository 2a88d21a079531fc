import type { Connection } from '@gqt/onboarding';
import { DateField, TextField } from '@gqt/platform';
import { PLATFORM_ACCOUNT_ID } from '../common/fields';

export class ConnectOnboardingApplicationDto implements Connection {
  /** The enterprise's account on the national receivables financing service platform. @example "ZZ-4502-000118" */
  @TextField(64, {
    pattern: PLATFORM_ACCOUNT_ID,
    patternMessage: 'platformAccountId must be 1-64 letters, digits, "-" or "_"',
  })
  platformAccountId!: string;

  /** The day the connection took effect; not later than today. @example "2026-03-15" */
  @DateField()
  connectedOn!: string;
}

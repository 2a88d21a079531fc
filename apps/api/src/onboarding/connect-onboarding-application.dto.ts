import type { Connection } from '@gqt/onboarding';
import { IsBusinessDate } from '@gqt/platform';
import { IsString, Matches } from 'class-validator';

export class ConnectOnboardingApplicationDto implements Connection {
  /** The enterprise's account on the national receivables financing service platform. @example "ZZ-4502-000118" */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    message: 'platformAccountId must be 1-64 letters, digits, "-" or "_"',
  })
  platformAccountId!: string;

  /** The day the connection took effect; not later than today. @example "2026-03-15" */
  @IsBusinessDate()
  connectedOn!: string;
}

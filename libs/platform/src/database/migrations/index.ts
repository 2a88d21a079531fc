// The one migrations tree (house-style § 11): append new migrations here, never edit landed ones.
import { Foundation1796000000000 } from './1796000000000-Foundation';
import { Receivables1796100000000 } from './1796100000000-Receivables';
import { IdempotencyKeys1796200000000 } from './1796200000000-IdempotencyKeys';
import { Webhooks1796200000001 } from './1796200000001-Webhooks';
import { FinancingRequests1796200000002 } from './1796200000002-FinancingRequests';
import { Onboarding1796300000000 } from './1796300000000-Onboarding';
import { Rewards1796310000000 } from './1796310000000-Rewards';
import { MonitoringReadModel1796400000000 } from './1796400000000-MonitoringReadModel';
import { IdempotencyAnswersOnly1797110000000 } from './1797110000000-IdempotencyAnswersOnly';
import { ParkedEvents1797110000001 } from './1797110000001-ParkedEvents';
import { CredentialRevocation1797120000000 } from './1797120000000-CredentialRevocation';
import { Procurement1797150000000 } from './1797150000000-Procurement';
import { Matching1797160000000 } from './1797160000000-Matching';
import { ReceivableTransfers1797170000000 } from './1797170000000-ReceivableTransfers';
import { MonitoringTransfers1797170000001 } from './1797170000001-MonitoringTransfers';
import { NotificationsInEnglish1797180000000 } from './1797180000000-NotificationsInEnglish';

export const migrations = [
  Foundation1796000000000,
  Receivables1796100000000,
  IdempotencyKeys1796200000000,
  Webhooks1796200000001,
  FinancingRequests1796200000002,
  Onboarding1796300000000,
  Rewards1796310000000,
  MonitoringReadModel1796400000000,
  IdempotencyAnswersOnly1797110000000,
  ParkedEvents1797110000001,
  CredentialRevocation1797120000000,
  Procurement1797150000000,
  Matching1797160000000,
  ReceivableTransfers1797170000000,
  MonitoringTransfers1797170000001,
  NotificationsInEnglish1797180000000,
];

// The one migrations tree (house-style § 11): append new migrations here, never edit landed ones.
import { Foundation1796000000000 } from './1796000000000-Foundation';
import { Receivables1796100000000 } from './1796100000000-Receivables';
import { Onboarding1796300000000 } from './1796300000000-Onboarding';
import { Rewards1796310000000 } from './1796310000000-Rewards';

export const migrations = [
  Foundation1796000000000,
  Receivables1796100000000,
  Onboarding1796300000000,
  Rewards1796310000000,
];

import type { Operation } from '../operation';
import { approve } from './approve';
import { cancel } from './cancel';
import { compete } from './compete';
import { confirm } from './confirm';
import { disburse } from './disburse';
import { dispute } from './dispute';
import { finance } from './finance';
import { pay } from './pay';
import { raceConfirm } from './race-confirm';
import { raceFinance } from './race-finance';
import { racePay } from './race-pay';
import { register } from './register';
import { reject } from './reject';
import { repay } from './repay';
import { replay } from './replay';
import { sameKey } from './same-key';
import { search } from './search';
import { withdraw } from './withdraw';

/** Everything the simulation's actors do; a new operation is a file here and a line in this list. */
export const OPERATIONS: readonly Operation[] = [
  register,
  confirm,
  dispute,
  cancel,
  pay,
  finance,
  compete,
  approve,
  reject,
  withdraw,
  disburse,
  repay,
  raceFinance,
  raceConfirm,
  racePay,
  sameKey,
  replay,
  search,
];

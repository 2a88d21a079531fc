import { API } from '../support/api';
import { bankFields, coreFields, enterpriseWithUser, smeFields } from '../factories/enterprises';
import type { Bank, Party, World } from './world';

const CORES = 2;
const SMES = 3;
// Two banks: one at the default financing ratio, one that set its own (domain.md: 50-90 %).
const BANK_RATIOS = [80n, 60n];

/** The parties of a simulated world, registered by the operator as in production. */
export async function populate(world: World, admin: string): Promise<void> {
  const party = async (index: number, fields: Record<string, unknown>): Promise<Party> => {
    const created = await enterpriseWithUser(world.http, admin, fields);
    return { index, id: created.enterprise.id, uscc: created.enterprise.uscc, token: created.token };
  };
  for (let i = 0; i < CORES; i += 1) world.cores.push(await party(i, coreFields(i % 2 ? '450100' : '450200')));
  for (let i = 0; i < SMES; i += 1) world.smes.push(await party(i, smeFields(['450200', '450300', '450100'][i])));
  for (const [i, ratioPercent] of BANK_RATIOS.entries()) {
    const bank: Bank = { ...(await party(i, bankFields())), ratioPercent };
    if (ratioPercent !== 80n) {
      const updated = await world.http
        .patch(`${API}/enterprises/${bank.id}`)
        .auth(admin, { type: 'bearer' })
        .send({ financingRatio: `0.${ratioPercent}` });
      if (updated.status !== 200) throw new Error(`financing ratio: ${updated.status} ${JSON.stringify(updated.body)}`);
    }
    world.banks.push(bank);
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TransferPolicyEntity } from './transfer-policy.entity';

interface PolicyRow {
  max_tier: number;
  updated_at: Date;
  updated_by_id: string | null;
  updated_by_name: string;
}

const policyOf = (row: PolicyRow): TransferPolicyEntity =>
  Object.assign(new TransferPolicyEntity(), {
    id: true,
    maxTier: row.max_tier,
    updatedAt: row.updated_at,
    updatedById: row.updated_by_id,
    updatedByName: row.updated_by_name,
  });

/** The region's transfer policy row (absent until a regulator sets it). */
@Injectable()
export class TransferPolicyRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async find(): Promise<TransferPolicyEntity | null> {
    const [row] = await this.txHost.tx.query<PolicyRow[]>('SELECT * FROM transfer_policy');
    return row ? policyOf(row) : null;
  }

  /** The row locked for a change, so that simultaneous edits audit one after the other. */
  async findForUpdate(): Promise<TransferPolicyEntity | null> {
    const [row] = await this.txHost.tx.query<PolicyRow[]>('SELECT * FROM transfer_policy FOR UPDATE');
    return row ? policyOf(row) : null;
  }

  async save(policy: TransferPolicyEntity): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO transfer_policy (id, max_tier, updated_at, updated_by_id, updated_by_name)
       VALUES (true, $1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET max_tier = EXCLUDED.max_tier, updated_at = EXCLUDED.updated_at,
         updated_by_id = EXCLUDED.updated_by_id, updated_by_name = EXCLUDED.updated_by_name`,
      [policy.maxTier, policy.updatedAt, policy.updatedById, policy.updatedByName],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { KeyListLevel } from '@gqt/contracts';
import { paginate, violatedConstraint, type Page, type PageQuery } from '@gqt/platform';
import { KeyEnterpriseEntryEntity } from './key-enterprise-entry.entity';

export interface KeyListFilter {
  level?: KeyListLevel;
  cityCode?: string;
}

export const ENTRY_ONCE_CONSTRAINT = 'key_enterprise_entries_once_key';

@Injectable()
export class KeyListsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get entries() {
    return this.txHost.tx.getRepository(KeyEnterpriseEntryEntity);
  }

  /** Inserts an entry; returns the violated constraint (one entry per enterprise, level and year) or null. */
  insert(entry: KeyEnterpriseEntryEntity): Promise<string | null> {
    return violatedConstraint(this.txHost.tx, () => this.entries.insert(entry));
  }

  lock(year: number, id: string): Promise<KeyEnterpriseEntryEntity | null> {
    return this.entries
      .createQueryBuilder('k')
      .where('k.id = :id AND k.year = :year', { id, year })
      .setLock('pessimistic_write')
      .getOne();
  }

  async remove(id: string): Promise<void> {
    await this.entries.delete({ id });
  }

  page(year: number, filter: KeyListFilter, page: PageQuery): Promise<Page<KeyEnterpriseEntryEntity>> {
    const query = this.entries.createQueryBuilder('k').where('k.year = :year', { year });
    if (filter.level) query.andWhere('k.level = :level', { level: filter.level });
    if (filter.cityCode) query.andWhere('k.cityCode = :cityCode', { cityCode: filter.cityCode });
    return paginate(query, page);
  }

  /** An enterprise's entries, every year, newest year first. */
  ofEnterprise(enterpriseId: string): Promise<KeyEnterpriseEntryEntity[]> {
    return this.entries.find({ where: { enterpriseId }, order: { year: 'DESC', level: 'ASC' } });
  }

  async levelsOf(enterpriseId: string, year: number): Promise<KeyListLevel[]> {
    const found = await this.entries.find({ where: { enterpriseId, year } });
    return found.map((entry) => entry.level);
  }

  async storeFile(id: string, format: string, data: Buffer): Promise<void> {
    await this.txHost.tx.query('INSERT INTO key_list_import_files (id, format, data) VALUES ($1, $2, $3)', [
      id,
      format,
      data,
    ]);
  }

  async readFile(id: string): Promise<Buffer | null> {
    const rows: { data: Buffer }[] = await this.txHost.tx.query(
      'SELECT data FROM key_list_import_files WHERE id = $1',
      [id],
    );
    return rows[0]?.data ?? null;
  }

  async removeFile(id: string): Promise<void> {
    await this.txHost.tx.query('DELETE FROM key_list_import_files WHERE id = $1', [id]);
  }
}

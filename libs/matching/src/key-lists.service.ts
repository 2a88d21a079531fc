import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { KEY_LIST_LEVELS, type KeyListLevel } from '@gqt/contracts';
import { DomainError, conflict, forbidden, invalid, notFound, ruleViolation } from '@gqt/kernel';
import { EnterprisesService, isValidUscc } from '@gqt/enterprises';
import {
  AuditService,
  Outbox,
  TrackedJobs,
  actorOf,
  type JobProgress,
  type Page,
  type PageQuery,
  type Principal,
  type TrackedJobEntity,
} from '@gqt/platform';
import { sheetRows, sniffFormat, type SheetFormat } from '@gqt/receivables';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { assertCounty, assertMayKeep } from './domain/key-list-rules';
import { KeyEnterpriseEntryEntity } from './key-enterprise-entry.entity';
import { ENTRY_ONCE_CONSTRAINT, KeyListsRepository, type KeyListFilter } from './key-lists.repository';

export const KEY_LIST_IMPORT_JOB = 'key-lists.import';

export interface NewKeyListEntry {
  uscc: string;
  level: KeyListLevel;
  countyCode?: string;
  reason: string;
}

/** An enterprise's own entries, as GET /me shows them. */
export interface OwnKeyListEntry {
  year: number;
  level: KeyListLevel;
  countyCode?: string;
}

interface ImportInput {
  fileId: string;
  year: number;
  format: SheetFormat;
  keeper: Principal;
}

const ENTITY = 'key_enterprise_entry';

// The import's columns, by their English names or the template's Chinese labels.
const COLUMNS: Record<keyof NewKeyListEntry, string[]> = {
  uscc: ['uscc', '统一社会信用代码'],
  level: ['level', '级别', '名单级别'],
  countyCode: ['countycode', '区县代码', '县区代码'],
  reason: ['reason', '理由', '列入理由'],
};

const MAX_LISTED_ERRORS = 10_000;

/**
 * The key-enterprise lists (seed item 11): each year's REGION, CITY and COUNTY lists, kept by the
 * regulators of each level, read by banks so that they serve these enterprises first.
 */
@Injectable()
export class KeyListsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly entries: KeyListsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly jobs: TrackedJobs,
  ) {}

  /** Puts an enterprise on a year's list at a level, with the reason. */
  @Transactional()
  async add(principal: Principal, year: number, input: NewKeyListEntry): Promise<KeyEnterpriseEntryEntity> {
    const enterprise = await this.enterprises.findByUscc(input.uscc);
    if (!enterprise) {
      throw ruleViolation('ENTERPRISE_NOT_REGISTERED', `No enterprise with credit code ${input.uscc} is registered`);
    }
    if (enterprise.kind !== 'SME' && enterprise.kind !== 'CORE') {
      throw ruleViolation(
        'KEY_LIST_NOT_ELIGIBLE',
        `${enterprise.name} is a ${enterprise.kind}: lists hold SMEs and core enterprises`,
      );
    }
    assertMayKeep(principal.jurisdiction, input.level, enterprise.cityCode);
    assertCounty(input.level, input.countyCode, enterprise.cityCode);
    const entry = Object.assign(new KeyEnterpriseEntryEntity(), {
      id: randomUUID(),
      year,
      enterpriseId: enterprise.id,
      uscc: enterprise.uscc,
      name: enterprise.name,
      level: input.level,
      cityCode: enterprise.cityCode,
      countyCode: input.level === 'COUNTY' ? input.countyCode! : null,
      reason: input.reason,
      createdBy: principal.type === 'user' ? principal.id : null,
      createdAt: new Date(),
    } satisfies KeyEnterpriseEntryEntity);
    const refused = await this.entries.insert(entry);
    if (refused === ENTRY_ONCE_CONSTRAINT) {
      throw conflict('KEY_LIST_ENTRY_EXISTS', `${enterprise.name} is on the ${year} ${input.level} list already`);
    }
    if (refused) throw new Error(`Unexpected constraint ${refused} on key-list entries`);
    await this.changed(principal, 'key_list.entry_added', null, entry);
    return entry;
  }

  /** Takes an entry off its list (by the regulators who may keep it). */
  @Transactional()
  async remove(principal: Principal, year: number, id: string): Promise<void> {
    const entry = await this.entries.lock(year, id);
    if (!entry) throw notFound('The key-list entry');
    assertMayKeep(principal.jurisdiction, entry.level, entry.cityCode);
    await this.entries.remove(id);
    await this.changed(principal, 'key_list.entry_removed', entry, null);
  }

  list(year: number, filter: KeyListFilter, page: PageQuery): Promise<Page<KeyEnterpriseEntryEntity>> {
    return this.entries.page(year, filter, page);
  }

  async ownEntries(enterpriseId: string): Promise<OwnKeyListEntry[]> {
    const found = await this.entries.ofEnterprise(enterpriseId);
    return found.map((e) => ({ year: e.year, level: e.level, ...(e.countyCode ? { countyCode: e.countyCode } : {}) }));
  }

  levelsOf(enterpriseId: string, year: number): Promise<KeyListLevel[]> {
    return this.entries.levelsOf(enterpriseId, year);
  }

  /** Keeps the uploaded file and starts its import; the job reports an error per refused row. */
  async startImport(principal: Principal, year: number, data: Buffer): Promise<string> {
    if (principal.role !== 'REGULATOR') throw forbidden('Only regulators keep the key-enterprise lists');
    if (data.length === 0) throw invalid('EMPTY_FILE', 'The uploaded file is empty');
    const format = sniffFormat(data.subarray(0, 4096));
    if (format === 'unsupported') {
      throw invalid('UNSUPPORTED_FILE_FORMAT', 'The file must be CSV (UTF-8 or GB 18030) or XLSX');
    }
    const fileId = randomUUID();
    const input: ImportInput = { fileId, year, format, keeper: principal };
    return this.txHost.withTransaction(async () => {
      await this.entries.storeFile(fileId, format, data);
      return this.jobs.start(KEY_LIST_IMPORT_JOB, principal, input);
    });
  }

  /** The import job: each row its own entry, a bad row never stops the others. */
  async runImport(job: TrackedJobEntity, progress: JobProgress): Promise<{ added: number }> {
    const input = job.input as ImportInput;
    const data = await this.txHost.withTransaction(() => this.entries.readFile(input.fileId));
    if (!data) return { added: 0 };
    const errors: { row: number; code: string; message: string }[] = [];
    let header: Map<keyof NewKeyListEntry, number> | null = null;
    const rows: { row: number; cells: string[] }[] = [];
    for await (const row of sheetRows(input.format, Readable.from([data]))) {
      if (row.cells.every((cell) => cell.trim() === '')) continue;
      if (!header) {
        header = headerOf(row.cells);
        const missing = (['uscc', 'level', 'reason'] as const).filter((column) => !header!.has(column));
        if (missing.length > 0) {
          const message = `column ${missing.join(', ')} missing (columns: uscc, level, countyCode, reason)`;
          await progress.report({ total: 0, succeeded: 0, failed: 0 }, [{ row: row.row, code: 'BAD_HEADER', message }]);
          throw invalid('BAD_HEADER', message);
        }
        continue;
      }
      rows.push(row);
    }
    let succeeded = 0;
    for (const row of rows) {
      const cell = (column: keyof NewKeyListEntry) => {
        const index = header!.get(column);
        return index === undefined ? '' : (row.cells[index] ?? '').trim();
      };
      const entry = {
        uscc: cell('uscc').toUpperCase(),
        level: cell('level').toUpperCase() as KeyListLevel,
        countyCode: cell('countyCode') || undefined,
        reason: cell('reason'),
      };
      try {
        assertRow(entry);
        await this.txHost.withTransaction(() => this.add(input.keeper, input.year, entry));
        succeeded += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (errors.length < MAX_LISTED_ERRORS) errors.push({ row: row.row, code: error.code, message: error.message });
      }
    }
    await this.txHost.withTransaction(async () => {
      await this.entries.removeFile(input.fileId);
      await progress.report({ total: rows.length, succeeded, failed: rows.length - succeeded }, errors);
    });
    return { added: succeeded };
  }

  private async changed(
    principal: Principal,
    action: string,
    before: KeyEnterpriseEntryEntity | null,
    after: KeyEnterpriseEntryEntity | null,
  ): Promise<void> {
    const entry = (after ?? before)!;
    await this.audit.record({
      entityType: ENTITY,
      entityId: entry.id,
      action,
      actor: actorOf(principal),
      jurisdictions: [entry.cityCode],
      before,
      after,
    });
    await this.outbox.publish({ type: action, aggregateType: ENTITY, aggregateId: entry.id, payload: entry });
  }
}

function headerOf(cells: string[]): Map<keyof NewKeyListEntry, number> {
  const header = new Map<keyof NewKeyListEntry, number>();
  cells.forEach((cell, index) => {
    const name = cell
      .trim()
      .replace(/^\uFEFF/, '')
      .toLowerCase();
    for (const [column, names] of Object.entries(COLUMNS) as [keyof NewKeyListEntry, string[]][]) {
      if (names.includes(name) && !header.has(column)) header.set(column, index);
    }
  });
  return header;
}

/** What the API's validation checks for a single entry, for a row of a file. */
function assertRow(entry: NewKeyListEntry): void {
  const field = (name: string, message: string) =>
    invalid('VALIDATION_FAILED', `${name} ${message}`, [{ field: name, message: `${name} ${message}` }]);
  if (!isValidUscc(entry.uscc))
    throw invalid('USCC_INVALID', `${entry.uscc || '(empty)'} is not a valid unified social credit code`);
  if (!KEY_LIST_LEVELS.includes(entry.level)) throw field('level', `must be one of ${KEY_LIST_LEVELS.join(', ')}`);
  if (entry.countyCode !== undefined && !/^45\d{4}$/.test(entry.countyCode))
    throw field('countyCode', 'must be a 6-digit code of Guangxi');
  if (entry.reason.length < 1 || entry.reason.length > 500) throw field('reason', 'must be 1-500 characters');
}

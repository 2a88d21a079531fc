import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, forbidden, invalid, shanghaiDate } from '@gqt/kernel';
import { EnterprisesService, type EnterpriseEntity } from '@gqt/enterprises';
import {
  AuditBatch,
  Outbox,
  TrackedJobs,
  type Actor,
  type JobProgress,
  type Principal,
  type TrackedJobEntity,
} from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { assessTerms, type PaymentTermFlag } from '../domain/payment-terms';
import { newReceivableRecords, registeredEvent, registrationAudit, type NewReceivableRecords } from '../new-receivable';
import { ReceivableNotifications } from '../receivable-notifications';
import { LIVE_INVOICE_NUMBER_KEY, ReceivablesRepository } from '../receivables.repository';
import { mapHeader, type HeaderMapping } from './import-columns';
import { ImportFilesRepository } from './import-files.repository';
import { ImportCensus, ImportGroup, keyOf, readLine, resolveGroup, type GroupRegistration } from './import-groups';
import { isBlankRow, isSkippedRow, type RowError } from './import-row';
import { sheetRows, sniffFormat, type SheetFormat } from './spreadsheet-rows';

export const IMPORT_JOB = 'receivables.import';

interface ImportInput {
  fileId: string;
  fileName: string;
  format: SheetFormat;
  actorName: string;
}

export interface ImportResult {
  fileName: string;
  receivables: number;
}

// Rows per transaction: large enough for few round trips, small enough for steady progress.
const CHUNK_ROWS = 1000;
const FILE_CHUNK_BYTES = 1024 * 1024;
// Counts stay exact beyond this; the list of row errors kept on the job stops growing.
const MAX_LISTED_ERRORS = 10_000;

interface Registration {
  source: GroupRegistration;
  debtor: EnterpriseEntity;
  terms: { paymentTermDays: number; flags: PaymentTermFlag[] };
}

/** Where one run of an import stands. */
class ImportRun {
  succeeded = 0;
  failed = 0;
  registered = 0;
  readonly errors: RowError[] = [];
  readonly perDebtor = new Map<string, number>();
  /** Debtors by credit code, looked up once per run. */
  readonly debtors = new Map<string, EnterpriseEntity | null>();

  constructor(
    readonly job: TrackedJobEntity,
    readonly creditor: EnterpriseEntity,
    readonly actor: Actor,
    readonly total: number,
    readonly alreadyRegistered: Set<number>,
  ) {}

  refuse(errors: RowError[]): void {
    this.failed += errors.length;
    this.errors.push(...errors.slice(0, Math.max(0, MAX_LISTED_ERRORS - this.errors.length)));
  }

  counted(debtorId: string, receivables: number): void {
    this.perDebtor.set(debtorId, (this.perDebtor.get(debtorId) ?? 0) + receivables);
  }

  get counts() {
    return { total: this.total, succeeded: this.succeeded, failed: this.failed };
  }
}

/**
 * Bulk registration from a CSV or XLSX file (api-contract.md § Receivables): one row per invoice
 * line, rows of one contract make one receivable, every row is checked and a bad row never stops
 * the others. The file is read twice as a stream and never held in memory whole; valid contracts
 * are written in chunks, each chunk one transaction with its audit events and outbox events.
 */
@Injectable()
export class ReceivableImportsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly files: ImportFilesRepository,
    private readonly receivables: ReceivablesRepository,
    private readonly enterprises: EnterprisesService,
    private readonly auditBatch: AuditBatch,
    private readonly outbox: Outbox,
    private readonly notifications: ReceivableNotifications,
    private readonly jobs: TrackedJobs,
  ) {}

  /** Keeps an uploaded file in the database and starts its import, in one transaction. */
  async start(principal: Principal, upload: { path: string; fileName: string }): Promise<string> {
    if (!principal.enterpriseId) throw forbidden('Only users of an enterprise may import receivables');
    const head = await readHead(upload.path);
    if (head.length === 0) throw invalid('EMPTY_FILE', 'The uploaded file is empty');
    const format = sniffFormat(head);
    if (format === 'unsupported') {
      throw invalid('UNSUPPORTED_FILE_FORMAT', 'The file must be CSV (UTF-8 or GB 18030) or XLSX');
    }
    const fileId = randomUUID();
    const input: ImportInput = { fileId, fileName: upload.fileName, format, actorName: principal.name };
    return this.txHost.withTransaction(async () => {
      await this.files.store(
        { id: fileId, enterpriseId: principal.enterpriseId!, fileName: upload.fileName, format },
        createReadStream(upload.path, { highWaterMark: FILE_CHUNK_BYTES }),
      );
      return this.jobs.start(IMPORT_JOB, principal, input);
    });
  }

  /** The job's runner; the stored file is removed once the run ends either way. */
  async run(job: TrackedJobEntity, progress: JobProgress): Promise<ImportResult> {
    const input = job.input as ImportInput;
    try {
      return await this.importFile(job, input, progress);
    } finally {
      await this.files.remove(input.fileId);
    }
  }

  private async importFile(job: TrackedJobEntity, input: ImportInput, progress: JobProgress): Promise<ImportResult> {
    const creditor = job.ownerEnterpriseId ? await this.enterprises.findById(job.ownerEnterpriseId) : null;
    if (!creditor) throw new Error(`Import job ${job.id} has no creditor enterprise`);
    const { header, headerRow, census } = await this.survey(input, progress);
    const run = new ImportRun(
      job,
      creditor,
      { type: 'user', id: job.ownerUserId, name: input.actorName },
      census.dataRows,
      await this.receivables.importedRows(job.id),
    );
    await progress.report(run.counts, []);

    const pending = new Map<string, ImportGroup>();
    let ready: ImportGroup[] = [];
    let loose: RowError[] = [];
    let readyRows = 0;
    for await (const row of sheetRows(input.format, this.files.read(input.fileId))) {
      if (row.row <= headerRow || isSkippedRow(row, header)) continue;
      const line = readLine(row, header, census);
      const key = keyOf(row, header);
      if (key === null) {
        // Without contract or debtor the row belongs to no receivable; it fails on its own.
        loose.push(line as RowError);
        readyRows += 1;
      } else {
        const group = pending.get(key) ?? new ImportGroup(key, census.rowsPerGroup.get(key) ?? 1);
        pending.set(key, group);
        if ('code' in line) group.failures.push(line);
        else group.lines.push(line);
        if (group.complete) {
          pending.delete(key);
          ready.push(group);
          readyRows += group.expectedRows;
        }
      }
      if (readyRows >= CHUNK_ROWS) {
        await this.flush(run, ready, loose, progress);
        [ready, loose, readyRows] = [[], [], 0];
      }
    }
    await this.flush(run, [...ready, ...pending.values()], loose, progress);
    await this.txHost.withTransaction(async () => {
      for (const [debtorId, count] of run.perDebtor) {
        await this.notifications.importedForConfirmation(creditor.id, debtorId, count, job.id);
      }
    });
    return { fileName: input.fileName, receivables: run.registered };
  }

  /** The first pass: the header, and how many rows each contract has. */
  private async survey(
    input: ImportInput,
    progress: JobProgress,
  ): Promise<{ header: HeaderMapping; headerRow: number; census: ImportCensus }> {
    const census = new ImportCensus();
    let header: HeaderMapping | undefined;
    let headerRow = 0;
    for await (const row of sheetRows(input.format, this.files.read(input.fileId))) {
      if (header) {
        census.add(row, header);
      } else if (!isBlankRow(row)) {
        header = mapHeader(row.cells);
        headerRow = row.row;
        const problems = [
          ...header.missing.map((column) => `column ${column} is missing`),
          ...header.repeated.map((column) => `column ${column} appears twice`),
        ];
        if (problems.length > 0) {
          const message = `${problems.join('; ')} (see GET /receivables/imports/template)`;
          await progress.report({ total: 0, succeeded: 0, failed: 0 }, [{ row: row.row, code: 'BAD_HEADER', message }]);
          throw invalid('BAD_HEADER', message);
        }
      }
    }
    if (!header) {
      await progress.report({ total: 0, succeeded: 0, failed: 0 }, [
        { row: 1, code: 'EMPTY_FILE', message: 'The file has no header row' },
      ]);
      throw invalid('EMPTY_FILE', 'The file has no header row');
    }
    return { header, headerRow, census };
  }

  /** Checks a chunk of complete contracts and registers the valid ones in one transaction. */
  private async flush(run: ImportRun, groups: ImportGroup[], loose: RowError[], progress: JobProgress): Promise<void> {
    const refused: RowError[] = [...loose];
    const registrations: Registration[] = [];
    const today = shanghaiDate();
    for (const group of groups) {
      if (run.alreadyRegistered.has(group.firstRow)) {
        // A previous run of this job registered it before it stopped.
        run.succeeded += group.rows.length;
        const debtor = await this.debtorByUscc(run, group.lines[0]?.debtorUscc ?? '');
        if (debtor) run.counted(debtor.id, 1);
        continue;
      }
      const outcome = await this.prepare(run, group, today);
      if (Array.isArray(outcome)) refused.push(...outcome);
      else registrations.push(outcome);
    }
    await this.txHost.withTransaction(async () => {
      const registered = await this.register(run, registrations, refused);
      for (const registration of registered) {
        run.succeeded += registration.source.group.rows.length;
        run.registered += 1;
        run.counted(registration.debtor.id, 1);
      }
      run.refuse(refused.sort((a, b) => a.row - b.row));
      await progress.report(run.counts, run.errors);
    });
  }

  private async prepare(run: ImportRun, group: ImportGroup, today: string): Promise<Registration | RowError[]> {
    const source = resolveGroup(group, today);
    if (Array.isArray(source)) return source;
    const debtor = await this.debtorByUscc(run, source.debtorUscc);
    if (!debtor) {
      return group.refuseAll(
        'DEBTOR_NOT_REGISTERED',
        `No enterprise with credit code ${source.debtorUscc} is registered`,
      );
    }
    if (debtor.id === run.creditor.id) return group.refuseAll('SELF_DEALING', 'An enterprise cannot be its own debtor');
    try {
      const terms = assessTerms({
        deliveryDate: source.deliveryDate,
        dueDate: source.dueDate,
        registeredOn: today,
        debtor,
      });
      return { source, debtor, terms };
    } catch (error) {
      if (error instanceof DomainError) return group.refuseAll(error.code, error.message);
      throw error;
    }
  }

  /** Writes the chunk's receivables; contracts whose invoices are already live elsewhere are refused. */
  private async register(run: ImportRun, registrations: Registration[], refused: RowError[]): Promise<Registration[]> {
    const taken = new Set(
      await this.receivables.liveInvoiceNumbers(registrations.flatMap((r) => r.source.invoices.map((i) => i.number))),
    );
    const free = registrations.filter((r) => {
      const clash = r.source.invoices.some((i) => taken.has(i.number));
      if (clash) refused.push(...alreadyRegistered(r.source, taken));
      return !clash;
    });
    const now = new Date();
    const records = free.map((r) => this.records(run, r, now));
    let written = free.map((registration, index) => ({ registration, records: records[index] }));
    const violated = await this.receivables.insertMany(
      records.map((r) => r.receivable),
      records.flatMap((r) => r.invoices),
    );
    if (violated === LIVE_INVOICE_NUMBER_KEY) {
      // A registration elsewhere took an invoice since the check: write contract by contract.
      const survivors: typeof written = [];
      for (const entry of written) {
        if ((await this.receivables.insertMany([entry.records.receivable], entry.records.invoices)) === null) {
          survivors.push(entry);
        } else {
          const now = new Set(await this.receivables.liveInvoiceNumbers(entry.records.invoices.map((i) => i.number)));
          refused.push(...alreadyRegistered(entry.registration.source, now));
        }
      }
      written = survivors;
    } else if (violated !== null) {
      throw new Error(`Import chunk refused by constraint ${violated}`);
    }
    await this.auditBatch.recordCreations(written.map((w) => registrationAudit(w.records, run.actor)));
    await this.outbox.publish(...written.map((w) => registeredEvent(w.records.receivable, w.registration.debtor)));
    return written.map((w) => w.registration);
  }

  private records(run: ImportRun, { source, debtor, terms }: Registration, now: Date): NewReceivableRecords {
    return newReceivableRecords(
      {
        creditor: run.creditor,
        debtor,
        contractNo: source.contractNo,
        amount: source.amount,
        invoices: source.invoices,
        deliveryDate: source.deliveryDate,
        dueDate: source.dueDate,
        terms,
        lateInterestRate: source.lateInterestRate,
        description: source.description,
        createdBy: run.job.ownerUserId,
        importJobId: run.job.id,
        importRow: source.group.firstRow,
      },
      now,
    );
  }

  private async debtorByUscc(run: ImportRun, uscc: string): Promise<EnterpriseEntity | null> {
    if (!run.debtors.has(uscc)) run.debtors.set(uscc, await this.enterprises.findByUscc(uscc));
    return run.debtors.get(uscc) ?? null;
  }
}

/** The rows of a contract refused because invoices of it are already on live receivables. */
function alreadyRegistered(source: GroupRegistration, taken: Set<string>): RowError[] {
  const lines = [...source.group.lines].sort((a, b) => a.row - b.row);
  const clashing = lines.filter((l) => taken.has(l.invoiceNumber)).map((l) => l.row);
  return lines.map((line) =>
    taken.has(line.invoiceNumber)
      ? {
          row: line.row,
          code: 'INVOICE_ALREADY_REGISTERED',
          message: `invoice ${line.invoiceNumber} is already on a receivable that is not cancelled`,
        }
      : {
          row: line.row,
          code: 'CONTRACT_HAS_INVALID_ROWS',
          message: `contract ${line.contractNo} is not registered: row ${clashing.join(', ')} of it is invalid`,
        },
  );
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

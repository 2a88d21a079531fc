import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { SheetFormat } from './spreadsheet-rows';

export interface StoredFile {
  id: string;
  enterpriseId: string;
  fileName: string;
  format: SheetFormat;
}

/**
 * Uploaded import files, kept in the database in chunks: the API that receives a file and the
 * worker that reads it may be different machines, and the database is what they share.
 */
@Injectable()
export class ImportFilesRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Stores a file from a stream of chunks, in the caller's transaction. */
  async store(file: StoredFile, chunks: AsyncIterable<Buffer>): Promise<number> {
    await this.txHost.tx.query(
      'INSERT INTO receivable_import_files (id, enterprise_id, file_name, format) VALUES ($1, $2, $3, $4)',
      [file.id, file.enterpriseId, file.fileName, file.format],
    );
    let seq = 0;
    let size = 0;
    for await (const chunk of chunks) {
      await this.txHost.tx.query('INSERT INTO receivable_import_chunks (file_id, seq, data) VALUES ($1, $2, $3)', [
        file.id,
        seq,
        chunk,
      ]);
      seq += 1;
      size += chunk.length;
    }
    await this.txHost.tx.query('UPDATE receivable_import_files SET size = $2 WHERE id = $1', [file.id, size]);
    return size;
  }

  /**
   * The file's bytes as a stream, one chunk at a time. Reads go through the data source itself,
   * never a transaction: the stream is pulled while the import commits its own transactions.
   */
  read(fileId: string): Readable {
    const dataSource = this.dataSource;
    async function* chunks() {
      for (let seq = 0; ; seq += 1) {
        const rows: { data: Buffer }[] = await dataSource.query(
          'SELECT data FROM receivable_import_chunks WHERE file_id = $1 AND seq = $2',
          [fileId, seq],
        );
        if (rows.length === 0) return;
        yield rows[0].data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async remove(fileId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM receivable_import_files WHERE id = $1', [fileId]);
  }
}

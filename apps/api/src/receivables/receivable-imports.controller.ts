/// <reference types="multer" />
import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { invalid } from '@gqt/kernel';
import { Auth, CSV_TYPE, CurrentPrincipal, XLSX_TYPE, ApiProblems, type Principal } from '@gqt/platform';
import { ReceivableImportsService, csvTemplate, writeXlsxTemplate } from '@gqt/receivables';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ImportStartedResponse, ImportTemplateQuery } from './receivable-import.dto';

// 100,000 invoice lines take about 12 MB as CSV; the limit leaves room and stops abuse.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

@ApiTags('Receivables')
@Controller('receivables/imports')
export class ReceivableImportsController {
  constructor(private readonly imports: ReceivableImportsService) {}

  /**
   * Registers receivables from a CSV (UTF-8 or GB 18030) or XLSX file: one row per invoice line, rows of
   * one contract make one receivable. Answers 202 with the job to follow on GET /jobs/{id}, which ends
   * with totals and an error per bad row ({row, code, message}; the header is row 1).
   */
  @ApiProblems({ 400: ['FILE_REQUIRED', 'EMPTY_FILE', 'UNSUPPORTED_FILE_FORMAT'], 413: ['PAYLOAD_TOO_LARGE'] })
  @Auth('receivables:register')
  @Post()
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          maxLength: MAX_FILE_BYTES,
          description: 'CSV or XLSX, as the template',
        },
      },
    },
  })
  // Multer writes the upload to a temporary file: it is streamed into the database, never held in memory.
  @UseInterceptors(FileInterceptor('file', { dest: tmpdir(), limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  async upload(
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<ImportStartedResponse> {
    if (!file) {
      throw invalid('FILE_REQUIRED', 'Send the file as the multipart field "file"', [
        { field: 'file', message: 'a CSV or XLSX file is required' },
      ]);
    }
    try {
      return { jobId: await this.imports.start(principal, { path: file.path, fileName: file.originalname }) };
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** The import template, with Chinese and English column headers and, in XLSX, a sheet explaining each column. */
  @Auth('receivables:register')
  @Get('template')
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ description: 'The template file' })
  async template(@Query() { format }: ImportTemplateQuery, @Res() response: Response): Promise<void> {
    response.setHeader('Content-Disposition', `attachment; filename="receivables-template.${format}"`);
    if (format === 'csv') {
      response.type(`${CSV_TYPE}; charset=utf-8`).send(csvTemplate());
      return;
    }
    response.type(XLSX_TYPE);
    await writeXlsxTemplate(response);
    response.end();
  }
}

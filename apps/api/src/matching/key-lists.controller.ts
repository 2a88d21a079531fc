/// <reference types="multer" />
import { Body, Controller, Delete, Get, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { invalid } from '@gqt/kernel';
import { KeyListsService } from '@gqt/matching';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import { ImportStartedResponse } from '../receivables/receivable-import.dto';
import { YearParam } from '../rewards/year.param';
import { CreateKeyListEntryDto, KeyListEntryPage, KeyListEntryResponse, KeyListQuery } from './key-list-entry.dto';

// A list of a few thousand enterprises is well under 1 MB; the file is kept in the database until read.
const MAX_FILE_BYTES = 8 * 1024 * 1024;

@ApiTags('Matching')
@Controller('key-enterprise-lists/:year')
export class KeyListsController {
  constructor(private readonly keyLists: KeyListsService) {}

  /**
   * Puts an enterprise on the year's key-enterprise list (seed item 11) at a level, with the
   * reason: REGION by the region's regulators, CITY and COUNTY by the enterprise's city's
   * regulators or the region's. One entry per enterprise, level and year.
   */
  @ApiProblems({
    400: ['USCC_INVALID'],
    409: ['KEY_LIST_ENTRY_EXISTS'],
    422: ['ENTERPRISE_NOT_REGISTERED', 'KEY_LIST_NOT_ELIGIBLE', 'COUNTY_NOT_IN_CITY'],
  })
  @Auth('key-lists:manage')
  @Post('entries')
  async add(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @Body() body: CreateKeyListEntryDto,
  ): Promise<KeyListEntryResponse> {
    return KeyListEntryResponse.of(await this.keyLists.add(principal, year, body));
  }

  /** Takes an entry off its list (by the regulators who may keep that level and city). */
  @Auth('key-lists:manage')
  @Delete('entries/:id')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @UuidParam() id: string,
  ): Promise<void> {
    await this.keyLists.remove(principal, year, id);
  }

  /**
   * Imports entries from a CSV (UTF-8 or GB 18030) or XLSX file, one per row with the columns
   * `uscc, level, countyCode, reason` (or 统一社会信用代码, 级别, 区县代码, 理由). Answers 202 with
   * the job; GET /jobs/{id} ends with totals and an error per refused row ({row, code, message}),
   * a bad row never stopping the others.
   */
  @ApiProblems({ 400: ['FILE_REQUIRED', 'EMPTY_FILE', 'UNSUPPORTED_FILE_FORMAT'], 413: ['PAYLOAD_TOO_LARGE'] })
  @Auth('key-lists:manage')
  @Post('imports')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', maxLength: MAX_FILE_BYTES, description: 'CSV or XLSX' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  async upload(
    @CurrentPrincipal() principal: Principal,
    @YearParam() year: number,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<ImportStartedResponse> {
    if (!file) {
      throw invalid('FILE_REQUIRED', 'Send the file as the multipart field "file"', [
        { field: 'file', message: 'a CSV or XLSX file is required' },
      ]);
    }
    return { jobId: await this.keyLists.startImport(principal, year, file.buffer) };
  }

  /** The year's entries, newest first; `level` and `cityCode` (the enterprise's city) filter them. */
  @Auth('key-lists:read')
  @Get()
  async list(@YearParam() year: number, @Query() query: KeyListQuery): Promise<KeyListEntryPage> {
    const page = await this.keyLists.list(year, query, query);
    return { items: page.items.map(KeyListEntryResponse.of), nextCursor: page.nextCursor };
  }
}

import { KEY_LIST_LEVELS, type KeyListLevel } from '@gqt/contracts';
import type { KeyEnterpriseEntryEntity } from '@gqt/matching';
import { EnumField, IdField, IntField, ListField, PageQuery, TextField, TimestampField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { CityCodeField, DIVISION_CODE, NameField, NextCursorField, UsccField } from '../common/fields';

export class CreateKeyListEntryDto {
  /** The enterprise's unified social credit code (a registered SME or core enterprise). @example "91451100MA5K11117N" */
  @UsccField()
  uscc!: string;

  /**
   * REGION (region regulators only), CITY or COUNTY (the enterprise's city's regulators, or the
   * region's). @example "REGION"
   */
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel')
  level!: KeyListLevel;

  /** COUNTY entries only (required there): the county's 6-digit code, under the enterprise's city. @example "451121" */
  @IsOptional()
  @TextField(6, { pattern: DIVISION_CODE, patternMessage: 'countyCode must be a 6-digit code' })
  countyCode?: string;

  /** Why the enterprise is listed. @example "产业链重点配套企业" */
  @TextField(500, { minLength: 1 })
  reason!: string;
}

export class KeyListQuery extends PageQuery {
  /** @example "REGION" */
  @IsOptional()
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel')
  level?: KeyListLevel;

  /** The enterprise's city. @example "451100" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;
}

export class KeyListEntryResponse {
  @IdField()
  id!: string;

  /** @example 2026 */
  @IntField(2020, 2100)
  year!: number;

  @IdField()
  enterpriseId!: string;

  /** @example "91451100MA5K11117N" */
  @UsccField()
  uscc!: string;

  /** @example "贺州精密零部件有限公司" */
  @NameField()
  name!: string;

  /** @example "REGION" */
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel')
  level!: KeyListLevel;

  /** The enterprise's city. @example "451100" */
  @CityCodeField()
  cityCode!: string;

  /** @example "451121" */
  @TextField(6, { pattern: DIVISION_CODE })
  countyCode!: string | null;

  /** @example "产业链重点配套企业" */
  @TextField(500)
  reason!: string;

  @TimestampField()
  createdAt!: Date;

  static of(entry: KeyEnterpriseEntryEntity): KeyListEntryResponse {
    return {
      id: entry.id,
      year: entry.year,
      enterpriseId: entry.enterpriseId,
      uscc: entry.uscc,
      name: entry.name,
      level: entry.level,
      cityCode: entry.cityCode,
      countyCode: entry.countyCode,
      reason: entry.reason,
      createdAt: entry.createdAt,
    };
  }
}

export class KeyListEntryPage {
  @ListField({ maxItems: 200, of: KeyListEntryResponse })
  items!: KeyListEntryResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}

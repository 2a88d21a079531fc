import type { MatchingStatistics, MatchingTarget } from '@gqt/matching';
import { IdField, IntField, ListField, MoneyField, RateField, TimestampField } from '@gqt/platform';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { CityCodeField, NameField } from '../common/fields';

export class MatchingStatisticsQuery {
  /** The year (Shanghai calendar) the requests were made in; default this year. @example 2026 */
  @IsOptional()
  @Type(() => Number)
  @IntField(2020, 2100)
  year?: number;

  /** The SMEs' city (a city's regulators always read their own). @example "451100" */
  @IsOptional()
  @CityCodeField()
  cityCode?: string;
}

export class MatchingFiguresResponse {
  /** Distinct enterprises whose request had at least one offer. @example 1 */
  @IntField(0, 2147483647)
  enterprisesServed!: number;

  /** Requests put before several banks. @example 1 */
  @IntField(0, 2147483647)
  requests!: number;

  /** Offers, a replaced one counted once per bank and request. @example 2 */
  @IntField(0, 2147483647)
  offers!: number;

  /** @example 1 */
  @IntField(0, 2147483647)
  acceptances!: number;

  /** @example "60000.00" */
  @MoneyField()
  acceptedAmount!: string;

  /** The median over requests of each one's lowest offered rate; null without offers. @example "0.0385" */
  @RateField()
  medianBestOfferRate!: string | null;
}

export class MatchingCityFiguresResponse extends MatchingFiguresResponse {
  /** @example "451100" */
  @CityCodeField()
  cityCode!: string;
}

export class MatchingBankFiguresResponse extends MatchingFiguresResponse {
  @IdField()
  bankId!: string;

  /** @example "广西北部湾示范银行" */
  @NameField()
  name!: string;
}

export class MatchingStatisticsResponse extends MatchingFiguresResponse {
  /** @example 2026 */
  @IntField(2020, 2100)
  year!: number;

  /** @example "451100" */
  @CityCodeField()
  cityCode!: string | null;

  /** The year's target of enterprises served (GET /matching-targets/{year}). @example 3000 */
  @IntField(0, 10000000)
  target!: number;

  @ListField({ maxItems: 14, of: MatchingCityFiguresResponse })
  byCity!: MatchingCityFiguresResponse[];

  @ListField({ maxItems: 10000, of: MatchingBankFiguresResponse })
  byBank!: MatchingBankFiguresResponse[];

  static of(statistics: MatchingStatistics): MatchingStatisticsResponse {
    return statistics;
  }
}

export class ReplaceMatchingTargetDto {
  /** Enterprises to serve in the year (seed item 14: more than 3,000 in 2020). @example 3000 */
  @IntField(0, 10000000)
  enterprises!: number;
}

export class MatchingTargetResponse {
  /** @example 2026 */
  @IntField(2020, 2100)
  year!: number;

  /** @example 3000 */
  @IntField(0, 10000000)
  enterprises!: number;

  /** Whether the year has no target of its own yet (the default, 3000, holds). */
  isDefault!: boolean;

  @TimestampField()
  updatedAt!: Date | null;

  static of(target: MatchingTarget): MatchingTargetResponse {
    return target;
  }
}

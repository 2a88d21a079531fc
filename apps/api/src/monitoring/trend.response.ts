import { DateField, ListField } from '@gqt/platform';
import { CityCodeField } from '../common/fields';
import type { DailyFigures, Trend } from '@gqt/monitoring';
import { AgingFiguresResponse } from './aging.response';

export class DailyFiguresResponse extends AgingFiguresResponse {
  /** @example "2026-11-29" */
  @DateField()
  date!: string;

  static of(day: DailyFigures): DailyFiguresResponse {
    return { date: day.date, ...AgingFiguresResponse.fields(day.figures) };
  }
}

export class TrendResponse {
  /** The city the figures are for, or 450000 for the whole region. @example "450000" */
  @CityCodeField()
  scopeCode!: string;

  /** @example "2026-11-01" */
  @DateField()
  from!: string;

  /** @example "2026-11-29" */
  @DateField()
  to!: string;

  /** One entry per day that has a snapshot, oldest first. */
  @ListField({ maxItems: 366, of: DailyFiguresResponse })
  items!: DailyFiguresResponse[];

  static of(trend: Trend): TrendResponse {
    return {
      scopeCode: trend.scopeCode,
      from: trend.from,
      to: trend.to,
      items: trend.items.map(DailyFiguresResponse.of),
    };
  }
}

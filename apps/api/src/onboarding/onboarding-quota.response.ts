import { TextField } from '@gqt/platform';
import { CityCodeField, NameField } from '../common/fields';
import type { CityQuota } from '@gqt/onboarding';

export class OnboardingQuotaResponse implements CityQuota {
  /** @example "450200" */
  @CityCodeField()
  cityCode!: string;

  /** @example "柳州市" */
  @NameField()
  cityName!: string;

  /** @example "Liuzhou" */
  @TextField(50)
  cityNameEn!: string;

  /** @example 2026 */
  year!: number;

  /** Core enterprises a city may connect a year (Guangxi 2020 measures, item 5). @example 2 */
  quota!: number;

  /** Places taken by nominated, approved or connected enterprises. @example 2 */
  used!: number;

  /** @example 0 */
  remaining!: number;
}

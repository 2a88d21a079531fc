import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EnterprisesService } from '@gqt/enterprises';
import { ArrayResponse, Public } from '@gqt/platform';
import { CityResponse } from './enterprise.response';

@ApiTags('Reference data')
@Controller('cities')
export class CitiesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  /** Guangxi's 14 prefecture-level cities (GB/T 2260). */
  @ArrayResponse(CityResponse, 20)
  @Public()
  @Get()
  async list(): Promise<CityResponse[]> {
    return (await this.enterprises.cities()).map(CityResponse.of);
  }
}

import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FinancingProductsService } from '@gqt/matching';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, type Principal } from '@gqt/platform';
import {
  CreateFinancingProductDto,
  FinancingProductPage,
  FinancingProductQuery,
  FinancingProductResponse,
  UpdateFinancingProductDto,
} from './financing-product.dto';

@ApiTags('Matching')
@Controller('financing-products')
export class FinancingProductsController {
  constructor(private readonly products: FinancingProductsService) {}

  /** A bank publishes a financing product: kind, amount and rate ranges, maximum term, and who qualifies. */
  @ApiProblems({ 422: ['PRODUCT_RANGE_INVALID', 'RATE_OUT_OF_RANGE', 'AMOUNT_NOT_POSITIVE'] })
  @Auth('products:publish')
  @Post()
  async publish(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateFinancingProductDto,
  ): Promise<FinancingProductResponse> {
    return FinancingProductResponse.of(await this.products.publish(principal, body));
  }

  /**
   * Products on offer, newest first (a bank also sees its own retired ones); `eligible=true` keeps
   * what the caller's enterprise qualifies for.
   */
  @Auth()
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: FinancingProductQuery,
  ): Promise<FinancingProductPage> {
    const page = await this.products.list(principal, query, query);
    return { items: page.items.map(FinancingProductResponse.of), nextCursor: page.nextCursor };
  }

  /** One product (a retired one only to its bank). */
  @Auth()
  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingProductResponse> {
    return FinancingProductResponse.of(await this.products.get(principal, id));
  }

  /** The bank changes its product; a retired product no longer changes (409 INVALID_STATE). */
  @ApiProblems({ 409: ['INVALID_STATE'], 422: ['PRODUCT_RANGE_INVALID', 'RATE_OUT_OF_RANGE', 'AMOUNT_NOT_POSITIVE'] })
  @Auth('products:publish')
  @Patch(':id')
  async update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateFinancingProductDto,
  ): Promise<FinancingProductResponse> {
    return FinancingProductResponse.of(await this.products.update(principal, id, body));
  }

  /** The bank retires its product: no longer listed nor offered under. */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('products:publish')
  @Post(':id/retire')
  @HttpCode(200)
  async retire(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<FinancingProductResponse> {
    return FinancingProductResponse.of(await this.products.retire(principal, id));
  }
}

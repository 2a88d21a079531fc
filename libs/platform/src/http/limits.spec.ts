import { DomainError } from '@gqt/kernel';
import { Controller, Post, Body } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { DateField, EnumField, IdField, IntField, ListField, MoneyField, TextField } from './limits';
import { createValidationPipe } from './validation';

class LineDto {
  @MoneyField()
  amount!: string;
}

class SampleDto {
  @TextField(5, { pattern: /^[A-Z]+$/, patternMessage: 'code must be capital letters' })
  code!: string;

  @ListField({ maxItems: 2, minItems: 1, of: LineDto })
  lines!: LineDto[];

  @ListField({ maxItems: 2 })
  @IdField({ each: true })
  ids!: string[];

  @IntField(1, 10)
  count!: number;

  @IsOptional()
  @EnumField(['RED', 'GREEN'], 'Colour')
  colour?: string;

  @IsOptional()
  @DateField()
  on?: string;
}

const valid = {
  code: 'ABC',
  lines: [{ amount: '1.50' }],
  ids: ['3b9e6f0a-58c2-4f0e-9d7c-6a1f2b3c4d5e'],
  count: 3,
};

async function refusal(body: object): Promise<DomainError> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: SampleDto });
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('the body was accepted');
}

@Controller('sample')
class SampleController {
  @Post()
  create(@Body() body: SampleDto): SampleDto {
    return body;
  }
}

describe('field limits: one definition, enforced and documented', () => {
  it('accepts a body within every limit', async () => {
    await expect(
      createValidationPipe().transform(valid, { type: 'body', metatype: SampleDto }),
    ).resolves.toBeInstanceOf(SampleDto);
  });

  it.each([
    ['text past maxLength', { code: 'ABCDEF' }, 'code'],
    ['text off its pattern', { code: 'abc' }, 'code'],
    ['an array past maxItems', { lines: [{ amount: '1' }, { amount: '2' }, { amount: '3' }] }, 'lines'],
    ['an empty array below minItems', { lines: [] }, 'lines'],
    ['a nested element off its format', { lines: [{ amount: '1.005' }] }, 'lines[0].amount'],
    ['scalar elements past maxItems', { ids: [valid.ids[0], valid.ids[0], valid.ids[0]] }, 'ids'],
    ['a scalar element off its format', { ids: ['not-a-uuid'] }, 'ids'],
    ['an integer above its maximum', { count: 11 }, 'count'],
    ['a fraction for an integer', { count: 1.5 }, 'count'],
    ['a value outside the enum', { colour: 'BLUE' }, 'colour'],
    ['a date that does not exist', { on: '2026-02-30' }, 'on'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_case, change, field) => {
    const error = await refusal({ ...valid, ...change });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.kind).toBe('INVALID');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.fieldErrors?.map((e) => e.field)).toContain(field);
  });

  it('writes the same limits into the OpenAPI document', async () => {
    const module = await Test.createTestingModule({ controllers: [SampleController] }).compile();
    const app = module.createNestApplication();
    await app.init();
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    await app.close();
    const schemas = document.components!.schemas as Record<string, { properties: Record<string, object> }>;
    const sample = schemas.SampleDto.properties;
    expect(sample.code).toMatchObject({ type: 'string', maxLength: 5, pattern: '^[A-Z]+$' });
    expect(sample.lines).toMatchObject({ type: 'array', maxItems: 2, minItems: 1 });
    expect(sample.ids).toMatchObject({
      type: 'array',
      maxItems: 2,
      items: { type: 'string', format: 'uuid', maxLength: 36 },
    });
    expect(sample.count).toMatchObject({ type: 'integer', minimum: 1, maximum: 10 });
    expect(JSON.stringify(sample.colour)).toContain('"#/components/schemas/Colour"');
    expect(schemas.Colour).toMatchObject({ type: 'string', enum: ['RED', 'GREEN'] });
    expect(sample.on).toMatchObject({ type: 'string', format: 'date', maxLength: 10 });
    expect(schemas.LineDto.properties.amount).toMatchObject({ type: 'string', maxLength: 19 });
  });
});

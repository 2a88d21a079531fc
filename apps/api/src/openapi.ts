import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentIdempotencyKeys } from '@gqt/platform';

export const API_PREFIX = 'api/v1';

/** The public contract as OpenAPI (api-contract.md): both security schemes, every endpoint. */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Guiqitong 桂企通 API')
    .setDescription(
      'Receivables (应收账款), confirmation by debtors (确权), pledge financing (质押融资), core-enterprise ' +
        'onboarding and payables monitoring for Guangxi. Money is a string of yuan with two decimals; business ' +
        'dates are YYYY-MM-DD on the Shanghai calendar; errors are RFC 9457 problem+json with a stable `code`.',
    )
    .setVersion('1.0')
    .addServer('/')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'POST /api/v1/auth/login' },
      'bearer',
    )
    .addOAuth2(
      {
        type: 'oauth2',
        description: 'Bank systems: client credentials from the platform operator',
        flows: {
          clientCredentials: {
            tokenUrl: `/${API_PREFIX}/oauth/token`,
            scopes: {
              'receivables:read': 'Read receivables put before the bank',
              'financing:read': 'Read financing requests to the bank',
              'financing:write': 'Approve, reject, disburse and record repayment',
              'webhooks:manage': 'Manage webhook subscriptions',
            },
          },
        },
      },
      'oauth2',
    )
    .addTag(
      'Bank OpenAPI',
      'What a bank system calls, with an OAuth2 client-credentials token: the financing requests made to the bank, ' +
        'its decisions, and webhook subscriptions. Every POST accepts an Idempotency-Key. Walkthrough with curl: ' +
        'docs/bank-integration.md.',
    )
    .build();
  return documentIdempotencyKeys(
    SwaggerModule.createDocument(app, config, {
      operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
    }),
  );
}

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentIdempotencyKeys, documentProblems } from '@gqt/platform';

export const API_PREFIX = 'api/v1';

// RFC 8725 (JWT best current practices) as this API applies it, for both security schemes.
const JWT_PRACTICE =
  'Tokens are JWS compact JWTs conforming to RFC8725: signed HS256 only (the algorithm is pinned; "none" and ' +
  'any other algorithm are refused), issuer checked, expiring after ACCESS_TOKEN_TTL_SECONDS (1 hour by default).';

const TAGS: [string, string][] = [
  ['Authentication', 'Logging in, self sign-up of an SME, OAuth2 client credentials for bank systems, the caller'],
  ['Reference data', 'The cities of Guangxi'],
  ['Enterprises', 'The registry of enterprises and the API clients of banks'],
  ['Users', 'Users of the platform and their roles'],
  ['Receivables', 'Receivables (应收账款): registration, confirmation by the debtor (确权), payments, imports'],
  ['Pledge financing', 'Financing requests against confirmed receivables (应收账款质押融资) and their decisions'],
  [
    'Matching',
    'Matching banks and enterprises (政银企对接): key-enterprise lists, financing products, matching statistics; competing offers are under Pledge financing',
  ],
  ['Webhooks', "Signed event deliveries to a bank's systems"],
  ['Government procurement', 'Reserved shares for SMEs, awards, acceptances and compliance (政府采购促进中小企业发展)'],
  ['Onboarding', 'The yearly selection of core enterprises for the national platform (核心企业接入)'],
  ['Rewards', 'Reward policies and evaluations of connected core enterprises'],
  ['Monitoring', 'Overdue payables, aging, scorecards and trends for regulators; each enterprise its own side'],
  ['Notifications', "The caller's inbox"],
  ['Jobs', 'Progress of long-running work (imports, snapshots)'],
  ['Audit', 'The hash-chained audit trail'],
  ['Operations', 'Liveness and readiness probes'],
];

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
    .addServer(
      '/',
      'This deployment (production, staging or a local demo): the host that serves this document',
      {},
      // Public: every deployment serves this same document to banks (OWASP API9:2023 inventory).
      { 'x-internal': false },
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: `Users: the accessToken of POST /api/v1/auth/login. ${JWT_PRACTICE}`,
      },
      'bearer',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'The platform operator: the accessToken of POST /api/v1/auth/login for a user with the role ADMIN ' +
          `(any other caller is refused with 403). ${JWT_PRACTICE}`,
      },
      'operator',
    )
    .addOAuth2(
      {
        type: 'oauth2',
        description:
          'Bank systems: client credentials from the platform operator (no refresh token: ask for a new access ' +
          `token when one expires). ${JWT_PRACTICE}`,
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
  for (const [name, description] of TAGS) config.tags!.push({ name, description });
  const document = SwaggerModule.createDocument(app, config, {
    // Stable: a rename of a controller method is a breaking change of the contract (docs/bank-integration.md).
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  return documentProblems(documentIdempotencyKeys(document));
}

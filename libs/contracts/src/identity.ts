export const ROLES = ['ADMIN', 'REGULATOR', 'CORE_ENTERPRISE', 'SME', 'BANK', 'PURCHASER'] as const;
export type Role = (typeof ROLES)[number];

/** What an operator may grant a bank's API client (api-contract.md § Authentication and roles). */
export const CLIENT_SCOPES = ['receivables:read', 'financing:read', 'financing:write', 'webhooks:manage'] as const;
export type ClientScope = (typeof CLIENT_SCOPES)[number];

/** The whole region's jurisdiction code (GB/T 2260 for Guangxi). */
export const REGION_CODE = '450000';

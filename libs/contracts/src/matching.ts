// api-contract.md § Matching banks and enterprises (政银企对接): key-enterprise lists, financing
// products and competing offers.

/** Key-enterprise list levels (seed item 11): kept by the region's, a city's regulators. */
export const KEY_LIST_LEVELS = ['REGION', 'CITY', 'COUNTY'] as const;
export type KeyListLevel = (typeof KEY_LIST_LEVELS)[number];

export const PRODUCT_KINDS = ['RECEIVABLE_PLEDGE', 'PROCUREMENT_CONTRACT', 'ORDER', 'CREDIT', 'OTHER'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_STATUSES = ['ACTIVE', 'RETIRED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * A bank's offer: ACTIVE until replaced by its next one, withdrawn by the bank, accepted, declined
 * (another was taken, or the request withdrawn) or expired with the request.
 */
export const OFFER_STATUSES = ['ACTIVE', 'REPLACED', 'WITHDRAWN', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A request goes to 2-5 banks at once. */
export const COMPETING_BANKS = { min: 2, max: 5 } as const;

/** An OPEN request expires this long after it was made unless the SME says otherwise. */
export const DEFAULT_OFFER_WINDOW_DAYS = 7;

/** Seed item 14: more than 3,000 enterprise-times served online in 2020; the default for any year. */
export const DEFAULT_MATCHING_TARGET = 3000;

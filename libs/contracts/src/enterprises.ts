export const ENTERPRISE_KINDS = ['CORE', 'SME', 'BANK', 'BUYER'] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];

export const OWNERSHIPS = ['STATE_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_OWNED', 'PRIVATE', 'FOREIGN'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** The industries of the national SME classification standard (工信部联企业〔2011〕300号). */
export const INDUSTRIES = [
  'AGRICULTURE',
  'INDUSTRY',
  'CONSTRUCTION',
  'WHOLESALE',
  'RETAIL',
  'TRANSPORT',
  'WAREHOUSING',
  'POSTAL',
  'HOSPITALITY',
  'INFORMATION_TRANSMISSION',
  'SOFTWARE_IT',
  'REAL_ESTATE',
  'PROPERTY_MANAGEMENT',
  'LEASING_BUSINESS_SERVICES',
  'OTHER',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The industries' names as the standard writes them, for reports and the portal. */
export const INDUSTRY_NAMES: Record<'zh-CN' | 'en', Record<Industry, string>> = {
  'zh-CN': {
    AGRICULTURE: '农、林、牧、渔业',
    INDUSTRY: '工业',
    CONSTRUCTION: '建筑业',
    WHOLESALE: '批发业',
    RETAIL: '零售业',
    TRANSPORT: '交通运输业',
    WAREHOUSING: '仓储业',
    POSTAL: '邮政业',
    HOSPITALITY: '住宿和餐饮业',
    INFORMATION_TRANSMISSION: '信息传输业',
    SOFTWARE_IT: '软件和信息技术服务业',
    REAL_ESTATE: '房地产开发经营',
    PROPERTY_MANAGEMENT: '物业管理',
    LEASING_BUSINESS_SERVICES: '租赁和商务服务业',
    OTHER: '其他未列明行业',
  },
  en: {
    AGRICULTURE: 'Agriculture, forestry, fishery',
    INDUSTRY: 'Industry',
    CONSTRUCTION: 'Construction',
    WHOLESALE: 'Wholesale',
    RETAIL: 'Retail',
    TRANSPORT: 'Transport',
    WAREHOUSING: 'Warehousing',
    POSTAL: 'Postal',
    HOSPITALITY: 'Accommodation and catering',
    INFORMATION_TRANSMISSION: 'Information transmission',
    SOFTWARE_IT: 'Software and IT services',
    REAL_ESTATE: 'Real-estate development',
    PROPERTY_MANAGEMENT: 'Property management',
    LEASING_BUSINESS_SERVICES: 'Leasing and business services',
    OTHER: 'Other',
  },
};

export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

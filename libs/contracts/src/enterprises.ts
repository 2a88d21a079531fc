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

/** Guangxi's 14 prefecture-level cities (GB/T 2260; domain.md § Reference data), as GET /cities lists them. */
export const GUANGXI_CITIES = [
  { code: '450100', name: '南宁市', nameEn: 'Nanning' },
  { code: '450200', name: '柳州市', nameEn: 'Liuzhou' },
  { code: '450300', name: '桂林市', nameEn: 'Guilin' },
  { code: '450400', name: '梧州市', nameEn: 'Wuzhou' },
  { code: '450500', name: '北海市', nameEn: 'Beihai' },
  { code: '450600', name: '防城港市', nameEn: 'Fangchenggang' },
  { code: '450700', name: '钦州市', nameEn: 'Qinzhou' },
  { code: '450800', name: '贵港市', nameEn: 'Guigang' },
  { code: '450900', name: '玉林市', nameEn: 'Yulin' },
  { code: '451000', name: '百色市', nameEn: 'Baise' },
  { code: '451100', name: '贺州市', nameEn: 'Hezhou' },
  { code: '451200', name: '河池市', nameEn: 'Hechi' },
  { code: '451300', name: '来宾市', nameEn: 'Laibin' },
  { code: '451400', name: '崇左市', nameEn: 'Chongzuo' },
] as const;

/** A city's (or the region's) name in a language; the code itself when it is none of them. */
export function cityName(code: string | null | undefined, language: 'zh-CN' | 'en'): string {
  if (!code) return '';
  if (code === '450000') return language === 'en' ? 'Guangxi' : '广西壮族自治区';
  const city = GUANGXI_CITIES.find((c) => c.code === code);
  return city ? (language === 'en' ? city.nameEn : city.name) : code;
}

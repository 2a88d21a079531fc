/**
 * Chinese names of the industries of the national SME classification (工信部联企业〔2011〕300号),
 * for labels in reports; the contract's keys stay the English codes.
 */
export const INDUSTRY_LABELS: Record<string, string> = {
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
};

export const industryLabel = (industry: string): string => INDUSTRY_LABELS[industry] ?? industry;

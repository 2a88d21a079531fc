import {
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  PayCircleOutlined,
  PieChartOutlined,
  ProjectOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/schema';

export interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
}

/** Each role's work, first its main page (api-contract.md § Authentication and roles). */
export const MENUS: Record<Role, MenuEntry[]> = {
  SME: [
    { path: '/sme', labelKey: 'menu.overview', icon: <DashboardOutlined /> },
    { path: '/sme/receivables', labelKey: 'menu.receivables', icon: <FileTextOutlined /> },
    { path: '/sme/receivables/new', labelKey: 'menu.registerReceivable', icon: <FileAddOutlined /> },
    { path: '/sme/imports', labelKey: 'menu.imports', icon: <CloudUploadOutlined /> },
    { path: '/sme/financing', labelKey: 'menu.financing', icon: <FundOutlined /> },
    { path: '/sme/awards', labelKey: 'procurement.menu.supplierAwards', icon: <SolutionOutlined /> },
    { path: '/sme/products', labelKey: 'menu.products', icon: <ShopOutlined /> },
    { path: '/notifications', labelKey: 'menu.notifications', icon: <BellOutlined /> },
  ],
  CORE_ENTERPRISE: [
    { path: '/core', labelKey: 'menu.confirmations', icon: <CheckSquareOutlined /> },
    { path: '/core/payables', labelKey: 'menu.payables', icon: <PayCircleOutlined /> },
    { path: '/core/onboarding', labelKey: 'menu.onboarding', icon: <AuditOutlined /> },
    { path: '/core/scorecard', labelKey: 'menu.scorecard', icon: <TrophyOutlined /> },
    { path: '/notifications', labelKey: 'menu.notifications', icon: <BellOutlined /> },
  ],
  PURCHASER: [
    { path: '/purchaser', labelKey: 'procurement.menu.plan', icon: <PieChartOutlined /> },
    { path: '/purchaser/projects', labelKey: 'procurement.menu.projects', icon: <ProjectOutlined /> },
    { path: '/purchaser/awards', labelKey: 'procurement.menu.awards', icon: <SolutionOutlined /> },
    { path: '/purchaser/acceptances', labelKey: 'procurement.menu.acceptances', icon: <FileDoneOutlined /> },
    { path: '/core', labelKey: 'menu.confirmations', icon: <CheckSquareOutlined /> },
    { path: '/core/payables', labelKey: 'menu.payables', icon: <PayCircleOutlined /> },
    { path: '/notifications', labelKey: 'menu.notifications', icon: <BellOutlined /> },
  ],
  BANK: [
    { path: '/bank', labelKey: 'menu.requestQueue', icon: <FundOutlined /> },
    { path: '/bank/open', labelKey: 'menu.openRequests', icon: <TrophyOutlined /> },
    { path: '/bank/products', labelKey: 'menu.products', icon: <ShopOutlined /> },
    { path: '/bank/receivables', labelKey: 'menu.pledgedReceivables', icon: <FileTextOutlined /> },
    { path: '/bank/integration', labelKey: 'menu.integration', icon: <ApiOutlined /> },
    { path: '/notifications', labelKey: 'menu.notifications', icon: <BellOutlined /> },
  ],
  REGULATOR: [
    { path: '/regulator', labelKey: 'menu.dashboard', icon: <DashboardOutlined /> },
    { path: '/regulator/overdue', labelKey: 'menu.overdue', icon: <WarningOutlined /> },
    { path: '/regulator/onboarding', labelKey: 'menu.onboardingReview', icon: <AuditOutlined /> },
    { path: '/regulator/rewards', labelKey: 'menu.rewards', icon: <TrophyOutlined /> },
    { path: '/regulator/procurement', labelKey: 'procurement.menu.compliance', icon: <PieChartOutlined /> },
    { path: '/regulator/matching', labelKey: 'menu.matching', icon: <BankOutlined /> },
    { path: '/notifications', labelKey: 'menu.notifications', icon: <BellOutlined /> },
  ],
  ADMIN: [
    { path: '/admin/enterprises', labelKey: 'menu.enterprises', icon: <ShopOutlined /> },
    { path: '/admin/users', labelKey: 'menu.users', icon: <TeamOutlined /> },
    { path: '/admin/api-clients', labelKey: 'menu.apiClients', icon: <BankOutlined /> },
  ],
};

/** The menu entry a path belongs to: the longest entry path it starts with. */
export function selectedEntry(entries: MenuEntry[], pathname: string): string | undefined {
  return entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

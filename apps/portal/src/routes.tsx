import { Result, Spin } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { HomeRedirect, RequireRole } from './auth/RequireRole';
import { SignUpPage } from './auth/SignUpPage';
import { AppShell } from './layout/AppShell';

// One chunk per page: a role downloads only the pages it opens.
const SmeOverview = lazy(() => import('./pages/sme/Overview'));
const SmeReceivables = lazy(() => import('./pages/sme/Receivables'));
const RegisterReceivable = lazy(() => import('./pages/sme/RegisterReceivable'));
const Imports = lazy(() => import('./pages/sme/Imports'));
const SmeFinancing = lazy(() => import('./pages/sme/FinancingRequests'));
const NewFinancingRequest = lazy(() => import('./pages/sme/NewFinancingRequest'));
const Products = lazy(() => import('./pages/sme/Products'));
const Matching = lazy(() => import('./pages/regulator/Matching'));
const OpenRequests = lazy(() => import('./pages/bank/OpenRequests'));
const BankProducts = lazy(() => import('./pages/bank/Products'));
const Confirmations = lazy(() => import('./pages/core/Confirmations'));
const Payables = lazy(() => import('./pages/core/Payables'));
const CoreOnboarding = lazy(() => import('./pages/core/Onboarding'));
const Scorecard = lazy(() => import('./pages/core/Scorecard'));
const RequestQueue = lazy(() => import('./pages/bank/RequestQueue'));
const BankReceivables = lazy(() => import('./pages/bank/PledgedReceivables'));
const Integration = lazy(() => import('./pages/bank/Integration'));
const Dashboard = lazy(() => import('./pages/regulator/Dashboard'));
const Overdue = lazy(() => import('./pages/regulator/Overdue'));
const OnboardingReview = lazy(() => import('./pages/regulator/OnboardingReview'));
const Rewards = lazy(() => import('./pages/regulator/Rewards'));
const Enterprises = lazy(() => import('./pages/operator/Enterprises'));
const Users = lazy(() => import('./pages/operator/Users'));
const ApiClients = lazy(() => import('./pages/operator/ApiClients'));
const ReceivableDetail = lazy(() => import('./pages/shared/ReceivableDetail'));
const FinancingDetail = lazy(() => import('./pages/shared/FinancingDetail'));
const Notifications = lazy(() => import('./pages/shared/Notifications'));
// Government procurement (issue 15) and its public page.
const ProcurementPlan = lazy(() => import('./pages/purchaser/Plan'));
const ProcurementProjects = lazy(() => import('./pages/purchaser/Projects'));
const PurchaserAwards = lazy(() => import('./pages/purchaser/Awards'));
const Acceptances = lazy(() => import('./pages/purchaser/Acceptances'));
const SupplierAwards = lazy(() => import('./pages/sme/Awards'));
const ProjectDetail = lazy(() => import('./pages/procurement/ProjectDetail'));
const AwardDetail = lazy(() => import('./pages/procurement/AwardDetail'));
const ProcurementCompliance = lazy(() => import('./pages/regulator/Procurement'));
const ProcurementUnit = lazy(() => import('./pages/regulator/ProcurementUnit'));
const PublicProcurement = lazy(() => import('./pages/public/PublicProcurement'));

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.notFound')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignUpPage /> },
  {
    // Published by law, without login.
    path: '/public/procurement',
    element: (
      <Suspense fallback={<Spin />}>
        <PublicProcurement />
      </Suspense>
    ),
  },
  { path: '/', element: <HomeRedirect /> },
  {
    element: <RequireRole />,
    children: [
      {
        element: <AppShell />,
        children: [
          {
            element: <RequireRole roles={['SME']} />,
            children: [
              { path: '/sme', element: <SmeOverview /> },
              { path: '/sme/receivables', element: <SmeReceivables /> },
              { path: '/sme/receivables/new', element: <RegisterReceivable /> },
              { path: '/sme/imports', element: <Imports /> },
              { path: '/sme/financing', element: <SmeFinancing /> },
              { path: '/sme/financing/new', element: <NewFinancingRequest /> },
              { path: '/sme/awards', element: <SupplierAwards /> },
              { path: '/sme/products', element: <Products /> },
            ],
          },
          {
            // A purchasing unit confirms and pays what it owes as any debtor does.
            element: <RequireRole roles={['CORE_ENTERPRISE', 'PURCHASER']} />,
            children: [
              { path: '/core', element: <Confirmations /> },
              { path: '/core/payables', element: <Payables /> },
            ],
          },
          {
            element: <RequireRole roles={['PURCHASER']} />,
            children: [
              { path: '/purchaser', element: <ProcurementPlan /> },
              { path: '/purchaser/projects', element: <ProcurementProjects /> },
              { path: '/purchaser/awards', element: <PurchaserAwards /> },
              { path: '/purchaser/acceptances', element: <Acceptances /> },
            ],
          },
          {
            element: <RequireRole roles={['CORE_ENTERPRISE']} />,
            children: [
              { path: '/core/onboarding', element: <CoreOnboarding /> },
              { path: '/core/scorecard', element: <Scorecard /> },
            ],
          },
          {
            element: <RequireRole roles={['BANK']} />,
            children: [
              { path: '/bank', element: <RequestQueue /> },
              { path: '/bank/open', element: <OpenRequests /> },
              { path: '/bank/products', element: <BankProducts /> },
              { path: '/bank/receivables', element: <BankReceivables /> },
              { path: '/bank/integration', element: <Integration /> },
            ],
          },
          {
            element: <RequireRole roles={['REGULATOR', 'ADMIN']} />,
            children: [
              { path: '/regulator', element: <Dashboard /> },
              { path: '/regulator/overdue', element: <Overdue /> },
              { path: '/regulator/onboarding', element: <OnboardingReview /> },
              { path: '/regulator/rewards', element: <Rewards /> },
              { path: '/regulator/procurement', element: <ProcurementCompliance /> },
              { path: '/regulator/procurement/units/:unitId', element: <ProcurementUnit /> },
              { path: '/regulator/matching', element: <Matching /> },
            ],
          },
          {
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: '/admin/enterprises', element: <Enterprises /> },
              { path: '/admin/users', element: <Users /> },
              { path: '/admin/api-clients', element: <ApiClients /> },
            ],
          },
          { path: '/receivables/:id', element: <ReceivableDetail /> },
          { path: '/financing/:id', element: <FinancingDetail /> },
          { path: '/procurement/projects/:id', element: <ProjectDetail /> },
          { path: '/procurement/awards/:id', element: <AwardDetail /> },
          { path: '/notifications', element: <Notifications /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

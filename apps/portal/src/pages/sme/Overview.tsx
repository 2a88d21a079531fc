import { CloudUploadOutlined, FileAddOutlined, FundOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FinancingRequest, Receivable } from '../../api/schema';
import { PageTitle } from '../../components/PageTitle';
import { ReceivablesTable } from '../../components/ReceivablesTable';
import { TallyCard } from '../../components/TallyCard';
import { useCursorList } from '../../hooks/useCursorList';
import { useTally } from '../../hooks/useTally';

const outstanding = (r: Receivable) => r.outstandingAmount ?? r.amount;

/** The SME's main page: what it registered, what its buyers confirmed, what it borrowed, what is late. */
export default function SmeOverview() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const registered = useTally<Receivable>('/receivables', { role: 'creditor' }, (r) => r.amount);
  const pending = useTally<Receivable>(
    '/receivables',
    { role: 'creditor', status: 'PENDING_CONFIRMATION' },
    (r) => r.amount,
  );
  const confirmed = useTally<Receivable>('/receivables', { role: 'creditor', status: 'CONFIRMED' }, outstanding);
  const financed = useTally<FinancingRequest>(
    '/financing-requests',
    { status: 'DISBURSED' },
    (f) => f.approvedAmount ?? f.requestedAmount,
  );
  const overdue = useTally<Receivable>('/receivables', { role: 'creditor', overdue: true }, outstanding);
  const recent = useCursorList<Receivable>('/receivables', { role: 'creditor' }, 5);

  return (
    <>
      <PageTitle
        title={t('sme.overview.title')}
        subtitle={t('sme.overview.subtitle')}
        extra={
          <>
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => void navigate('/sme/receivables/new')}>
              {t('menu.registerReceivable')}
            </Button>
            <Button icon={<CloudUploadOutlined />} onClick={() => void navigate('/sme/imports')}>
              {t('menu.imports')}
            </Button>
            <Button icon={<FundOutlined />} onClick={() => void navigate('/sme/financing/new')}>
              {t('sme.financing.new')}
            </Button>
          </>
        }
      />
      <Row gutter={[16, 16]} className="section">
        <Col xs={24} sm={12} lg={8} xl={4}>
          <TallyCard title={t('sme.overview.registered')} tally={registered} />
        </Col>
        <Col xs={24} sm={12} lg={8} xl={5}>
          <TallyCard title={t('sme.overview.pending')} tally={pending} />
        </Col>
        <Col xs={24} sm={12} lg={8} xl={5}>
          <TallyCard title={t('sme.overview.confirmed')} tally={confirmed} />
        </Col>
        <Col xs={24} sm={12} lg={12} xl={5}>
          <TallyCard title={t('sme.overview.financed')} tally={financed} />
        </Col>
        <Col xs={24} sm={12} lg={12} xl={5}>
          <TallyCard title={t('sme.overview.overdue')} tally={overdue} />
        </Col>
      </Row>
      <Card title={t('sme.overview.recent')} extra={<Link to="/sme/receivables">{t('common.viewAll')}</Link>}>
        <ReceivablesTable
          list={recent}
          perspective="creditor"
          emptyHint={t('sme.receivables.empty')}
          emptyAction={
            <Button type="primary" onClick={() => void navigate('/sme/receivables/new')}>
              {t('menu.registerReceivable')}
            </Button>
          }
        />
      </Card>
    </>
  );
}

import { App, Button, Card, Col, Form, Input, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { KeyListEntry, MatchingStatistics } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { FormModal } from '../../components/FormModal';
import { requiredRule } from '../../components/formRules';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../hooks/useApi';
import { useCursorList } from '../../hooks/useCursorList';
import { today } from '../../lib/dates';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatPercent } from '../../lib/money';

type Figures = MatchingStatistics['byCity'][number];

/** Online bank–enterprise matching against the year's target, and the year's key-enterprise lists. */
export default function Matching() {
  const { t } = useTranslation();
  const year = Number(today().slice(0, 4));
  const statistics = useApi<MatchingStatistics>('/matching/statistics', { year });
  const [level, setLevel] = useState<string>();
  const entries = useCursorList<KeyListEntry>(`/key-enterprise-lists/${year}`, level ? { level } : {});
  const s = statistics.data;
  const me = useMe();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const levels = me.jurisdiction === '450000' ? (['REGION', 'CITY', 'COUNTY'] as const) : (['CITY', 'COUNTY'] as const);
  const figures = [
    { title: t('matching.enterprisesServed'), dataIndex: 'enterprisesServed' },
    { title: t('matching.requests'), dataIndex: 'requests' },
    { title: t('matching.offersCount'), dataIndex: 'offers' },
    { title: t('matching.acceptances'), dataIndex: 'acceptances' },
    {
      title: t('matching.acceptedAmount'),
      dataIndex: 'acceptedAmount',
      align: 'right' as const,
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('matching.medianBestOfferRate'),
      dataIndex: 'medianBestOfferRate',
      render: (v: string | null) => formatPercent(v),
    },
  ];
  return (
    <>
      <PageTitle title={t('matching.statistics')} subtitle={t('matching.statisticsSubtitle')} />
      {statistics.error && <ProblemAlert error={statistics.error} />}
      <Card className="section" loading={statistics.loading}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('matching.enterprisesServed')}
              value={s?.enterprisesServed ?? 0}
              suffix={`/ ${s?.target ?? '—'}`}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('matching.offersCount')} value={s?.offers ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('matching.acceptances')} value={s?.acceptances ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('matching.medianBestOfferRate')} value={formatPercent(s?.medianBestOfferRate)} />
          </Col>
        </Row>
      </Card>
      <Card className="section" title={t('matching.byCity')}>
        <Table<Figures>
          rowKey="cityCode"
          size="small"
          pagination={false}
          dataSource={s?.byCity ?? []}
          columns={[{ title: t('common.city'), dataIndex: 'cityCode' }, ...figures]}
        />
      </Card>
      <Card className="section" title={t('matching.byBank')}>
        <Table<MatchingStatistics['byBank'][number]>
          rowKey="bankId"
          size="small"
          pagination={false}
          dataSource={s?.byBank ?? []}
          columns={[{ title: t('financing.bank'), dataIndex: 'name' }, ...figures]}
        />
      </Card>
      <Card
        title={t('matching.keyLists')}
        extra={
          <Space>
            {me.role === 'REGULATOR' && (
              <Button
                type="primary"
                onClick={() => {
                  setKey(newIdempotencyKey());
                  setAdding(true);
                }}
              >
                {t('matching.addEntry')}
              </Button>
            )}
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('matching.level')}
              value={level}
              onChange={setLevel}
              options={(['REGION', 'CITY', 'COUNTY'] as const).map((l) => ({
                value: l,
                label: t(`matching.levels.${l}`),
              }))}
            />
          </Space>
        }
      >
        <PagedTable<KeyListEntry>
          rowKey="id"
          list={entries}
          emptyHint={t('matching.keyLists')}
          columns={[
            { title: t('financing.applicant'), dataIndex: 'name' },
            { title: 'USCC', dataIndex: 'uscc' },
            { title: t('matching.level'), dataIndex: 'level', render: (l: string) => t(`matching.levels.${l}`) },
            { title: t('common.city'), dataIndex: 'cityCode' },
            { title: t('matching.reason'), dataIndex: 'reason' },
          ]}
        />
      </Card>
      <FormModal<{ uscc: string; level: 'REGION' | 'CITY' | 'COUNTY'; countyCode?: string; reason: string }>
        open={adding}
        title={t('matching.addEntry')}
        initialValues={{ level: levels[0] }}
        codeFields={{
          ENTERPRISE_NOT_REGISTERED: 'uscc',
          USCC_INVALID: 'uscc',
          KEY_LIST_NOT_ELIGIBLE: 'uscc',
          KEY_LIST_ENTRY_EXISTS: 'uscc',
          COUNTY_NOT_IN_CITY: 'countyCode',
        }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post(
            `/key-enterprise-lists/${year}/entries`,
            {
              uscc: v.uscc.trim().toUpperCase(),
              level: v.level,
              ...(v.countyCode?.trim() ? { countyCode: v.countyCode.trim() } : {}),
              reason: v.reason.trim(),
            },
            { 'Idempotency-Key': key },
          );
          void message.success(t('financing.saved'));
          entries.reload();
        }}
      >
        <Form.Item name="uscc" label="USCC" rules={[requiredRule(t)]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="level" label={t('matching.level')} rules={[requiredRule(t)]}>
          <Select options={levels.map((l) => ({ value: l, label: t(`matching.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="countyCode" label={t('matching.countyCode')}>
          <Input maxLength={6} placeholder="451121" />
        </Form.Item>
        <Form.Item name="reason" label={t('matching.reason')} rules={[requiredRule(t)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

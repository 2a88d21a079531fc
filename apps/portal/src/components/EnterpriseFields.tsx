import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_KINDS, INDUSTRIES, OWNERSHIPS } from '../api/schema';
import { CitySelect } from './CitySelect';
import { moneyRules, requiredRule, usccRules } from './formRules';
import { MoneyInput } from './MoneyInput';

/**
 * The fields of an enterprise (POST /enterprises, POST /auth/register-sme), under `prefix` in the
 * form's values so that the API's field paths (e.g. "enterprise.uscc") land on the right field.
 */
export function EnterpriseFields({ prefix = [], withKind = false }: { prefix?: string[]; withKind?: boolean }) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={name('name')} label={t('enterprise.name')} rules={[requiredRule(t)]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('uscc')}
          label={t('enterprise.uscc')}
          rules={usccRules(t)}
          normalize={(v: string) => v?.toUpperCase()}
        >
          <Input maxLength={18} placeholder="91450100MA5K00004P" />
        </Form.Item>
      </Col>
      {withKind && (
        <Col xs={24} md={12}>
          <Form.Item name={name('kind')} label={t('enterprise.kind')} rules={[requiredRule(t)]}>
            <Select options={ENTERPRISE_KINDS.map((kind) => ({ value: kind, label: t(`enterpriseKind.${kind}`) }))} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item name={name('cityCode')} label={t('common.city')} rules={[requiredRule(t)]}>
          <CitySelect allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('industry')} label={t('enterprise.industry')} rules={[requiredRule(t)]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={INDUSTRIES.map((industry) => ({ value: industry, label: t(`industry.${industry}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('ownership')} label={t('enterprise.ownership')}>
          <Select allowClear options={OWNERSHIPS.map((o) => ({ value: o, label: t(`ownership.${o}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={name('employees')} label={t('enterprise.employees')} rules={[requiredRule(t)]}>
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={name('annualRevenue')}
          label={t('enterprise.annualRevenue')}
          rules={moneyRules(t, { positive: false })}
        >
          <MoneyInput />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={name('totalAssets')}
          label={t('enterprise.totalAssets')}
          tooltip={t('enterprise.totalAssetsHint')}
          rules={moneyRules(t, { required: false, positive: false })}
        >
          <MoneyInput />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Drops empty optional fields: the API refuses "" where it expects money or a code. */
export function compact<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T;
}

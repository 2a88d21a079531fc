import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CRITERION_KEYS, type CriterionKey, type RewardPolicy, type RewardRule } from '../api/schema';
import { moneyRules, requiredRule } from './formRules';
import { MoneyInput } from './MoneyInput';

/** The form's shape: every criterion with whether it applies, and the reward rule. */
export interface PolicyForm {
  criteria: { key: CriterionKey; applies: boolean; threshold: string }[];
  reward: RewardRule;
}

export function policyForm(policy: RewardPolicy): PolicyForm {
  return {
    criteria: CRITERION_KEYS.map((key) => {
      const setting = policy.criteria.find((c) => c.key === key);
      return { key, applies: setting !== undefined, threshold: setting?.threshold ?? '' };
    }),
    reward: {
      type: policy.reward.type,
      amount: policy.reward.amount,
      tiers: policy.reward.tiers ?? [],
      cap: policy.reward.cap,
    },
  };
}

/** PUT /reward-policies/{year}'s body: the criteria that apply, and only the rule's own fields. */
export function policyTerms(form: PolicyForm): {
  criteria: { key: CriterionKey; threshold: string }[];
  reward: RewardRule;
} {
  const reward: RewardRule =
    form.reward.type === 'FIXED'
      ? { type: 'FIXED', amount: form.reward.amount?.trim() }
      : {
          type: 'TIERED',
          tiers: (form.reward.tiers ?? []).map((tier) => ({
            minConfirmed: tier.minConfirmed.trim(),
            amount: tier.amount.trim(),
          })),
          cap: form.reward.cap?.trim(),
        };
  return {
    criteria: form.criteria.filter((c) => c.applies).map((c) => ({ key: c.key, threshold: c.threshold.trim() })),
    reward,
  };
}

/** The year's criteria with thresholds, and the reward rule (fixed, or tiers by confirmed volume up to a cap). */
export function PolicyEditor({ policy }: { policy: RewardPolicy }) {
  const { t } = useTranslation();
  const rewardType = Form.useWatch(['reward', 'type']);
  const units = new Map(policy.criteria.map((c) => [c.key, c.unit]));
  return (
    <>
      <Form.List name="criteria">
        {(fields) => (
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            className="section"
            dataSource={fields.map((field, index) => ({ ...field, key: CRITERION_KEYS[index] }))}
            columns={[
              {
                title: t('rewards.applies'),
                width: 80,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'applies']} valuePropName="checked" noStyle>
                    <Checkbox aria-label={t(`criteria.${field.key}`)} />
                  </Form.Item>
                ),
              },
              {
                title: t('rewards.criterion'),
                render: (_, field) => (
                  <>
                    <div>{t(`criteria.${field.key}`)}</div>
                    <Typography.Text type="secondary">{t(`criteriaRule.${field.key}`)}</Typography.Text>
                  </>
                ),
              },
              {
                title: t('rewards.threshold'),
                width: 260,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'threshold']} style={{ margin: 0 }}>
                    <Input
                      aria-label={t('rewards.threshold')}
                      suffix={units.get(field.key) ? t(`unit.${units.get(field.key)}`) : undefined}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
      <Form.Item name={['reward', 'type']} label={t('rewards.rule')}>
        <Radio.Group
          options={[
            { value: 'FIXED', label: t('rewards.fixed') },
            { value: 'TIERED', label: t('rewards.tiered') },
          ]}
        />
      </Form.Item>
      {rewardType === 'FIXED' ? (
        <Form.Item name={['reward', 'amount']} label={t('rewards.fixedAmount')} rules={moneyRules(t)}>
          <MoneyInput style={{ maxWidth: 240 }} />
        </Form.Item>
      ) : (
        <>
          <Form.List name={['reward', 'tiers']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item
                      name={[field.name, 'minConfirmed']}
                      label={t('rewards.minConfirmed')}
                      rules={moneyRules(t, { positive: false })}
                    >
                      <MoneyInput />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} label={t('rewards.tierAmount')} rules={moneyRules(t)}>
                      <MoneyInput />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ minConfirmed: '', amount: '' })}>
                    {t('rewards.addTier')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
          <Form.Item name={['reward', 'cap']} label={t('rewards.cap')} rules={[requiredRule(t), ...moneyRules(t)]}>
            <MoneyInput style={{ maxWidth: 240 }} />
          </Form.Item>
        </>
      )}
    </>
  );
}

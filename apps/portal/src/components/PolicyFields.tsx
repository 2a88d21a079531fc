import { Card, Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// The identifying members of a criterion: shown as its title, not edited.
const IDENTITY = new Set(['key', 'year', 'id']);

/**
 * Form fields for a reward policy as the API returns it (GET /reward-policies/{year}): each
 * threshold, flag and amount becomes an input under its own path, so that PUT sends the same shape.
 */
export function PolicyFields({ value, path = [] }: { value: Json; path?: (string | number)[] }) {
  const { t } = useTranslation();
  if (Array.isArray(value)) {
    return (
      <>
        {value.map((item, index) => {
          const title =
            item && typeof item === 'object' && !Array.isArray(item) && typeof item.key === 'string'
              ? t(`criteria.${item.key}`, { defaultValue: item.key })
              : `#${index + 1}`;
          return (
            <Card size="small" key={index} title={title} className="policy-item">
              <PolicyFields value={item} path={[...path, index]} />
            </Card>
          );
        })}
      </>
    );
  }
  if (value !== null && typeof value === 'object') {
    return (
      <>
        {Object.entries(value)
          .filter(([key]) => !IDENTITY.has(key))
          .map(([key, child]) => {
            const label = t(`policy.${key}`, { defaultValue: key });
            if (child !== null && typeof child === 'object') {
              return (
                <Form.Item key={key} label={label}>
                  <PolicyFields value={child} path={[...path, key]} />
                </Form.Item>
              );
            }
            return <PolicyLeaf key={key} name={[...path, key]} label={label} sample={child} />;
          })}
      </>
    );
  }
  return null;
}

function PolicyLeaf({ name, label, sample }: { name: (string | number)[]; label: string; sample: Json }) {
  if (typeof sample === 'boolean') {
    return (
      <Form.Item name={name} label={label} valuePropName="checked">
        <Switch />
      </Form.Item>
    );
  }
  if (typeof sample === 'number') {
    return (
      <Form.Item name={name} label={label}>
        <InputNumber style={{ width: 200 }} />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={label}>
      <Input style={{ maxWidth: 320 }} />
    </Form.Item>
  );
}

/** The edited values over the policy as it was: identity members and anything not shown stay as they were. */
export function mergePolicy(original: Json, edited: Json): Json {
  if (Array.isArray(original)) {
    return original.map((item, index) => mergePolicy(item, Array.isArray(edited) ? edited[index] : undefined!));
  }
  if (original !== null && typeof original === 'object') {
    const result: Record<string, Json> = {};
    const changes = edited !== null && typeof edited === 'object' && !Array.isArray(edited) ? edited : {};
    for (const [key, child] of Object.entries(original)) {
      result[key] = key in changes && changes[key] !== undefined ? mergePolicy(child, changes[key]) : child;
    }
    return result;
  }
  return edited === undefined ? original : edited;
}

export type { Json };

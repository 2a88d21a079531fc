import { Button, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../api/client';

/** A row of filters above a list: applying them starts the list again at page 1. */
export function FilterBar<F extends Query>({
  initial,
  onApply,
  children,
}: {
  initial?: Partial<F>;
  onApply: (filters: F) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<F>();
  return (
    <Form<F>
      form={form}
      layout="inline"
      className="filter-bar"
      initialValues={initial}
      onFinish={(values) => onApply(values)}
    >
      {children}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply(form.getFieldsValue());
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}

import { Form, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../hooks/useFormProblem';
import { ProblemAlert } from './ProblemAlert';

interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  initialValues?: Partial<V>;
  /** Business error codes that concern one field of this form. */
  codeFields?: Record<string, string>;
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}

/** A dialog with a form for one action: the API's refusal stays in the dialog, beside what caused it. */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  initialValues,
  codeFields,
  onSubmit,
  onClose,
  children,
  width,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { error, handle, clear } = useFormProblem(form, codeFields);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clear();
  }, [open, form, clear]);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    clear();
    try {
      await onSubmit(values);
      onClose();
    } catch (failure) {
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: submitting }}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      width={width}
    >
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={submitting}
        onFinish={() => void submit()}
      >
        {children}
        {error !== undefined && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}

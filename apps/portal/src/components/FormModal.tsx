import { Alert, Button, Form, Modal } from 'antd';
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
  /**
   * For an irreversible action: what will happen with these values. The first click checks the
   * form and shows this review; only the second sends the action.
   */
  review?: (values: V) => ReactNode;
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
  review,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { error, handle, clear } = useFormProblem(form, codeFields);
  const [submitting, setSubmitting] = useState(false);
  // The values under review: set after the first click of an irreversible action.
  const [reviewing, setReviewing] = useState<V | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clear();
    setReviewing(null);
  }, [open, form, clear]);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      setReviewing(null);
      return;
    }
    if (review && reviewing === null) {
      clear();
      setReviewing(values);
      return;
    }
    setSubmitting(true);
    clear();
    try {
      await onSubmit(values);
      onClose();
    } catch (failure) {
      // Back to the form: the refusal belongs beside the fields that caused it.
      setReviewing(null);
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={review && reviewing === null ? t('common.review') : (okText ?? t('common.submit'))}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: submitting }}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      width={width}
      footer={(buttons) =>
        reviewing === null ? (
          buttons
        ) : (
          <>
            <Button onClick={() => setReviewing(null)} disabled={submitting}>
              {t('common.edit')}
            </Button>
            {buttons}
          </>
        )
      }
    >
      {review && reviewing !== null && (
        <div className="review-step" role="region" aria-label={t('common.reviewTitle')}>
          <Alert type="warning" showIcon title={t('common.reviewTitle')} description={t('common.irreversible')} />
          <div className="review-body">{review(reviewing)}</div>
        </div>
      )}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={submitting}
        onFinish={() => void submit()}
        style={reviewing !== null ? { display: 'none' } : undefined}
      >
        {children}
        {error !== undefined && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}

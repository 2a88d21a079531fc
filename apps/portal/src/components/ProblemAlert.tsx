import { Alert } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The reader's-language message for an API refusal: the code's translation, else the API's detail. */
export function useProblemMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        return t(`errors.${error.code}`, { defaultValue: error.problem.detail || error.problem.title });
      }
      return error instanceof Error ? error.message : String(error);
    },
    [t],
  );
}

/** An API refusal beside what caused it, with the field messages no form field could show. */
export function ProblemAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const message = useProblemMessage();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <Alert
      data-code={error instanceof ApiError ? error.code : undefined}
      type="error"
      showIcon
      role="alert"
      className="problem-alert"
      title={message(error)}
      description={
        fields.length > 0 ? (
          <ul className="problem-fields">
            {fields.map((f) => (
              <li key={`${f.field}:${f.message}`} data-field={f.field}>
                {f.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      closable={onClose ? { onClose } : undefined}
    />
  );
}

import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useProblemMessage } from '../components/ProblemAlert';
import { showProblemOnForm } from '../lib/problem';

/**
 * An API refusal of a form's submission: field errors on their fields (also a business error
 * code that concerns one field), and whatever is left in `error` for a ProblemAlert beside the form.
 */
export function useFormProblem(form: FormInstance, codeFields?: Record<string, string>) {
  const message = useProblemMessage();
  const [error, setError] = useState<unknown>();
  const handle = useCallback(
    (failure: unknown) => setError(showProblemOnForm(form, failure, codeFields, message(failure))),
    [form, codeFields, message],
  );
  const clear = useCallback(() => setError(undefined), []);
  return { error, handle, clear };
}

import { AutoComplete, type AutoCompleteProps } from 'antd';
import { useEffect, useState } from 'react';
import type { Enterprise, Page } from '../api/schema';
import { useApi } from '../hooks/useApi';

/**
 * A debtor's credit code, typed or picked from the directory of registered buyers (GET /enterprises?q=):
 * the API refuses a debtor that is not registered, so the directory is a help, not a limit.
 */
export function DebtorInput(props: AutoCompleteProps<string>) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data } = useApi<Page<Enterprise>>('/enterprises', { q, limit: 20 });
  const options = (data?.items ?? [])
    .filter((e) => e.kind !== 'BANK')
    .map((e) => ({ value: e.uscc, label: `${e.name} · ${e.uscc}` }));
  return <AutoComplete<string> options={options} showSearch={{ onSearch: setTyped }} {...props} />;
}

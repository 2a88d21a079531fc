import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { Enterprise, EnterpriseKind, Page } from '../api/schema';
import { useApi } from '../hooks/useApi';

interface EnterpriseSelectProps extends Omit<SelectProps<string>, 'options' | 'onSearch' | 'showSearch'> {
  kind?: EnterpriseKind;
  /** What the value is: the enterprise's id (default) or its credit code. */
  valueField?: 'id' | 'uscc';
  onEnterprise?: (enterprise: Enterprise | undefined) => void;
}

/** Finds an enterprise by part of its name or credit code (GET /enterprises?q=). */
export function EnterpriseSelect({ kind, valueField = 'id', onEnterprise, onChange, ...props }: EnterpriseSelectProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useApi<Page<Enterprise>>('/enterprises', { kind, q, limit: 50 });
  const enterprises = data?.items ?? [];
  return (
    <Select<string>
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={loading}
      options={enterprises.map((e) => ({ value: e[valueField], label: `${e.name} (${e.uscc})` }))}
      onChange={(value, option) => {
        onEnterprise?.(enterprises.find((e) => e[valueField] === value));
        onChange?.(value, option);
      }}
      style={{ minWidth: 260 }}
      {...props}
    />
  );
}

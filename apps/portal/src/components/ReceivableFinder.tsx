import { Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receivable } from '../api/schema';
import { useCursorList } from '../hooks/useCursorList';
import { ReceivablesTable } from './ReceivablesTable';

/** Finds receivables in the reader's jurisdiction by contract number (GET /receivables?contractNo=). */
export function ReceivableFinder() {
  const { t } = useTranslation();
  const [contractNo, setContractNo] = useState<string>();
  const list = useCursorList<Receivable>(contractNo ? '/receivables' : null, { contractNo }, 5);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        placeholder={t('dashboard.findPlaceholder')}
        aria-label={t('dashboard.find')}
        enterButton={t('common.search')}
        onSearch={(value) => setContractNo(value.trim() || undefined)}
        style={{ maxWidth: 420 }}
      />
      {contractNo && (
        <ReceivablesTable list={list} perspective="any" emptyHint={t('dashboard.notFound', { contractNo })} />
      )}
    </Space>
  );
}

import type { Enterprise, EnterpriseKind, Page } from '../api/schema';
import { useApi } from './useApi';

/** The directory of one kind of enterprise (GET /enterprises?kind=), e.g. the banks an SME can ask. */
export function useEnterprises(kind: EnterpriseKind) {
  const { data, loading, error } = useApi<Page<Enterprise>>('/enterprises', { kind, limit: 200 });
  const enterprises = data?.items ?? [];
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  return {
    enterprises,
    loading,
    error,
    nameOf: (id: string | null | undefined) => (id ? byId.get(id)?.name : undefined),
  };
}

import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list says what to do next, with the action itself where there is one. */
export function EmptyState({ hint, action }: { hint: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={hint}>
      {action}
    </Empty>
  );
}

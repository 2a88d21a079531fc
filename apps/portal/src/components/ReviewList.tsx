import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';

/** What an irreversible action will do: the values it sends, and in a sentence what follows. */
export function ReviewList({ items, consequence }: { items: [ReactNode, ReactNode][]; consequence: ReactNode }) {
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        className="review-values"
        items={items.map(([label, value], index) => ({ key: String(index), label, children: value }))}
      />
      <Typography.Paragraph className="review-consequence" strong>
        {consequence}
      </Typography.Paragraph>
    </>
  );
}

import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A secret the API shows only once (a client secret, a webhook signing secret): copy it now. */
export function SecretReveal({
  title,
  entries,
  onClose,
}: {
  title: string;
  entries: { label: string; value: string }[] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={entries !== null}
      title={title}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.done')}
    >
      <Alert type="warning" showIcon title={t('common.secretOnce')} style={{ marginBottom: 16 }} />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={(entries ?? []).map((entry) => ({
          key: entry.label,
          label: entry.label,
          children: (
            <Typography.Text code copyable={{ text: entry.value }} className="secret-value">
              {entry.value}
            </Typography.Text>
          ),
        }))}
      />
    </Modal>
  );
}

import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { IMPORT_COLUMN_SPECS, IMPORT_SAMPLE_ROW } from '@gqt/contracts';
import { Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CSV, XLSX, api } from '../../api/client';
import type { Job } from '../../api/schema';
import { JobProgress } from '../../components/JobProgress';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { currentLanguage } from '../../i18n';

/** The template's columns as the API's importer reads them: one list (@gqt/contracts), so the hint and the file agree. */
function TemplateColumns() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table
      size="small"
      className="template-columns"
      rowKey="key"
      pagination={false}
      scroll={{ x: true }}
      dataSource={IMPORT_COLUMN_SPECS.map((spec) => ({ ...spec, sample: IMPORT_SAMPLE_ROW[spec.key] }))}
      columns={[
        {
          title: t('sme.imports.column'),
          key: 'label',
          render: (_: unknown, c) => (
            <>
              {c.label[language]} <Typography.Text type="secondary">({c.key})</Typography.Text>
            </>
          ),
        },
        {
          title: t('sme.imports.required'),
          dataIndex: 'required',
          render: (required: boolean) => (required ? t('common.yes') : t('common.no')),
        },
        { title: t('sme.imports.hint'), key: 'hint', render: (_: unknown, c) => c.hint[language] },
        { title: t('sme.imports.sample'), dataIndex: 'sample' },
      ]}
    />
  );
}

/** Bulk registration from a CSV or XLSX file: the template, the upload, progress, the per-row error report. */
export default function Imports() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string>();
  const [finished, setFinished] = useState<Job>();
  const [error, setError] = useState<unknown>();
  const [uploading, setUploading] = useState(false);

  const template = (format: 'csv' | 'xlsx') =>
    api
      .download('/receivables/imports/template', format === 'csv' ? CSV : XLSX, `receivables-template.${format}`, {
        format,
      })
      .catch(setError);

  const upload = async (file: File) => {
    setUploading(true);
    setError(undefined);
    setJobId(undefined);
    setFinished(undefined);
    try {
      const { jobId: started } = await api.upload<{ jobId: string }>('/receivables/imports', file);
      setJobId(started);
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      <PageTitle title={t('menu.imports')} subtitle={t('sme.imports.subtitle')} />
      <Card className="section" title={t('sme.imports.template')}>
        <Typography.Paragraph>{t('sme.imports.templateHint')}</Typography.Paragraph>
        <TemplateColumns />
        <Typography.Paragraph type="secondary" className="section">
          {t('sme.imports.sampleHint', { contractNo: IMPORT_SAMPLE_ROW.contractNo })}
        </Typography.Paragraph>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
            {t('sme.imports.downloadXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void template('csv')}>
            {t('sme.imports.downloadCsv')}
          </Button>
        </Space>
      </Card>
      <Card className="section" title={t('sme.imports.upload')}>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('sme.imports.drop')}</p>
          <p className="ant-upload-hint">{t('sme.imports.dropHint')}</p>
        </Upload.Dragger>
        {error !== undefined && (
          <div style={{ marginTop: 16 }}>
            <ProblemAlert error={error} />
          </div>
        )}
        {jobId && (
          <div style={{ marginTop: 16 }}>
            <JobProgress key={jobId} jobId={jobId} onDone={setFinished} />
          </div>
        )}
        {finished && finished.succeeded > 0 && (
          <Typography.Paragraph style={{ marginTop: 16 }}>
            <Link to="/sme/receivables">{t('sme.imports.seeRegistered', { count: finished.succeeded })}</Link>
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}

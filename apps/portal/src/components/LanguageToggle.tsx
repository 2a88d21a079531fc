import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from '../i18n';

/** 中文 / English: switches every label, the UI kit's own texts and the date pickers. */
export function LanguageToggle() {
  const { i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label="Language / 语言"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(language) => void switchLanguage(language)}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

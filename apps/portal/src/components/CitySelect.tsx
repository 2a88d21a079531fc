import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReferenceData } from './ReferenceData';

/** One of Guangxi's 14 cities by its code. */
export function CitySelect(props: SelectProps<string>) {
  const { t } = useTranslation();
  const { cities, cityName } = useReferenceData();
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('common.city')}
      style={{ minWidth: 140 }}
      options={cities.map((city) => ({ value: city.code, label: cityName(city.code) }))}
      {...props}
    />
  );
}

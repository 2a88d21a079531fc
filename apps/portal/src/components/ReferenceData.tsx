import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_CODE, type City } from '../api/schema';
import { useApi } from '../hooks/useApi';

interface ReferenceData {
  cities: City[];
  cityName: (code: string | null | undefined) => string;
}

const ReferenceContext = createContext<ReferenceData>({ cities: [], cityName: (code) => code ?? '—' });

/** Guangxi's cities (GET /cities), loaded once, named in the reader's language. */
export function ReferenceDataProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { data } = useApi<City[]>('/cities');
  const value = useMemo<ReferenceData>(() => {
    const cities = data ?? [];
    const byCode = new Map(cities.map((city) => [city.code, city]));
    const english = i18n.language === 'en';
    return {
      cities,
      cityName: (code) => {
        if (!code) return '—';
        if (code === REGION_CODE) return t('common.region');
        const city = byCode.get(code);
        return city ? (english ? city.nameEn : city.name) : code;
      },
    };
  }, [data, i18n.language, t]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export function useReferenceData(): ReferenceData {
  return useContext(ReferenceContext);
}

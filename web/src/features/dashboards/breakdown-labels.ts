import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { placeKind } from '#contracts/codes/cases';
import type { CodeList } from '#contracts/codes/code-list';
import { breakdownCodeLists, delayBucket, type DashboardBreakdownKey } from '#contracts/dashboards';
import { asCode, useCodes } from '../cases/code-labels';
import { useCountryNames } from '../cases/countries';
import { usePorts, useRegionChildren } from '../cases/reference-api';

/**
 * Names, in the interface language, for the codes the dashboard counts by: code-list labels,
 * port and province names from the reference data, countries from the browser's own data, so no
 * raw code reaches the screen. A code nothing names reads "unknown".
 */
export function useBreakdownLabels() {
  const { t } = useTranslation();
  const { locale } = useCodes();
  const ports = usePorts();
  const provinces = useRegionChildren(null);
  const countries = useCountryNames();
  const unknown = t('dashboards.chart.unknown');

  const fromList = useCallback(
    (list: CodeList<string>, code: string) => {
      const known = asCode(list, code);
      return known ? list.label(known, locale) : unknown;
    },
    [locale, unknown],
  );
  const portName = useCallback(
    (code: string) => ports.data?.items.find((port) => port.id === code)?.name ?? unknown,
    [ports.data, unknown],
  );
  /** A route's departure point: a port, an unofficial landing, or an official port not named. */
  const departure = useCallback(
    (code: string) => {
      if (code === 'unofficial_landing') return fromList(placeKind, code);
      if (code === 'port') return t('dashboards.chart.unnamedPort');
      return code === '?' || code === '' ? unknown : portName(code);
    },
    [fromList, portName, t, unknown],
  );

  const label = useCallback(
    (key: DashboardBreakdownKey, code: string): string => {
      const list = breakdownCodeLists[key];
      if (list) return fromList(list, code);
      if (key === 'port') return portName(code);
      if (key === 'originProvince') return provinces.data?.items.find((region) => region.code === code)?.name ?? unknown;
      if (key === 'route') {
        const [from = '?', to = '?'] = code.split(' → ');
        return `${departure(from)} → ${to === '?' ? unknown : countries.name(to)}`;
      }
      return unknown;
    },
    [countries, departure, fromList, portName, provinces.data, unknown],
  );
  const delayLabel = useCallback((code: string) => fromList(delayBucket, code), [fromList]);
  return { label, delayLabel, locale };
}

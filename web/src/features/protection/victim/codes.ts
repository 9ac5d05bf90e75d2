import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../agencies';
import { useCodes } from '../../cases/code-labels';
import { useProviders } from '../protection-api';

/** Code list labels in the interface language, and agency names by id. */
export function useProtectionCodes() {
  const codes = useCodes();
  const agencies = useAgencies();
  const items = agencies.data?.items;
  const agencyName = useCallback((id: string) => items?.find((a) => a.id === id)?.shortName ?? '—', [items]);
  return { ...codes, agencyName, agencies: items ?? [] };
}

/**
 * The server's pseudonym `victim-2-7F3A` in the user's language ("Korban 2 · K-7F3A"): what a
 * worker recognises a victim by without seeing identity. An unexpected form is shown as it came.
 */
export function useVictimLabel() {
  const { t } = useTranslation();
  return useCallback(
    (pseudonym: string) => {
      const match = /^victim-(\d+)-([0-9A-F]+)$/.exec(pseudonym);
      return match ? t('protection.pseudonym', { n: match[1], code: match[2] }) : pseudonym;
    },
    [t],
  );
}

/**
 * A service provider's name by id, "(nonaktif)" once it is deactivated (plan items and referrals
 * made before keep naming it); '—' for none. Reads the whole directory, deactivated ones included.
 */
export function useProviderName() {
  const { t } = useTranslation();
  const items = useProviders(true).data?.items;
  return useCallback(
    (id: string | null) => {
      const provider = id ? items?.find((p) => p.id === id) : undefined;
      if (!provider) return '—';
      return provider.isActive ? provider.name : t('protection.plan.inactiveProvider', { name: provider.name });
    },
    [items, t],
  );
}

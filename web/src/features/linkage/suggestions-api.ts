import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { personSuggestionsSchema, type PersonDraft } from '#contracts/person-links';
import { apiRequest } from '../../lib/api';

/** Worth asking about: a name of three letters or more, a full NIK or a passport number. */
export function isSearchable(draft: PersonDraft): boolean {
  const name = (draft.fullName ?? draft.aliases[0] ?? '').replace(/[^\p{L}]/gu, '');
  return name.length >= 3 || draft.nik !== null || draft.passportNumber !== null;
}

/** "Possible existing people" for the person being entered on a case. */
export function usePersonSuggestions(caseId: string, draft: PersonDraft | null) {
  return useQuery({
    queryKey: ['person-suggestions', caseId, draft],
    queryFn: () =>
      apiRequest(`/api/cases/${caseId}/people/suggestions`, {
        method: 'POST',
        body: draft!,
        schema: personSuggestionsSchema,
      }),
    enabled: draft !== null && isSearchable(draft),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

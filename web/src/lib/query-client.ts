import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isSessionLost } from './api';

export const sessionKey = ['session'] as const;

export type SessionStage = 'none' | 'mfa' | 'mfa-enrol' | 'active' | 'expired';

/**
 * When any call says the session is gone, the whole client goes back to the sign-in page with a
 * message, instead of each page showing its own "not signed in" error.
 */
function onSessionLost(error: unknown): void {
  if (!isSessionLost(error)) return;
  const stage = queryClient.getQueryData<{ stage: SessionStage }>(sessionKey)?.stage;
  if (stage === 'none' || stage === 'expired') return;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, { stage: 'expired' satisfies SessionStage });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({ onError: onSessionLost }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again; only network trouble and 5xx are retried.
      retry: (failureCount, error) =>
        failureCount < 2 && (!isApiError(error) || error.status >= 500 || error.status === 0),
    },
  },
});

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  importBatchSchema,
  importCaseListSchema,
  importListSchema,
  importPreviewSchema,
  importTemplateListSchema,
  type ImportBatch,
  type ImportMapping,
  type ImportPreview,
} from '#contracts/imports';
import { apiDownload, apiRequest } from '../../lib/api';
import { saveFile } from '../../lib/download';

const importsKey = ['imports'] as const;
const importKey = (id: string) => [...importsKey, 'detail', id] as const;

/** How often a running commit is asked for its progress. */
const progressPollMs = 1000;

/** The agency's imports, newest first. */
export function useImports() {
  return useQuery({ queryKey: [...importsKey, 'list'], queryFn: () => apiRequest('/api/imports', { schema: importListSchema }) });
}

/** One import; while its commit runs it is fetched again every second (its progress). */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: () => apiRequest(`/api/imports/${id}`, { schema: importBatchSchema }),
    refetchInterval: (query) => (query.state.data?.status === 'committing' ? progressPollMs : false),
  });
}

export function useTemplates() {
  return useQuery({ queryKey: [...importsKey, 'templates'], queryFn: () => apiRequest('/api/imports/templates', { schema: importTemplateListSchema }) });
}

/** The cases a committed import created. */
export function useImportCases(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...importKey(id), 'cases'],
    queryFn: () => apiRequest(`/api/imports/${id}/cases`, { schema: importCaseListSchema }),
    enabled,
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiRequest('/api/imports', { method: 'POST', body: form, schema: importBatchSchema });
    },
    onSuccess: async (batch) => {
      queryClient.setQueryData(importKey(batch.id), batch);
      await queryClient.invalidateQueries({ queryKey: [...importsKey, 'list'] });
    },
  });
}

/** Validates every row with the mapping; the answer holds the counts and the first rows. */
export function usePreviewImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mapping: ImportMapping; saveTemplateAs?: string }) =>
      apiRequest(`/api/imports/${id}/preview`, { method: 'POST', body: input, schema: importPreviewSchema }),
    onSuccess: async (preview: ImportPreview, input) => {
      queryClient.setQueryData(importKey(id), preview.batch);
      if (input.saveTemplateAs) await queryClient.invalidateQueries({ queryKey: [...importsKey, 'templates'] });
    },
  });
}

/** Commit (202, then followed by polling) or cancel: the answer is the import as it now is. */
function useImportAction(id: string, action: 'commit' | 'cancel') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(`/api/imports/${id}/${action}`, { method: 'POST', schema: importBatchSchema }),
    onSuccess: async (batch: ImportBatch) => {
      queryClient.setQueryData(importKey(id), batch);
      await queryClient.invalidateQueries({ queryKey: [...importsKey, 'list'] });
    },
  });
}

export const useCommitImport = (id: string) => useImportAction(id, 'commit');
export const useCancelImport = (id: string) => useImportAction(id, 'cancel');

/** The rejected rows as CSV (original columns, then row and problems), saved by the browser. */
export async function downloadRejected(id: string): Promise<void> {
  saveFile(await apiDownload(`/api/imports/${id}/rejected.csv`));
}

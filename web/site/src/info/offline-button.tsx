import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../shell/i18n';
import { shellMessages } from '../shell/messages';
import { canSaveOffline, hasOfflineCopy, saveOffline } from '../shell/offline';
import { Button } from '../shell/ui';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Footer of /info: keeps the procedure and the job-offer check on this phone, on request only. */
export function OfflineButton({ language }: { language: Language }) {
  const t = shellMessages[language];
  const [state, setState] = useState<SaveState>('idle');
  useEffect(() => {
    if (canSaveOffline()) void hasOfflineCopy('/info').then((saved) => saved && setState('saved'));
  }, []);
  if (!canSaveOffline()) return null;
  const save = async () => {
    setState('saving');
    try {
      await saveOffline('/info', [
        `/api/public/info/content/procedure?lang=${language}`,
        `/api/public/info/content/help?lang=${language}`,
        '/api/public/info/job-check',
      ]);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="stack offline">
      {state === 'saved' ? (
        <p role="status">{t.offlineSaved}</p>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => void save()} disabled={state === 'saving'}>
            {state === 'saving' ? t.offlineSaving : t.offlineSave}
          </Button>
        </div>
      )}
      {state === 'failed' && <p role="alert">{t.offlineFailed}</p>}
      <p class="muted">{t.offlineNote}</p>
    </div>
  );
}

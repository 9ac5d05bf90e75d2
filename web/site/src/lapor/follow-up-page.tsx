import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ReporterView } from '#contracts/tips';
import { ApiFailure } from '../shell/api';
import { format, type Language } from '../shell/i18n';
import { Button, Notice } from '../shell/ui';
import { laporMessages } from './messages';
import { Field } from './report-page';
import { readReplies, sendAnswer } from './tips-api';

const dayOf = (iso: string, language: Language) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : language === 'ms' ? 'ms-MY' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' });

/** /lapor/cek: read replies and answer with the receipt code (kept in memory only). */
export function FollowUpPage({ language }: { language: Language }) {
  const t = laporMessages[language];
  const [receipt, setReceipt] = useState('');
  const [view, setView] = useState<ReporterView | null>(null);
  const [problem, setProblem] = useState<'wrong' | 'limited' | 'failed' | null>(null);
  const [answer, setAnswer] = useState('');
  const [sent, setSent] = useState(false);

  const load = async () => {
    try {
      setView(await readReplies(receipt));
      setProblem(null);
    } catch (error) {
      const status = error instanceof ApiFailure ? error.status : 0;
      setProblem(status === 401 ? 'wrong' : status === 429 ? 'limited' : 'failed');
    }
  };
  const onOpen = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void load();
  };
  const onAnswer = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!answer.trim()) return;
    try {
      await sendAnswer(receipt, answer.trim());
      setAnswer('');
      setSent(true);
      await load();
    } catch {
      setProblem('failed');
    }
  };

  return (
    <div class="stack">
      <form class="stack" onSubmit={onOpen} noValidate>
        <Field id="receipt" label={t.receiptLabel} error={problem === 'wrong' ? t.wrongReceipt : null}>
          {(describedBy) => (
            <input id="receipt" type="text" value={receipt} onInput={(e) => setReceipt(e.currentTarget.value)} autocomplete="off" autocapitalize="characters" spellcheck={false} aria-describedby={describedBy} />
          )}
        </Field>
        <div>
          <Button type="submit">{t.open}</Button>
        </div>
      </form>
      {(problem === 'limited' || problem === 'failed') && (
        <Notice tone="warning" role="alert">
          <p>{problem === 'limited' ? t.limited : t.failed}</p>
        </Notice>
      )}
      {view && (
        <section class="stack" aria-labelledby="replies-title" aria-live="polite">
          <h2 id="replies-title">{format(t.statusLabel, { status: t[`status${view.status}`] })}</h2>
          <p class="muted">{format(t.receivedOn, { date: dayOf(view.receivedOn, language) })}</p>
          {view.messages.length === 0 ? (
            <p>{t.noMessages}</p>
          ) : (
            <ul class="stack" data-testid="messages">
              {view.messages.map((m, i) => (
                <li key={i}>
                  <strong>{m.from === 'staff' ? t.fromStaff : t.fromMe}</strong> <span class="muted">{dayOf(m.on, language)}</span>
                  <p>{m.body}</p>
                </li>
              ))}
            </ul>
          )}
          <form class="stack" onSubmit={(e) => void onAnswer(e)} noValidate>
            <Field id="answer" label={t.answerLabel}>
              {() => <textarea id="answer" rows={4} value={answer} onInput={(e) => setAnswer(e.currentTarget.value)} />}
            </Field>
            <div>
              <Button type="submit">{t.answerSend}</Button>
            </div>
            {sent && <p role="status">{t.answerSent}</p>}
          </form>
        </section>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { PublicRecruiter, RecruiterSearchResult } from '#contracts/public-info';
import { format, hrefIn, type Language } from '../shell/i18n';
import { navigate } from '../shell/router';
import { Button, LoadedView, Notice } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { infoMessages } from './messages';

const dateOf = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(language === 'en' ? 'en-GB' : language === 'ms' ? 'ms-MY' : 'id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

/** /info/cek-p3mi?q=…: search the licensed recruiters; the query is in the address so it can be shared. */
export function RecruiterPage({ language, params }: { language: Language; params: URLSearchParams }) {
  const t = infoMessages[language];
  const query = params.get('q')?.trim() ?? '';
  const [draft, setDraft] = useState(query);
  const [tooShort, setTooShort] = useState(false);
  const loaded = useJson<RecruiterSearchResult>(query.length >= 2 ? `/api/public/info/recruiters?q=${encodeURIComponent(query)}` : null);
  const onSubmit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = draft.trim();
    setTooShort(q.length < 2);
    if (q.length >= 2) navigate(hrefIn('/info/cek-p3mi', language, { q }), { replace: true });
  };
  return (
    <>
      <p>{t.recruiterIntro}</p>
      <form role="search" onSubmit={onSubmit} class="stack" noValidate>
        <label for="recruiter-q">{t.recruiterLabel}</label>
        <input
          id="recruiter-q"
          type="search"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          autocomplete="off"
          aria-describedby={tooShort ? 'recruiter-q-error' : undefined}
          aria-invalid={tooShort || undefined}
        />
        {tooShort && (
          <p id="recruiter-q-error" class="field-error">
            {t.recruiterTooShort}
          </p>
        )}
        <div>
          <Button type="submit">{t.recruiterSearch}</Button>
        </div>
      </form>
      {query.length >= 2 && (
        <section aria-labelledby="results-title" aria-live="polite" class="stack">
          <h2 id="results-title">{t.recruiterResults}</h2>
          <LoadedView loaded={loaded} language={language}>
            {(result) => <Results result={result} language={language} />}
          </LoadedView>
        </section>
      )}
    </>
  );
}

function Results({ result, language }: { result: RecruiterSearchResult; language: Language }) {
  const t = infoMessages[language];
  return (
    <>
      {result.flagged.map((flag) => (
        <Notice key={flag.name} tone="danger">
          <h3>{t.flaggedTitle}</h3>
          <p>
            <strong>{flag.name}</strong>
            {flag.licenceNumber ? ` (${flag.licenceNumber})` : ''}
          </p>
          <p>{flag.publicNote}</p>
          <p class="muted">{format(t.flaggedOn, { date: dateOf(flag.flaggedAt, language) })}</p>
        </Notice>
      ))}
      {result.list?.isSample && <Notice tone="warning">{t.recruiterSample}</Notice>}
      {result.list === null ? (
        <p>{t.recruiterNoList}</p>
      ) : result.items.length === 0 ? (
        <p>{t.recruiterNone}</p>
      ) : (
        <ul class="result-list">
          {result.items.map((recruiter) => (
            <RecruiterCard key={recruiter.licenceNumber} recruiter={recruiter} language={language} />
          ))}
        </ul>
      )}
      {result.list && <p class="muted">{format(t.recruiterListDate, { version: result.list.version, date: dateOf(result.list.loadedAt, language) })}</p>}
    </>
  );
}

function RecruiterCard({ recruiter, language }: { recruiter: PublicRecruiter; language: Language }) {
  const t = infoMessages[language];
  return (
    <li class="card stack">
      <h3>{recruiter.name}</h3>
      <p>
        {t.licenceNumber}: {recruiter.licenceNumber}
      </p>
      <p class={`status status-${recruiter.status}`}>{t[`status${recruiter.status}`]}</p>
      {recruiter.offices.length > 0 && (
        <ul>
          {recruiter.offices.map((office) => (
            <li key={office.kind + office.address}>
              {t[`office${office.kind}`]}: {office.address}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

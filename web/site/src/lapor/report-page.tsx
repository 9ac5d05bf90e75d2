import { useState } from 'preact/hooks';
import type { FunctionComponent, JSX } from 'preact';
import { ApiFailure } from '../shell/api';
import { hrefIn, type Language } from '../shell/i18n';
import { Link } from '../shell/router';
import { Button, Notice } from '../shell/ui';
import { laporMessages } from './messages';
import { sendReport } from './tips-api';
import type { MapPoint, PointMap as PointMapComponent } from './point-map';
import { WherePicker, type WhereChoice } from './where-picker';

type PointMapProps = Parameters<typeof PointMapComponent>[0];

/** The point map, loaded (code and coastline) only when the reporter asks for it. */
function PointMapOnRequest({ language, value, onChange }: PointMapProps) {
  const t = laporMessages[language];
  const [map, setMap] = useState<{ Component: FunctionComponent<PointMapProps> } | 'loading' | 'failed' | null>(null);
  if (map === null || map === 'loading' || map === 'failed') {
    const open = () => {
      setMap('loading');
      import('./point-map').then(
        (m) => setMap({ Component: m.PointMap }),
        () => setMap('failed'),
      );
    };
    return (
      <div>
        {map === 'failed' && <p class="muted">{t.mapUnavailable}</p>}
        <button type="button" class="button button-secondary" disabled={map === 'loading'} onClick={open}>
          {t.mapOpen}
        </button>
      </div>
    );
  }
  return (
    <fieldset class="stack">
      <legend>{t.mapTitle}</legend>
      <map.Component language={language} value={value} onChange={onChange} />
    </fieldset>
  );
}

type Sending = { state: 'editing' } | { state: 'sending' } | { state: 'failed'; limited: boolean } | { state: 'sent'; receipt: string };

/** /lapor: the guided report. Nothing is stored in the browser; the receipt is shown once. */
export function ReportPage({ language }: { language: Language }) {
  const t = laporMessages[language];
  const [what, setWhat] = useState('');
  const [where, setWhere] = useState('');
  const [place, setPlace] = useState<WhereChoice>({ regionCode: null, portId: null });
  const [point, setPoint] = useState<MapPoint | null>(null);
  const [whenDate, setWhenDate] = useState('');
  const [when, setWhen] = useState('');
  const [who, setWho] = useState('');
  const [imminent, setImminent] = useState(false);
  const [children, setChildren] = useState(false);
  const [contact, setContact] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [sending, setSending] = useState<Sending>({ state: 'editing' });

  if (sending.state === 'sent') {
    return (
      <Notice tone="success" role="status">
        <h2>{t.receiptTitle}</h2>
        <p class="receipt" data-testid="receipt">
          <strong>{sending.receipt}</strong>
        </p>
        <p>{t.receiptOnce}</p>
        <Link href={hrefIn('/lapor/cek', language)}>{t.followLink}</Link>
      </Notice>
    );
  }

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const short = what.trim().length < 10;
    setTooShort(short);
    if (short || sending.state === 'sending') return;
    setSending({ state: 'sending' });
    try {
      const receipt = await sendReport({
        what: what.trim(),
        where: { ...place, point, description: where.trim() },
        when: { date: whenDate || null, description: when.trim() },
        who: who.trim(),
        imminentDeparture: imminent,
        childrenInvolved: children,
        contact: contact.trim(),
        locale: language,
      });
      setSending({ state: 'sent', receipt });
    } catch (error) {
      setSending({ state: 'failed', limited: error instanceof ApiFailure && error.status === 429 });
    }
  };

  return (
    <form class="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p>{t.reportIntro}</p>
      <Field id="what" label={t.whatLabel} hint={t.whatHint} error={tooShort ? t.whatTooShort : null}>
        {(describedBy) => <textarea id="what" rows={5} value={what} onInput={(e) => setWhat(e.currentTarget.value)} aria-describedby={describedBy} aria-invalid={tooShort || undefined} />}
      </Field>
      <Field id="where" label={t.whereLabel} hint={t.whereHint}>
        {(describedBy) => <input id="where" type="text" value={where} onInput={(e) => setWhere(e.currentTarget.value)} aria-describedby={describedBy} autocomplete="off" />}
      </Field>
      <WherePicker language={language} onChange={setPlace} />
      <PointMapOnRequest language={language} value={point} onChange={setPoint} />
      <Field id="when-date" label={t.whenDateLabel}>
        {() => <input id="when-date" type="date" value={whenDate} onInput={(e) => setWhenDate(e.currentTarget.value)} />}
      </Field>
      <Field id="when" label={t.whenLabel} hint={t.whenHint}>
        {(describedBy) => <input id="when" type="text" value={when} onInput={(e) => setWhen(e.currentTarget.value)} aria-describedby={describedBy} autocomplete="off" />}
      </Field>
      <Field id="who" label={t.whoLabel} hint={t.whoHint}>
        {(describedBy) => <textarea id="who" rows={3} value={who} onInput={(e) => setWho(e.currentTarget.value)} aria-describedby={describedBy} />}
      </Field>
      <fieldset class="stack">
        <legend>{t.urgencyTitle}</legend>
        <label>
          <input type="checkbox" checked={imminent} onChange={(e) => setImminent(e.currentTarget.checked)} /> {t.imminentLabel}
        </label>
        <label>
          <input type="checkbox" checked={children} onChange={(e) => setChildren(e.currentTarget.checked)} /> {t.childrenLabel}
        </label>
      </fieldset>
      <Field id="contact" label={t.contactLabel} hint={t.contactHint}>
        {(describedBy) => <input id="contact" type="text" value={contact} onInput={(e) => setContact(e.currentTarget.value)} aria-describedby={describedBy} autocomplete="off" />}
      </Field>
      {sending.state === 'failed' && (
        <Notice tone="warning" role="alert">
          <p>{sending.limited ? t.limited : t.failed}</p>
        </Notice>
      )}
      {sending.state === 'sending' && (
        <p role="status" class="muted">
          {t.sending}
        </p>
      )}
      <div>
        <Button type="submit" disabled={sending.state === 'sending'}>
          {t.send}
        </Button>
      </div>
      <Link href={hrefIn('/lapor/cek', language)}>{t.followLink}</Link>
    </form>
  );
}

/** A labelled field with its hint and error tied to it for screen readers. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: (describedBy: string | undefined) => JSX.Element }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="stack">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="muted">
          {hint}
        </p>
      )}
      {children(ids)}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

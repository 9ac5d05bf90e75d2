import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Checkbox, ErrorAlert, TextArea } from '../../ui';
import { useFormat } from '../../lib/format-context';

export interface VersionInfo {
  version: number;
  published: boolean;
  createdAt: string | null;
  createdByName: string | null;
}

interface Props {
  /** Changes when another document is chosen, so the text is reset. */
  documentKey: string;
  label: string;
  latest: VersionInfo & { value: unknown };
  versions: readonly VersionInfo[];
  isSaving: boolean;
  error: unknown;
  savedVersion: number | null;
  onSave: (value: unknown, publish: boolean, baseVersion: number) => void;
}

/**
 * A JSON document saved as versions: edit the newest, save as a draft or publish. The server
 * validates the document against its contract and answers per field; the version list says who
 * saved what, and when.
 */
export function VersionedJsonEditor(props: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const initial = JSON.stringify(props.latest.value, null, 2);
  const [text, setText] = useState({ key: props.documentKey, value: initial });
  const [publish, setPublish] = useState(true);
  const [invalid, setInvalid] = useState(false);
  const current = text.key === props.documentKey ? text.value : initial;
  const save = () => {
    try {
      const value: unknown = JSON.parse(current);
      setInvalid(false);
      props.onSave(value, publish, props.latest.version);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <div className="stack">
      <TextArea
        label={props.label}
        value={current}
        rows={16}
        spellCheck={false}
        className="json-editor"
        error={invalid ? t('publicInfo.content.invalidJson') : undefined}
        onChange={(e) => setText({ key: props.documentKey, value: e.target.value })}
      />
      <Checkbox label={t('publicInfo.content.publish')} checked={publish} onChange={(e) => setPublish(e.target.checked)} />
      <div className="cluster">
        <Button variant="primary" onClick={save} disabled={props.isSaving}>
          {t('publicInfo.content.save')}
        </Button>
      </div>
      <ErrorAlert error={props.error} />
      {props.savedVersion !== null && <Alert tone="success">{t('publicInfo.content.saved', { version: props.savedVersion })}</Alert>}
      <h3>{t('publicInfo.content.versions')}</h3>
      <ul className="stack">
        {props.versions.map((v) => (
          <li key={v.version}>
            <strong>{t('publicInfo.content.versionLabel', { version: v.version })}</strong>{' '}
            <Badge tone={v.published ? 'success' : 'neutral'}>
              {v.version === 0 ? t('publicInfo.content.builtIn') : v.published ? t('publicInfo.content.published') : t('publicInfo.content.draft')}
            </Badge>{' '}
            {v.createdAt ? format.dateTime(v.createdAt) : ''} {v.createdByName ?? ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { PublicPort, PublicRegion } from '#contracts/reference';
import type { Language } from '../shell/i18n';
import { useJson } from '../shell/use-json';
import { laporMessages } from './messages';

export interface WhereChoice {
  regionCode: string | null;
  portId: string | null;
}

type RegionList = { items: PublicRegion[] };
const levelsShown = 4; // provinsi → kabupaten/kota → kecamatan → desa/kelurahan

/** One level of the region picker; the list loads (from the browser's cache after the first time) when its parent is chosen. */
function RegionSelect({ depth, parent, value, language, onChange }: { depth: number; parent: string | null; value: string; language: Language; onChange: (code: string) => void }) {
  const t = laporMessages[language];
  const loaded = useJson<RegionList>(parent === null ? '/api/public/regions' : `/api/public/regions?parent=${encodeURIComponent(parent)}`);
  const labels = [t.regionProvince, t.regionRegency, t.regionDistrict, t.regionVillage];
  const id = `region-${depth}`;
  const items = loaded.state === 'ready' ? loaded.data.items : [];
  if (loaded.state === 'ready' && items.length === 0) return null;
  return (
    <div class="stack">
      <label for={id}>{labels[depth]}</label>
      <select id={id} value={value} disabled={loaded.state !== 'ready'} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{loaded.state === 'failed' ? t.regionUnavailable : t.regionChoose}</option>
        {items.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * "Where", beyond the free text: a region down to desa/kelurahan (Kemendagri codes) and a port,
 * both optional. The lists come from our own server only, as the reporter opens them.
 */
export function WherePicker({ language, onChange }: { language: Language; onChange: (choice: WhereChoice) => void }) {
  const t = laporMessages[language];
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<string[]>([]);
  const [portId, setPortId] = useState('');
  const ports = useJson<{ items: PublicPort[] }>(open ? '/api/public/ports' : null);
  const choose = (depth: number, code: string) => {
    const next = code ? [...path.slice(0, depth), code] : path.slice(0, depth);
    setPath(next);
    onChange({ regionCode: next.at(-1) ?? null, portId: portId || null });
  };
  const choosePort = (id: string) => {
    setPortId(id);
    onChange({ regionCode: path.at(-1) ?? null, portId: id || null });
  };
  if (!open) {
    return (
      <div>
        <button type="button" class="button button-secondary" onClick={() => setOpen(true)}>
          {t.wherePick}
        </button>
      </div>
    );
  }
  const depths = Array.from({ length: Math.min(path.length + 1, levelsShown) }, (_, i) => i);
  return (
    <fieldset class="stack">
      <legend>{t.wherePickTitle}</legend>
      {depths.map((depth) => (
        <RegionSelect key={depth === 0 ? 'top' : path[depth - 1]} depth={depth} parent={depth === 0 ? null : path[depth - 1]!} value={path[depth] ?? ''} language={language} onChange={(code) => choose(depth, code)} />
      ))}
      <div class="stack">
        <label for="port">{t.portLabel}</label>
        <select id="port" value={portId} disabled={ports.state !== 'ready'} onChange={(e) => choosePort(e.currentTarget.value)}>
          <option value="">{ports.state === 'failed' ? t.regionUnavailable : t.portNone}</option>
          {ports.state === 'ready' &&
            ports.data.items.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.name} (${p.country})`}
              </option>
            ))}
        </select>
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import type { OutletCount } from '../../../shared/api/contract-types';
import { useApi } from '../app/api-context';
import { useNotices } from '../app/notices';

/** Outlet names with counts; select two or more that are the same outlet and merge them under one name. */
export function OutletsPanel({ outlets }: { outlets: OutletCount[] }) {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [picked, setPicked] = useState<string[]>([]);
  const [into, setInto] = useState('');
  const toggle = (name: string) => setPicked((p) => (p.includes(name) ? p.filter((n) => n !== name) : [...p, name]));
  const merge = async () => {
    const target = into.trim() || picked[0]!;
    try {
      const { articles } = await api.mergeOutlets({ from: picked, into: target });
      notify('info', `Merged ${picked.length} outlet names into “${target}” (${articles} articles renamed). New imports will use it too.`);
      setPicked([]);
      setInto('');
    } catch (e) {
      showError(e, 'Could not merge the outlets');
    }
  };
  return (
    <details className="outlets-panel">
      <summary>Outlets ({outlets.length})</summary>
      <p className="muted">Tick names that are the same outlet (e.g. “Reuters” and “reuters.com”), then merge them.</p>
      <ul className="outlet-list">
        {outlets.map((o) => (
          <li key={o.name}>
            <label>
              <input type="checkbox" checked={picked.includes(o.name)} onChange={() => toggle(o.name)} /> {o.name} <span className="muted">({o.count})</span>
            </label>
          </li>
        ))}
      </ul>
      {picked.length >= 2 && (
        <div className="button-row">
          <input aria-label="Merged outlet name" placeholder={picked[0]} value={into} onChange={(e) => setInto(e.target.value)} list="outlet-names" />
          <datalist id="outlet-names">{picked.map((p) => <option key={p} value={p} />)}</datalist>
          <button className="primary" onClick={() => void merge()}>Merge {picked.length} names</button>
        </div>
      )}
    </details>
  );
}

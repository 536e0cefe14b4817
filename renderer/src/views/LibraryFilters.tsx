import type { StorySummary } from '../../../shared/model/story';
import type { OutletCount } from '../../../shared/api/contract-types';

export interface LibraryFilterState {
  text: string;
  outlets: string[];
  from: string;
  to: string;
  /** A story id, "none" for articles in no story, or "" for all. */
  story: string;
  trashed: boolean;
}

export const EMPTY_FILTERS: LibraryFilterState = { text: '', outlets: [], from: '', to: '', story: '', trashed: false };

/** The library's filter bar: text, outlet, date range, story / "not in a story", and the trash. */
export function LibraryFilters({
  value,
  onChange,
  outlets,
  stories,
}: {
  value: LibraryFilterState;
  onChange: (v: LibraryFilterState) => void;
  outlets: OutletCount[];
  stories: StorySummary[];
}) {
  const set = <K extends keyof LibraryFilterState>(k: K, v: LibraryFilterState[K]) => onChange({ ...value, [k]: v });
  const active = value.text || value.outlets.length || value.from || value.to || value.story;
  return (
    <div className="filters" role="search" aria-label="Filter the library">
      <input type="search" placeholder="Title or outlet" aria-label="Filter by title or outlet" value={value.text} onChange={(e) => set('text', e.target.value)} />
      <select aria-label="Outlet" value={value.outlets[0] ?? ''} onChange={(e) => set('outlets', e.target.value ? [e.target.value] : [])}>
        <option value="">All outlets</option>
        {outlets.map((o) => (
          <option key={o.name} value={o.name}>
            {o.name} ({o.count})
          </option>
        ))}
      </select>
      <label className="inline-label">
        From <input type="date" aria-label="Published from" value={value.from} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="inline-label">
        to <input type="date" aria-label="Published to" value={value.to} onChange={(e) => set('to', e.target.value)} />
      </label>
      <select aria-label="Story" value={value.story} onChange={(e) => set('story', e.target.value)}>
        <option value="">In any story or none</option>
        <option value="none">Not in a story</option>
        {stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <label className="toggle">
        <input type="checkbox" checked={value.trashed} onChange={(e) => set('trashed', e.target.checked)} /> Trash
      </label>
      {active ? (
        <button className="link-button" onClick={() => onChange({ ...EMPTY_FILTERS, trashed: value.trashed })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

import { Fragment, memo, type ReactNode } from 'react';
import type { DiffSegment } from '../../../../shared/export/index';

/**
 * One outlet's wording with word-level marks: added words underlined with a "+", changed words
 * outlined (the others' words in the tooltip and for screen readers), missing words struck
 * through with a "−". Marks never rely on colour alone.
 */
export const WordDiff = memo(function WordDiff({ segments, find }: { segments: DiffSegment[]; find: string }) {
  return (
    <>
      {segments.map((s, i) => {
        switch (s.kind) {
          case 'same':
            return <Fragment key={i}>{highlight(s.text, find)}</Fragment>;
          case 'added':
            return (
              <ins key={i} className="wd-added" title="Only in this outlet’s wording">
                <span className="sr-only">added: </span>
                {highlight(s.text, find)}
              </ins>
            );
          case 'changed':
            return (
              <mark key={i} className="wd-changed" title={`Others write: ${s.base}`}>
                <span className="sr-only">changed from “{s.base}” to: </span>
                {highlight(s.text, find)}
              </mark>
            );
          case 'missing':
            return (
              <del key={i} className="wd-missing" title={`Others write “${s.base}” here`}>
                <span className="sr-only">missing: </span>
                {s.base}
              </del>
            );
          default: {
            const never: never = s;
            return never;
          }
        }
      })}
    </>
  );
});

/** Marks every case-insensitive occurrence of `find` in `text` (the find-in-comparison hits). */
export function highlight(text: string, find: string): ReactNode {
  if (!find) return text;
  const lower = text.toLowerCase();
  const needle = find.toLowerCase();
  const out: ReactNode[] = [];
  let at = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (i > at) out.push(text.slice(at, i));
    out.push(
      <mark key={i} className="find-hit">
        {text.slice(i, i + needle.length)}
      </mark>,
    );
    at = i + needle.length;
  }
  if (at === 0) return text;
  out.push(text.slice(at));
  return out;
}

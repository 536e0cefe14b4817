/**
 * Step 6 (diff): word-level differences between one outlet's wording and the claim's base
 * wording, with jsdiff's array diff over word tokens (punctuation is carried along but never
 * compared on its own). Words are compared by their canonical form, so "Five" and "5" or
 * "U.S." and "US" align; where the characters still differ the op is marked trivial.
 */
import { diffArrays } from 'diff';
import type { Token } from '../text/normalize';
import type { WordOp } from './types';

export interface Wording {
  /** The string the tokens' offsets index (the article text). */
  source: string;
  tokens: readonly Token[];
}

const wordsOf = (w: Wording) => w.tokens.filter((t) => t.kind !== 'punct');

/** Ops turning `base` into `other`; offsets in `other.source`. */
export function diffWording(base: Wording, other: Wording): WordOp[] {
  const a = wordsOf(base);
  const b = wordsOf(other);
  const changes = diffArrays(a, b, { comparator: (x: Token, y: Token) => x.canon === y.canon });
  const ops: WordOp[] = [];
  let ia = 0;
  let ib = 0;
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]!;
    const n = ch.count ?? ch.value.length;
    if (!ch.added && !ch.removed) {
      // Equal by canonical form; split into runs that are also equal as written, and trivial changes.
      let k = 0;
      while (k < n) {
        const same = a[ia + k]!.text === b[ib + k]!.text;
        let e = k;
        while (e < n && (a[ia + e]!.text === b[ib + e]!.text) === same) e++;
        ops.push(op(same ? 'equal' : 'replace', base, other, a.slice(ia + k, ia + e), b.slice(ib + k, ib + e), !same));
        k = e;
      }
      ia += n;
      ib += n;
    } else if (ch.removed) {
      const next = changes[c + 1];
      if (next?.added) {
        const m = next.count ?? next.value.length;
        const da = a.slice(ia, ia + n);
        const db = b.slice(ib, ib + m);
        ops.push(op('replace', base, other, da, db, trivialChange(da, db)));
        ia += n;
        ib += m;
        c++;
      } else {
        const da = a.slice(ia, ia + n);
        ops.push(op('delete', base, other, da, [], false, b[ib - 1]?.end ?? b[0]?.start ?? 0));
        ia += n;
      }
    } else {
      const db = b.slice(ib, ib + n);
      ops.push(op('insert', base, other, [], db, false));
      ib += n;
    }
  }
  return ops;
}

/** Whether the words differ only by spacing, hyphenation or punctuation inside them ("e-mail" / "email"). */
function trivialChange(a: readonly Token[], b: readonly Token[]): boolean {
  const flat = (ts: readonly Token[]) => ts.map((t) => t.canon).join('');
  return flat(a) === flat(b);
}

function op(kind: WordOp['op'], base: Wording, other: Wording, a: readonly Token[], b: readonly Token[], trivial: boolean, at = 0): WordOp {
  const start = b.length ? b[0]!.start : at;
  const end = b.length ? b[b.length - 1]!.end : at;
  return {
    op: kind,
    text: other.source.slice(start, end),
    baseText: a.length ? base.source.slice(a[0]!.start, a[a.length - 1]!.end) : '',
    start,
    end,
    trivial,
  };
}

/** Whether ops show a difference worth marking. */
export function wordingDiffers(ops: readonly WordOp[], includeTrivial: boolean): boolean {
  return ops.some((o) => o.op !== 'equal' && (includeTrivial || !o.trivial));
}

/** A readable rendering for tests and Markdown: [-base-]{+other+}; trivial ops in ~…~. */
export function renderOps(ops: readonly WordOp[]): string {
  return ops
    .map((o) => {
      switch (o.op) {
        case 'equal':
          return o.text;
        case 'insert':
          return `{+${o.text}+}`;
        case 'delete':
          return `[-${o.baseText}-]`;
        case 'replace':
          return o.trivial ? `~${o.baseText}→${o.text}~` : `[-${o.baseText}-]{+${o.text}+}`;
        default: {
          const never: never = o.op;
          return never;
        }
      }
    })
    .join(' ');
}

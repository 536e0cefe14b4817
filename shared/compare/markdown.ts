/**
 * A readable Markdown report of a Comparison, for `parallax compare --format md` and the
 * Markdown export: headlines, coverage, claims (shared by all, by some) with word-level
 * differences, unique sentences, omissions, facts, word choice and shared copy.
 */
import type { Claim, Comparison, ComparedSentence, WordOp } from './types';

export function renderComparisonMarkdown(c: Comparison): string {
  const outlet = new Map(c.articles.map((a) => [a.id, a.outlet]));
  const name = (id: string) => outlet.get(id) ?? id;
  const sentence = new Map(c.sentences.map((s) => [s.id, s]));
  const memberText = (ids: string[]) => ids.map((id) => sentence.get(id)!.text).join(' ');
  const n = c.articles.length;
  const out: string[] = [];
  out.push(`# Comparison of ${n} articles`, '');
  out.push('## Headlines', '', '| Outlet | Headline | Language |', '|---|---|---|');
  for (const a of c.articles) out.push(`| ${cell(a.outlet)} | ${cell(a.title)} | ${a.language}${a.languageAssumed ? ' (assumed)' : ''} |`);
  out.push('', '## Coverage', '', `${c.claims.length} claims shared by two or more articles, ${c.unique.length} sentences unique to one.`, '');
  out.push('| Outlet | Shared claims | Unique sentences | Share of all | Omissions |', '|---|---:|---:|---:|---:|');
  for (const a of c.coverage.articles) out.push(`| ${cell(a.outlet)} | ${a.sharedClaims} | ${a.unique} | ${(a.share * 100).toFixed(0)}% | ${a.omissions} |`);
  if (c.coverage.overlap.length) {
    out.push('', 'Pairwise overlap (claims both carry):', '');
    for (const o of c.coverage.overlap) out.push(`- ${name(o.a)} / ${name(o.b)}: ${o.sharedClaims} (${(o.overlap * 100).toFixed(0)}% of the smaller)`);
  }
  const all = c.claims.filter((cl) => cl.members.length === n);
  const some = c.claims.filter((cl) => cl.members.length < n);
  out.push('', `## Claims carried by all ${n}`, '');
  if (!all.length) out.push('_None._');
  for (const cl of all) out.push(...renderClaim(cl, name, memberText));
  if (n > 2) {
    out.push('', '## Claims carried by some', '');
    if (!some.length) out.push('_None._');
    for (const cl of some) out.push(...renderClaim(cl, name, memberText), `  - not in: ${c.articles.filter((a) => !cl.members.some((m) => m.articleId === a.id)).map((a) => a.outlet).join(', ')}`);
  }
  out.push('', '## Unique to one outlet', '');
  for (const a of c.articles) {
    const mine = c.unique.map((id) => sentence.get(id)!).filter((s): s is ComparedSentence => s.articleId === a.id);
    out.push(`### ${a.outlet} (${mine.length})`, '');
    for (const s of mine) out.push(`- ${s.text}${s.sharedCopy ? ' _(shared copy)_' : ''}`);
    out.push('');
  }
  if (c.omissions.length) {
    out.push('## Omissions', '');
    for (const o of c.omissions) out.push(`- **${o.kind}** ${short(o.label)}: ${o.summary}`);
    out.push('');
  }
  out.push('## Facts', '', '### People, organisations, places', '');
  for (const e of c.facts.entities.filter((e) => e.articleIds.length > 1 || e.mentions.length > 1).slice(0, 40)) {
    const spellings = [...new Set(e.variants.map((v) => `${v.spelling} (${name(v.articleId)})`))].join('; ');
    out.push(`- **${e.label}** [${e.kind}] in ${e.articleIds.length}/${n}${e.spellingDiffers ? ' — spelled differently: ' + spellings : ''}`);
  }
  out.push('', '### Numbers', '');
  for (const f of c.facts.numbers.filter((f) => f.articleIds.length > 1 || f.disagreement !== 'none')) {
    const vals = f.values.map((v) => `${name(v.articleId)}: ${v.text}`).join('; ');
    out.push(`- ${f.unit || '(no unit)'} ${f.what ? `— ${short(f.what)}` : ''}: ${vals}${f.disagreement !== 'none' ? ` **(${f.disagreement} differs)**` : ''}`);
  }
  out.push('', '### Quotes', '');
  for (const q of c.facts.quotes.filter((q) => q.articleIds.length > 1)) {
    out.push(`- ${q.speaker ?? 'unattributed'}: “${short(q.versions[0]!.text)}” — ${q.articleIds.map(name).join(', ')}${q.wordingDiffers ? ' (worded differently)' : ''}`);
    for (const v of q.versions.slice(1)) if (v.ops.some((o) => o.op !== 'equal' && !o.trivial)) out.push(`  - ${name(v.articleId)}: ${renderDiff(v.ops)}`);
  }
  out.push('', '## Word choice', '');
  for (const w of c.wordChoice.contrasts.slice(0, 30)) {
    const counts = w.counts.map((x) => `${name(x.articleId)} “${x.term}” ×${x.count}`).join(', ');
    out.push(`- ${w.terms.join(' / ')} (${w.source}): ${counts}`);
  }
  out.push('', 'Distinctive words (log-odds, informative Dirichlet prior):', '');
  for (const d of c.wordChoice.distinctive) out.push(`- ${name(d.articleId)}: ${d.words.map((w) => `${w.word} (${w.count}, z ${w.z})`).join(', ') || '—'}`);
  if (c.sharedCopy.length) {
    out.push('', '## Shared copy', '');
    for (const s of c.sharedCopy) out.push(`- ${s.words} words in ${s.passages.map((p) => name(p.articleId)).join(', ')}: “${short(s.text, 160)}”`);
  }
  return out.join('\n') + '\n';
}

function renderClaim(cl: Claim, name: (id: string) => string, text: (ids: string[]) => string): string[] {
  const base = cl.members.find((m) => m.articleId === cl.baseArticleId)!;
  const lines = [`- **${cl.id}** (similarity ${cl.similarity.toFixed(2)}${cl.sharedCopy ? ', shared copy' : ''}${cl.corrected ? ', corrected' : ''}) ${name(base.articleId)}: ${text(base.sentenceIds)}`];
  for (const m of cl.members) {
    if (m === base) continue;
    lines.push(`  - ${name(m.articleId)}: ${m.differs ? renderDiff(m.ops) : '_same wording_'}`);
  }
  return lines;
}

/** Markdown diff: ~~deleted~~ **inserted**; trivial changes shown as the new text. */
function renderDiff(ops: readonly WordOp[]): string {
  return ops
    .map((o) => {
      if (o.op === 'equal' || o.trivial) return o.op === 'delete' ? '' : o.text;
      if (o.op === 'insert') return `**${o.text}**`;
      if (o.op === 'delete') return `~~${o.baseText}~~`;
      return `~~${o.baseText}~~ **${o.text}**`;
    })
    .filter(Boolean)
    .join(' ');
}

function short(s: string, max = 120): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The deck / standfirst: the page's description when it is a real summary line of its own,
 * not the body's opening repeated (most CMSs fill the description with the first
 * sentences) or a cut-off excerpt.
 */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function trigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

export function pickLede(description: string | undefined, text: string): string | undefined {
  const d = description?.replace(/\s+/g, ' ').trim();
  if (!d || d.length < 20 || d.length > 400) return undefined;
  if (/(?:\.\.\.|…|\[…\])$/.test(d)) return undefined;
  const own = trigrams(words(d));
  if (own.length === 0) return undefined;
  // Repeated from the opening paragraphs: most of its word triples appear there.
  const opening = new Set(trigrams(words(text.slice(0, 2000))));
  const shared = own.filter((t) => opening.has(t)).length;
  return shared / own.length >= 0.5 ? undefined : d;
}

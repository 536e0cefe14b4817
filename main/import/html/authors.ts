/**
 * Author names from a byline or metadata value: "By Jane Doe and John Roe", "Jane Doe, John
 * Roe | Reuters", arrays joined with commas. Drops what is not a person's name (profile
 * URLs, e-mail addresses, dates, long phrases) and duplicates.
 */
export function splitAuthors(raw: string): string[] {
  const cleaned = raw
    .replace(/\s+/g, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+/g, '')
    .replace(/^\s*(?:by|written by|words by|posted by|reported by|from|автор:?|von)\s+/i, '')
    .trim();
  if (!cleaned) return [];
  // "Lind, Marta": a catalogue-style inverted name (Dublin Core), not two authors.
  const inverted = /^([\p{L}'’-]+),\s*([\p{L}'’-]+)$/u.exec(cleaned);
  if (inverted) return [`${inverted[2]} ${inverted[1]}`];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of cleaned.split(/\s*(?:,|;|\||&|\band\b|\bund\b|\bи\b|\/)\s*/i)) {
    const name = part.replace(/^(?:by)\s+/i, '').replace(/^[\s"'“”]+|[\s"'“”.]+$/g, '').trim();
    if (!isPlausibleName(name)) continue;
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/^(?:https?:|www\.)|@|\d{3,}|^\d|^[\w-]+(?:\.[\w-]+)+$/.test(name)) return false;
  if (name.split(' ').length > 6) return false;
  if (/^(?:updated|published|posted|staff|and|the|more|share|follow|view|contact|email|twitter|facebook)$/i.test(name)) return false;
  // A job title, not a person: "AP Auto Writer", "Staff Reporter", "Senior Correspondent".
  if (/\b(?:writer|editor|correspondent|reporter|contributor|columnist|producer|staff|desk)s?$/i.test(name)) return false;
  return /\p{L}/u.test(name);
}

/**
 * Inverse document frequency over the sentences being compared: words every outlet repeats
 * (the event's main name) weigh less than the detail that makes one sentence a distinct claim.
 * A sentence is the document, so the figure depends only on the set, never on its order.
 */
import type { IdfFn } from './score';

export function buildIdf(documents: Iterable<Iterable<string>>): IdfFn {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of documents) {
    n++;
    for (const s of new Set(doc)) df.set(s, (df.get(s) ?? 0) + 1);
  }
  // Smoothed so an unseen stem (a merged pair, a quote) gets the weight of a word seen once.
  const unseen = Math.log(1 + n);
  return (stem) => {
    const d = df.get(stem);
    return d === undefined ? unseen : Math.log(1 + n / d);
  };
}

/**
 * English number words, so "five hours" and "5 hours" are the same fact and a change between
 * them is a trivial wording difference. Only single words: compound phrases ("twenty-five")
 * arrive as separate tokens because hyphens separate tokens, as in lunr.
 */
const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  trillion: 1_000_000_000_000, dozen: 12, half: 0.5,
};

/** Value of a lower-cased number word, or undefined. "one" counts: "one of the..." is still a number. */
export function numberWordValue(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined;
}

/** Words that scale the number before them: "2.5 million", "five hundred". */
export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };

/**
 * lunr's text processing, one analyzer per language: the tokenizer's split, then the index
 * pipeline (trimmer, stop words, stemmer) or the search pipeline (what lunr runs on query
 * terms). English is lunr's default; other languages use lunr-languages. Every function we
 * add is registered with `lunr.Pipeline.registerFunction`, so saved pipelines load.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrDa from 'lunr-languages/lunr.da.js';
import lunrDe from 'lunr-languages/lunr.de.js';
import lunrEl from 'lunr-languages/lunr.el.js';
import lunrEs from 'lunr-languages/lunr.es.js';
import lunrFi from 'lunr-languages/lunr.fi.js';
import lunrFr from 'lunr-languages/lunr.fr.js';
import lunrHu from 'lunr-languages/lunr.hu.js';
import lunrIt from 'lunr-languages/lunr.it.js';
import lunrNl from 'lunr-languages/lunr.nl.js';
import lunrNo from 'lunr-languages/lunr.no.js';
import lunrPt from 'lunr-languages/lunr.pt.js';
import lunrRo from 'lunr-languages/lunr.ro.js';
import lunrRu from 'lunr-languages/lunr.ru.js';
import lunrSv from 'lunr-languages/lunr.sv.js';
import lunrTr from 'lunr-languages/lunr.tr.js';
import { UKRAINIAN_STOP_WORDS } from './ukrainian-stop-words';

type Plugin = (l: typeof lunr) => void;
type LunrWithLanguages = typeof lunr & Record<string, unknown> & {
  trimmerSupport: { generateTrimmer(wordCharacters: string): lunr.PipelineFunction };
  generateStopWordFilter(words: string[]): lunr.PipelineFunction;
};
const L = lunr as LunrWithLanguages;

/**
 * Languages whose lunr-languages plugin uses lunr's own tokenizer (the others need segmenters
 * we do not ship). Not Arabic: its stemmer keeps state on the global `this`, which breaks in
 * strict-mode bundles; Arabic articles get the any-script analyzer.
 */
const PLUGINS: Record<string, Plugin> = {
  da: lunrDa, de: lunrDe, el: lunrEl, es: lunrEs, fi: lunrFi, fr: lunrFr, hu: lunrHu,
  it: lunrIt, nl: lunrNl, no: lunrNo, pt: lunrPt, ro: lunrRo, ru: lunrRu, sv: lunrSv, tr: lunrTr,
};
/** Scripts without Latin letters: their trimmer would delete "NATO" or "Trump" from an article, so we widen it. */
const NON_LATIN = new Set(['el', 'ru']);

const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;
const unicodeTrimmer: lunr.PipelineFunction = (token) =>
  token.update((s) => s.replace(LEADING, '').replace(TRAILING, ''));

let supportLoaded = false;
const loaded = new Set<string>();

/** Loads (once) what `key` needs: lunr-languages runs each plugin's setup lazily, start-up only pays for languages in use. */
function setUpLanguage(key: string): void {
  if (!supportLoaded) {
    supportLoaded = true;
    (stemmerSupport as unknown as Plugin)(lunr);
    lunr.Pipeline.registerFunction(unicodeTrimmer, 'trimmer-unicode');
  }
  const plugin = key === 'uk' ? 'ru' : key;
  if (PLUGINS[plugin] && !loaded.has(plugin)) {
    loaded.add(plugin);
    PLUGINS[plugin](lunr);
    if (NON_LATIN.has(plugin)) {
      const chars = (L[plugin] as { wordCharacters: string }).wordCharacters;
      lunr.Pipeline.registerFunction(L.trimmerSupport.generateTrimmer('A-Za-z' + chars), `trimmer-${plugin}-latin`);
    }
  }
  if (key === 'uk' && !loaded.has('uk')) {
    loaded.add('uk');
    // Ukrainian has no lunr-languages module: Cyrillic trimmer, our own stop words and the
    // Russian Snowball stemmer, which removes most shared inflection endings (-ого, -ому, -ий…).
    lunr.Pipeline.registerFunction(L.generateStopWordFilter(UKRAINIAN_STOP_WORDS), 'stopWordFilter-uk');
  }
}

/** lunr's text processing for one language. */
export interface Analyzer {
  /** Key stored with every segment: 'en', 'de', 'ru', 'uk', 'xx' (any other script). */
  readonly key: string;
  readonly indexPipeline: lunr.Pipeline;
  readonly searchPipeline: lunr.Pipeline;
  /**
   * The index pipeline applied to one lower-cased token from the tokenizer; memoised, since the
   * pipeline functions depend on the token's text alone and most words repeat.
   * Returns the indexed term(s), or undefined when the token is dropped (stop word, punctuation).
   */
  indexTerm(lowerToken: string): string | string[] | undefined;
  /** The search pipeline applied to a query clause's term (what lunr's Index.query does). */
  searchTerms(term: string, fields: string[]): string[];
}

function pipelineOf(names: string[]): lunr.Pipeline {
  return lunr.Pipeline.load(names);
}

function pipelineNames(key: string): { index: string[]; search: string[] } {
  if (key === 'en') return { index: ['trimmer', 'stopWordFilter', 'stemmer'], search: ['stemmer'] };
  if (key === 'uk') return { index: ['trimmer-ru-latin', 'stopWordFilter-uk', 'stemmer-ru'], search: ['trimmer-ru-latin', 'stemmer-ru'] };
  if (key === 'xx') return { index: ['trimmer-unicode'], search: ['trimmer-unicode'] };
  // Build through the plugin itself so we get exactly its pipelines, then swap in the wider trimmer.
  const builder = new lunr.Builder();
  builder.use(L[key] as lunr.Builder.Plugin);
  const widen = (names: string[]) => names.map((n) => (NON_LATIN.has(key) && n === `trimmer-${key}` ? `trimmer-${key}-latin` : n));
  const asNames = (p: lunr.Pipeline) => p.toJSON() as unknown as string[];
  return { index: widen(asNames(builder.pipeline)), search: widen(asNames(builder.searchPipeline)) };
}

/** Which analyzer indexes an article in `language` (ISO 639-1; 'und' and unknown codes fall back). */
export function analyzerKeyFor(language: string | undefined): string {
  const code = (language ?? '').toLowerCase().slice(0, 2);
  if (code === 'en' || code === 'un' || code === '') return 'en';
  if (code === 'uk') return 'uk';
  if (code === 'nb' || code === 'nn') return 'no';
  return code in PLUGINS ? code : 'xx';
}

/** Bounds the memo (a worker's heap is capped): ~200k distinct tokens cover most of a batch's text. */
const MEMO_LIMIT = 200_000;
const analyzers = new Map<string, Analyzer>();

export function getAnalyzer(requested: string): Analyzer {
  const cached = analyzers.get(requested);
  if (cached) return cached;
  const key = requested === 'xx' || requested === 'en' || requested === 'uk' || requested in PLUGINS ? requested : 'xx';
  setUpLanguage(key);
  const names = pipelineNames(key);
  const indexPipeline = pipelineOf(names.index);
  const searchPipeline = pipelineOf(names.search);
  // null marks a dropped token, so a memo hit is one lookup (stop words are the commonest tokens).
  let memo = new Map<string, string | string[] | null>();
  const analyzer: Analyzer = {
    key,
    indexPipeline,
    searchPipeline,
    indexTerm(lowerToken) {
      const hit = memo.get(lowerToken);
      if (hit !== undefined) return hit ?? undefined;
      const out = indexPipeline.run([new lunr.Token(lowerToken, {})]).map(String);
      const value = out.length === 0 ? null : out.length === 1 ? out[0]! : out;
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(lowerToken, value);
      return value ?? undefined;
    },
    searchTerms(term, fields) {
      // runString's metadata argument is missing from @types/lunr; lunr passes it to the tokens.
      const run = searchPipeline.runString as (str: string, metadata: object) => string[];
      return run.call(searchPipeline, term, { fields });
    },
  };
  analyzers.set(requested, analyzer);
  return analyzer;
}

/** lunr's version, stored in every saved segment: a different lunr may stem differently. */
export const LUNR_VERSION: string = (lunr as unknown as { version: string }).version;

import type { ParallaxApi } from '../../shared/api/contract';
import type { SearchSnippet } from '../../shared/model/search';
import { printJson, type CliOutput } from './cli-io';

/** `parallax search "QUERY" [--outlet X] [--from D --to D] [--json]`. */
export async function searchCommand(
  io: CliOutput,
  api: ParallaxApi,
  query: string,
  opts: { outlet?: string[]; from?: string; to?: string; story?: string; limit?: number },
): Promise<number> {
  const res = await api.search({
    query,
    filters: { ...(opts.outlet?.length ? { outlets: opts.outlet } : {}), ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}), ...(opts.story ? { storyId: opts.story } : {}) },
    limit: opts.limit ?? 20,
  });
  if (io.json) {
    printJson(io, res);
    return res.problem ? 2 : 0;
  }
  if (res.problem) {
    io.err(`query error: ${res.problem.message}\n  ${query}\n  ${' '.repeat(res.problem.start)}${'^'.repeat(Math.max(1, res.problem.end - res.problem.start))}`);
    return 2;
  }
  io.out(`${res.total} result${res.total === 1 ? '' : 's'} (${res.tookMs} ms)`);
  for (const hit of res.hits) {
    io.out(`\n${hit.id}  ${hit.outlet} · ${(hit.published ?? '').slice(0, 10)}\n  ${hit.title}`);
    for (const s of hit.snippets) io.out(`  … ${mark(s)} …`);
  }
  return 0;
}

/** Marks highlights with [brackets] for a terminal. */
function mark(s: SearchSnippet): string {
  let out = '';
  let at = 0;
  for (const [a, b] of s.highlights) {
    out += s.text.slice(at, a) + '[' + s.text.slice(a, b) + ']';
    at = b;
  }
  return (out + s.text.slice(at)).replace(/\s+/g, ' ');
}

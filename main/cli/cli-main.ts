import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { openServices } from '../services/open-services';
import { CliUsageError, type CliOutput } from './cli-io';
import { extractCommand, importCommand, listCommand } from './commands';
import { compareCommand } from './compare-command';
import { searchCommand } from './search-command';
import { storiesCommand, storyCommand } from './story-commands';

const USAGE = `parallax — compare how outlets cover the same event

Usage:
  parallax import  [--library DIR] [--json] PATHS…        import files and folders
  parallax extract [--json] FILE                          show the clean article(s) of a file; no library
  parallax list    [--library DIR] [--json] [--outlet X] [--from D] [--to D]
  parallax search  [--library DIR] [--json] "QUERY" [--outlet X] [--from D] [--to D] [--story ID]
  parallax compare [--library DIR] [--json | --format md] FILES_OR_IDS…   compare 2–50 articles (files are read in memory)
  parallax stories [--library DIR] [--json] [--suggest]     stories, or suggested groupings of articles in none
  parallax story   create TITLE [ARTICLE_IDS…] | add STORY IDS… | remove STORY IDS…

The library is --library DIR, else $PARALLAX_LIBRARY, else the desktop app's library.`;

/** The CLI over the same services as the app. Returns the exit code. */
export async function runCli(argv: string[], io: Omit<CliOutput, 'json'>): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      library: { type: 'string' },
      json: { type: 'boolean' },
      outlet: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      story: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
      suggest: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const cli: CliOutput = { ...io, json: Boolean(values.json) };
  if (!command || values.help) {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extractCommand(cli, rest);
  if (command === 'compare') {
    return compareCommand(cli, rest, { format: values.format, openLibrary: () => openServices({ shell: 'cli', libraryDir: values.library }) });
  }

  const known = ['import', 'list', 'search', 'stories', 'story'];
  if (!known.includes(command)) throw new CliUsageError(`unknown command "${command}"\n\n${USAGE}`);
  const services = await openServices({ shell: 'cli', libraryDir: values.library });
  try {
    for (const n of services.notices) io.err(`notice: ${n}`);
    switch (command) {
      case 'import':
        return await importCommand(cli, services.api, rest);
      case 'list':
        return await listCommand(cli, services.api, { outlet: values.outlet?.[0], from: values.from, to: values.to });
      case 'search':
        if (rest.length === 0) throw new CliUsageError('search needs a QUERY');
        return await searchCommand(cli, services.api, rest.join(' '), {
          outlet: values.outlet,
          from: values.from,
          to: values.to,
          story: values.story,
          limit: values.limit ? Number(values.limit) : undefined,
        });
      case 'stories':
        return await storiesCommand(cli, services.api, { suggest: values.suggest });
      default:
        return await storyCommand(cli, services.api, rest);
    }
  } finally {
    await services.close();
  }
}

/** Entry point of bin/parallax.js. */
export async function main(): Promise<void> {
  const io = { out: (l: string) => process.stdout.write(l + '\n'), err: (l: string) => process.stderr.write(l + '\n') };
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (err) {
    const usage = err instanceof CliUsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = err instanceof ApiError ? `${err.message}${err.hint ? `\n${err.hint}` : ''}` : (err as Error).message;
    io.err(`parallax: ${message}`);
    process.exitCode = usage ? 2 : 1;
  }
}

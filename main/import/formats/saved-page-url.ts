/**
 * The address a saved page came from, when the saving tool wrote it down: Chrome/IE's "mark of
 * the web" comment `<!-- saved from url=(0045)https://… -->` and SingleFile's
 * `<!-- Page saved with SingleFile \n url: https://… \n saved date: … -->`. Both sit at the top of
 * the file, so only the first part is searched.
 */
export function findSavedFromUrl(html: string): string | undefined {
  const head = html.slice(0, 100_000);
  const markOfTheWeb = head.match(/<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i);
  const singleFileComment = head.match(/<!--\s*Page saved with SingleFile([^]*?)-->/i)?.[1];
  const singleFile = singleFileComment?.match(/^\s*url:\s*(\S+)/im);
  const url = singleFile?.[1] ?? markOfTheWeb?.[1];
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

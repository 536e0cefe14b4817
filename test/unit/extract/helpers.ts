import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A committed fixture page from test/fixtures/extract/. */
export const fixture = (name: string) => readFileSync(path.resolve(here, '../../fixtures/extract', name), 'utf8');

/** The body of the "lighthouse vote" story: five plain paragraphs, enough for Readability. */
export const STORY = [
  'Residents of Port Wren voted on Monday to keep the town’s 140-year-old lighthouse lit, overruling a council plan to switch it off and save about £12,000 a year.',
  'The vote was close: 1,204 residents backed keeping the light, while 1,150 supported the council’s proposal. Turnout was the highest the town has recorded.',
  '“The light has guided our boats home since my grandfather’s time,” said harbour master Ellen Voss, who campaigned for the lamp.',
  'Council leader David Okafor said the result would be respected, but warned that the money would now have to be found elsewhere in next year’s budget.',
  'The lighthouse, built in 1884, was automated in 1991 and is now maintained by two volunteers from the local sailing club.',
];

export const storyParagraphs = () => STORY.map((p) => `<p>${p}</p>`).join('\n');

/** A minimal page around `body`, with `head` markup. */
export const page = (head: string, body: string, htmlAttrs = '') =>
  `<!DOCTYPE html><html${htmlAttrs ? ` ${htmlAttrs}` : ''}><head><title>Lighthouse vote</title>${head}</head><body>${body}</body></html>`;

export const parseDoc = (html: string) => parseHTML(html).document as unknown as Document;

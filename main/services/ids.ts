import { randomBytes } from 'node:crypto';

/** Record ids: a letter for the kind and 16 random hex digits; safe as file names on every OS. */
export const newArticleId = (): string => `a${randomBytes(8).toString('hex')}`;
export const newStoryId = (): string => `s${randomBytes(8).toString('hex')}`;

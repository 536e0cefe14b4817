/**
 * Same-event grouping of articles: which saved reports are about one event, and which story a
 * newly imported article belongs to. Pure functions (no Node, no DOM); the outlet is never an
 * input. See README section "Automatic grouping" and scripts/eval-grouping.ts for the figures.
 */
export { clusterEvents } from './cluster';
export { suggestStories } from './suggest';
export { DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS } from './types';
export type { ClusterDoc, ClusterEvidence, ClusterOptions, EventCluster, StorySuggestion } from './types';
export type { ExistingStory } from './suggest';

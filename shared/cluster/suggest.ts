import type { ClusterDoc, ClusterOptions, StorySuggestion } from './types';
export function suggestStories(_newDocs: ClusterDoc[], _existing: { storyId: string; title: string; docs: ClusterDoc[] }[], _opts?: ClusterOptions): StorySuggestion[] {
  return [];
}

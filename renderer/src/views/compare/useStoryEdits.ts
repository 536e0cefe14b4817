/**
 * The story record and the alias table as the comparison view sees them, and the changes it makes:
 * corrections (then recompute), notes (no recompute: they are anchored to sentences, not rows)
 * and the alias table (then recompute). Each edit builds on the latest record, so quick
 * successive edits do not overwrite each other.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParallaxEvent } from '../../../../shared/api/events';
import type { Correction, RowNote, StoryRecord } from '../../../../shared/model/story';
import { useApi } from '../../app/api-context';
import { useNotices } from '../../app/notices';

export function useStoryEdits(storyId: string, recompute: () => void) {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [story, setStory] = useState<StoryRecord>();
  const [storyError, setStoryError] = useState<Error>();
  const [aliases, setAliasList] = useState<string[][]>([]);
  const [storyTick, setStoryTick] = useState(0);
  const [settingsTick, setSettingsTick] = useState(0);
  const latest = useRef<StoryRecord | undefined>(undefined);
  const keep = useCallback((s: StoryRecord) => {
    latest.current = s;
    setStory(s);
  }, []);

  useEffect(() => {
    let live = true;
    api.getStory({ id: storyId }).then(
      (s) => live && keep(s),
      (e: Error) => live && setStoryError(e),
    );
    return () => {
      live = false;
    };
  }, [api, storyId, storyTick, keep]);
  useEffect(() => {
    let live = true;
    api.getSettings({}).then((s) => live && setAliasList(s.aliases), () => undefined);
    return () => {
      live = false;
    };
  }, [api, settingsTick]);

  const onEvent = useCallback((e: ParallaxEvent) => {
    if (e.type !== 'library-changed') return;
    if (e.what === 'stories') setStoryTick((t) => t + 1);
    if (e.what === 'settings') setSettingsTick((t) => t + 1);
  }, []);

  const setCorrections = useCallback(
    async (make: (current: Correction[]) => Correction[], message: string) => {
      const current = latest.current;
      if (!current) return;
      try {
        keep(await api.setStoryCorrections({ id: storyId, corrections: make(current.corrections) }));
        notify('info', `${message} Recomputing the comparison…`);
        recompute();
      } catch (e) {
        showError(e, 'Could not save the correction');
      }
    },
    [api, storyId, recompute, notify, showError, keep],
  );

  const setNotes = useCallback(
    async (make: (current: RowNote[]) => RowNote[]) => {
      const current = latest.current;
      if (!current) return;
      try {
        keep(await api.setStoryNotes({ id: storyId, notes: make(current.notes) }));
      } catch (e) {
        showError(e, 'Could not save the note');
      }
    },
    [api, storyId, showError, keep],
  );

  const setAliases = useCallback(
    async (make: (current: string[][]) => string[][]) => {
      try {
        const fresh = await api.getSettings({});
        const saved = await api.updateSettings({ patch: { aliases: make(fresh.aliases) } });
        setAliasList(saved.aliases);
        recompute();
      } catch (e) {
        showError(e, 'Could not update the alias table');
      }
    },
    [api, recompute, showError],
  );

  return { story, storyError, aliases, setCorrections, setNotes, setAliases, onEvent };
}

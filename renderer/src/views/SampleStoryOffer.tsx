import { useState } from 'react';
import { useApi } from '../app/api-context';
import { useNotices } from '../app/notices';
import { navigate } from '../app/router';

/** First run: offer the bundled sample story so a newcomer sees a comparison before importing anything. */
export function SampleStoryOffer() {
  const api = useApi();
  const { showError } = useNotices();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const story = await api.installSampleStory({});
      navigate({ view: 'story', id: story.id });
    } catch (e) {
      showError(e, 'Could not add the sample story');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sample-offer">
      <p>
        <strong>New here?</strong> Open a sample story — four fictional outlets reporting one fictional event — to see what Parallax shows. You can remove it with one click.
      </p>
      <button onClick={() => void open()} disabled={busy}>
        Open the sample story
      </button>
    </div>
  );
}

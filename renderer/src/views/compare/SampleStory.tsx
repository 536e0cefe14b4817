import { useApi } from '../../app/api-context';
import { useNotices } from '../../app/notices';
import { navigate } from '../../app/router';

/** On the sample story: says what it is, and removes it (story and articles) with one click. */
export function SampleStoryBanner() {
  const api = useApi();
  const { showError, notify } = useNotices();
  const remove = async () => {
    try {
      const { removed } = await api.removeSampleStory({});
      notify('info', `Removed the sample story and its ${removed} articles.`);
      navigate({ view: 'stories' });
    } catch (e) {
      showError(e, 'Could not remove the sample story');
    }
  };
  return (
    <div className="sample-banner" role="note">
      <span>
        <strong>Sample story.</strong> Four fictional outlets report one fictional event, written to show what Parallax finds: shared and unique claims, an omission, spelling
        variants, conflicting numbers, a quote translated two ways, word choice and wire copy.
      </span>
      <button className="small" onClick={() => void remove()}>
        Remove sample story
      </button>
    </div>
  );
}

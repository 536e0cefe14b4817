import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempServices } from '../support/temp-services';
import { httpUnderTest, ipcUnderTest, type TransportUnderTest } from '../support/transports';

/** Three outlets on a ferry fire, two on a budget vote the same day, in the same town. */
const report = (outlet: string, title: string, date: string, body: string) => `Title: ${title}\nSource: ${outlet}\nDate: ${date}\n\n${body}`;
const FERRY = [
  report('Coastal Ledger', 'Ferry fire forces evacuation off Port Alder', '2025-03-14', 'A fire broke out in the engine room of the ferry Saint Brendan off Port Alder on Friday, forcing the evacuation of 212 passengers, the coast guard said.\n\nCaptain Ilse Marsh said the crew contained the blaze within forty minutes. Two crew members were treated for smoke inhalation.'),
  report('Harbour Wire', 'Saint Brendan passengers evacuated after engine fire', '2025-03-14', 'Coast guard boats evacuated 212 passengers from the ferry Saint Brendan after an engine-room fire near Port Alder on Friday.\n\nCaptain Ilse Marsh told reporters the fire was out within forty minutes and two crew members had inhaled smoke.'),
  report('Northern Daily', 'Engine fire on Port Alder ferry, all passengers safe', '2025-03-15', 'All 212 passengers of the Saint Brendan ferry were brought ashore after a fire in its engine room off Port Alder, the coast guard said on Saturday.\n\nThe ferry operator said Captain Ilse Marsh and her crew fought the blaze for about forty minutes.'),
];
const BUDGET = [
  report('Coastal Ledger', 'Port Alder council passes harbour budget', '2025-03-14', 'The Port Alder council voted 7 to 4 on Friday to approve a harbour budget of 18 million crowns, including new dredging works.\n\nMayor Tomas Varga called the vote a turning point for the town.'),
  report('Harbour Wire', 'Harbour budget of 18 million crowns approved', '2025-03-14', 'Councillors in Port Alder approved an 18 million crown harbour budget by 7 votes to 4 on Friday, Mayor Tomas Varga said, with dredging works to start in the summer.'),
];

describe.each([
  ['http', httpUnderTest],
  ['ipc', ipcUnderTest],
] as const)('story suggestions over %s', (_name, makeTransport) => {
  let env: Awaited<ReturnType<typeof tempServices>>;
  let t: TransportUnderTest;
  beforeAll(async () => {
    env = await tempServices();
    t = await makeTransport(env.api, env.ctx.events);
    await t.client.api.importFiles({ jobId: `s-${t.name}`, sources: [...FERRY.slice(0, 2), ...BUDGET].map((text) => ({ kind: 'text' as const, text })) });
  });
  afterAll(async () => {
    await t.close();
    await env.cleanup();
  });

  it('proposes one new story per event, keeping same-day events in the same town apart', async () => {
    const suggestions = await t.client.api.suggestStories({});
    const groups = suggestions.map((s) => s.articles.map((a) => a.title).sort());
    expect(groups).toHaveLength(2);
    expect(groups).toContainEqual(['Ferry fire forces evacuation off Port Alder', 'Saint Brendan passengers evacuated after engine fire']);
    expect(groups).toContainEqual(['Harbour budget of 18 million crowns approved', 'Port Alder council passes harbour budget']);
    expect(suggestions.every((s) => s.target.kind === 'new')).toBe(true);
    expect(suggestions.flatMap((s) => s.evidence.entities).join(' ')).toMatch(/Saint Brendan|Ilse Marsh|Tomas Varga/);
  });

  it('proposes the existing story for a later report of the same event', async () => {
    const ferry = (await t.client.api.suggestStories({})).find((s) => s.articles.some((a) => a.title.includes('Saint Brendan')))!;
    const story = await t.client.api.createStory({ title: 'Saint Brendan ferry fire', articleIds: ferry.articles.map((a) => a.id) });
    await t.client.api.importFiles({ jobId: `s2-${t.name}`, sources: [{ kind: 'text', text: FERRY[2]! }] });
    const next = await t.client.api.suggestStories({});
    const forStory = next.find((s) => s.target.kind === 'existing');
    expect(forStory?.target).toEqual({ kind: 'existing', storyId: story.id, title: 'Saint Brendan ferry fire' });
    expect(forStory?.articles.map((a) => a.outlet)).toEqual(['Northern Daily']);
  });

  it('does not propose a dismissed suggestion again', async () => {
    const budget = (await t.client.api.suggestStories({})).find((s) => s.target.kind === 'new')!;
    expect(await t.client.api.dismissSuggestion({ key: budget.key })).toEqual({ dismissed: true });
    expect((await t.client.api.suggestStories({})).map((s) => s.key)).not.toContain(budget.key);
  });
});

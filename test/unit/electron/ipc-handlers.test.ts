import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/method-names';
import { channelOf } from '../../../main/electron/ipc-handlers';
import { tempServices } from '../../support/temp-services';
import { ipcUnderTest } from '../../support/transports';

describe('IPC handler registration', () => {
  let env: Awaited<ReturnType<typeof tempServices>>;
  let t: ReturnType<typeof ipcUnderTest>;
  beforeAll(async () => {
    env = await tempServices('electron');
    t = ipcUnderTest(env.api, env.ctx.events);
  });
  afterAll(async () => {
    await t.close();
    await env.cleanup();
  });

  it('registers exactly one handler per contract method', () => {
    expect([...t.ipc.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('refuses calls from a page that is not our app (e.g. a frame that navigated away)', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', '', 'parallax://evil/index.html']) {
      const res = await t.ipc.invoke(channelOf('getAppInfo'), url, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await t.ipc.invoke(channelOf('getAppInfo'), 'parallax://app/index.html', {})).toMatchObject({ ok: true });
  });

  it('refuses arguments that fail validation and extra positional arguments', async () => {
    expect(await t.ipc.invoke(channelOf('getStory'), 'parallax://app/index.html', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await t.ipc.invoke(channelOf('listArticles'), 'parallax://app/index.html', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await t.ipc.invoke(channelOf('getAppInfo'), 'parallax://app/index.html', {}, 'second')).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

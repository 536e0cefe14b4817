import type { ParallaxApi } from '../../shared/api/contract';
import { appApi } from './app-api';
import { compareApi } from './compare-api';
import type { ServiceContext } from './context';
import { importApi } from './import-api';
import { libraryApi } from './library-api';
import { sampleApi } from './sample-api';
import { storyApi } from './story-api';
import { suggestApi } from './suggest-api';

/**
 * The services as one object implementing the whole contract. The type annotation makes a
 * method missing from every part a compile error; each part lives in its own file.
 */
export function createApi(ctx: ServiceContext): ParallaxApi {
  const api: ParallaxApi = {
    ...appApi(ctx),
    ...libraryApi(ctx),
    ...importApi(ctx),
    ...storyApi(ctx),
    ...sampleApi(ctx),
    ...suggestApi(ctx),
    ...compareApi(ctx),
  };
  return api;
}

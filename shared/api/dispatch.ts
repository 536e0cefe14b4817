import { toErrorData, type ApiResponse } from './errors';
import type { ArgsOf, MethodName, ParallaxApi } from './contract';
import { ApiError } from './errors';
import { isMethodName, validateArgs } from './validate';

/**
 * The one place a call from outside (IPC, HTTP) meets the services: checks the method name,
 * validates the arguments against the contract, runs the method and wraps the outcome as an
 * `ApiResponse`. Nothing thrown inside a service crosses a transport as an exception.
 */
export async function dispatch(api: ParallaxApi, name: string, rawArgs: unknown): Promise<ApiResponse<unknown>> {
  try {
    if (!isMethodName(name)) throw new ApiError('not-found', `unknown API method "${name}"`);
    const args = validateArgs(name, rawArgs);
    const fn = api[name] as (a: ArgsOf<MethodName>) => Promise<unknown>;
    return { ok: true, value: await fn.call(api, args) };
  } catch (err) {
    return { ok: false, error: toErrorData(err) };
  }
}

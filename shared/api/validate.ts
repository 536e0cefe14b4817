import { ApiError } from './errors';
import { apiMethods, type ArgsOf, type MethodName } from './contract';

/** Every method name, as a set, to reject unknown names arriving over HTTP or IPC. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(apiMethods, name);
}

/**
 * Validates the arguments of one call against the contract. Throws an ApiError naming the
 * method and the first bad field, so the user sees "search: query: expected string" rather
 * than a stack trace.
 */
export function validateArgs<M extends MethodName>(name: M, raw: unknown): ArgsOf<M> {
  const parsed = apiMethods[name].args.safeParse(raw ?? {});
  if (parsed.success) return parsed.data as ArgsOf<M>;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ApiError('invalid-arguments', `${name}: ${where}${issue?.message ?? 'invalid arguments'}`);
}

import { apiMethods, type MethodName } from './contract';

/** The contract's method names. Re-exported here for the sandboxed preload, which needs only the names. */
export const methodNames = Object.keys(apiMethods) as MethodName[];

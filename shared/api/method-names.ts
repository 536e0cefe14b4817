/** The contract's method names, re-exported for the sandboxed preload, which needs only the names. */
export { methodNames } from './contract';

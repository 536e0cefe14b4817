import { EventTarget as DomEventTarget, Node as DomNode } from 'linkedom';

/**
 * linkedom's nodes inherit its EventTarget, whose constructor files every node it creates in a
 * module-wide WeakMap of listeners. A saved page makes thousands of nodes (elements, text,
 * attributes) and extraction never listens for events, yet those entries cost ~6% of extraction
 * time and a large share of its garbage collection (weak-map entries are expensive to collect).
 *
 * So linkedom's Node class gets a base without that constructor. Nodes are still EventTargets
 * (`instanceof` holds); using events on them throws, plainly, instead of failing somewhere
 * inside linkedom. The window's own EventTarget (`defaultView.addEventListener`) is a separate
 * object and keeps working. Applied once, and only when linkedom is shaped as expected: after a
 * linkedom upgrade that changes it, extraction simply runs at the old speed.
 */
export function useLeanNodes(): boolean {
  const NodeClass = (DomNode as unknown as { prototype: { constructor: object } }).prototype.constructor;
  const base = Object.getPrototypeOf(NodeClass) as unknown;
  if (base === LeanNodeBase) return true;
  if (base !== DomEventTarget) return false;
  Object.setPrototypeOf(NodeClass, LeanNodeBase);
  Object.setPrototypeOf((NodeClass as { prototype: object }).prototype, LeanNodeBase.prototype);
  return true;
}

class LeanNodeBase {}
Object.setPrototypeOf(LeanNodeBase.prototype, DomEventTarget.prototype);
for (const method of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(LeanNodeBase.prototype, method, {
    configurable: true,
    writable: true,
    value() {
      throw new Error(`${method} is not available on the nodes of Parallax's import DOM (see main/import/html/lean-nodes.ts)`);
    },
  });
}

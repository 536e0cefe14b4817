import type { ParallaxEvent } from '../../shared/api/events';

/** Fan-out of service events to every connected UI (IPC window, SSE clients, CLI progress printer). */
export class EventBus {
  private listeners = new Set<(e: ParallaxEvent) => void>();

  subscribe(listener: (e: ParallaxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ParallaxEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        /* a broken listener must not stop the others or the job */
      }
    }
  }
}

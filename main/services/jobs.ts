import type { JobKind, JobProgress } from '../../shared/api/events';
import { ApiError } from '../../shared/api/errors';
import type { EventBus } from './event-bus';

/**
 * Long operations (import, re-extract, index build, comparison) run as jobs: the caller picks a
 * job id, progress is pushed as events with rate and time left, and `cancel(jobId)` stops the job
 * between items, keeping what was finished.
 */
export class JobRegistry {
  private running = new Map<string, AbortController>();

  constructor(private readonly events: EventBus) {}

  start(jobId: string, kind: JobKind, total: number): Job {
    if (this.running.has(jobId)) throw new ApiError('conflict', `job "${jobId}" is already running`);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return new Job(jobId, kind, total, controller.signal, this.events, () => this.running.delete(jobId));
  }

  cancel(jobId: string): boolean {
    const c = this.running.get(jobId);
    if (!c) return false;
    c.abort();
    return true;
  }
}

export class Job {
  private done = 0;
  private readonly startedAt = Date.now();
  private lastEmit = 0;

  constructor(
    readonly id: string,
    readonly kind: JobKind,
    public total: number,
    readonly signal: AbortSignal,
    private readonly events: EventBus,
    private readonly onEnd: () => void,
  ) {
    this.emit('running', undefined, true);
  }

  get cancelled(): boolean {
    return this.signal.aborted;
  }

  /** One more item finished; `current` names what comes next or what just ended. */
  step(current?: string, by = 1): void {
    this.done += by;
    this.emit('running', current, false);
  }

  /** Absolute progress, for work that reports its own counts (a comparison's stages). */
  report(done: number, total: number, current?: string): void {
    this.done = done;
    this.total = total;
    this.emit('running', current, false);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  finish(state: 'finished' | 'cancelled' | 'failed' = this.cancelled ? 'cancelled' : 'finished'): void {
    this.emit(state, undefined, true);
    this.onEnd();
  }

  private emit(state: JobProgress['state'], current: string | undefined, force: boolean): void {
    const now = Date.now();
    // At most ~20 events a second: a 10,000-file import must not flood the UI.
    if (!force && now - this.lastEmit < 50 && this.done < this.total) return;
    this.lastEmit = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const event: JobProgress = { type: 'job-progress', jobId: this.id, kind: this.kind, done: this.done, total: this.total, state };
    if (current !== undefined) event.current = current;
    if (rate > 0) {
      event.rate = Math.round(rate * 10) / 10;
      event.etaMs = Math.round(((this.total - this.done) / rate) * 1000);
    }
    this.events.emit(event);
  }
}

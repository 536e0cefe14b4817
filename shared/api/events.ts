/**
 * Events pushed from the services to every connected UI: job progress (import, re-extract,
 * index build, comparison) and library changes so open views refresh.
 * Electron delivers them over one IPC channel; browser mode over Server-Sent Events.
 */
export type JobKind = 'import' | 'reextract' | 'index' | 'compare';

export interface JobProgress {
  type: 'job-progress';
  jobId: string;
  kind: JobKind;
  done: number;
  total: number;
  /** What is being worked on now (a file name, an article title). */
  current?: string;
  /** Items per second so far, and estimated milliseconds left. */
  rate?: number;
  etaMs?: number;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
}

export interface LibraryChanged {
  type: 'library-changed';
  /** What changed, so views refresh only what they show. */
  what: 'articles' | 'stories' | 'settings' | 'index';
}

export interface Notice {
  type: 'notice';
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** A menu command from the desktop app's native menu (Electron only). */
export type AppCommand = 'import' | 'new-story' | 'search' | 'go-library' | 'go-stories' | 'go-import';
export interface MenuCommand {
  type: 'command';
  command: AppCommand;
}

export type ParallaxEvent = JobProgress | LibraryChanged | Notice | MenuCommand;

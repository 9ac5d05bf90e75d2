import type { ImportProgress } from '#contracts/imports';

interface Entry extends ImportProgress {
  cancelRequested: boolean;
}

/**
 * Progress and cancel requests of the commits running (or queued) in this process. The commit is
 * one transaction, so its progress cannot be read from the database by another connection; the
 * status route reads it here. With several instances, the one running the job knows its progress.
 */
class RunningImports {
  readonly #entries = new Map<string, Entry>();

  /** A commit was queued (or its job started): an entry with nothing done yet, unless one exists. */
  start(id: string): Entry {
    let entry = this.#entries.get(id);
    if (!entry) this.#entries.set(id, (entry = { phase: 'queued', done: 0, total: 0, cancelRequested: false }));
    return entry;
  }

  progress(id: string, phase: ImportProgress['phase'], done: number, total: number) {
    const entry = this.start(id);
    Object.assign(entry, { phase, done, total });
  }

  /** Asks the running commit to stop; answers whether this process knows the commit. */
  cancel(id: string): boolean {
    const entry = this.#entries.get(id);
    if (entry) entry.cancelRequested = true;
    return Boolean(entry);
  }

  get(id: string): ImportProgress | null {
    const entry = this.#entries.get(id);
    return entry ? { phase: entry.phase, done: entry.done, total: entry.total, cancelRequested: entry.cancelRequested } : null;
  }

  finish(id: string) {
    this.#entries.delete(id);
  }
}

export const runningImports = new RunningImports();

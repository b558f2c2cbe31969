import type { Table } from 'apache-arrow';
import { isSuperseded } from './errors.js';
import type { Engine, Query } from './types.js';

/**
 * A caller's query slot where the latest request wins: starting a batch cancels the one still pending,
 * and a cancelled batch resolves to `null` instead of delivering a stale result.
 */
export class LatestQuery {
  private controller: AbortController | undefined;

  constructor(private readonly engine: Engine | (() => Promise<Engine>)) {}

  /** Runs `queries` as one batch; resolves `null` when a newer `run` or `cancel` replaced it. */
  async run(queries: readonly Query[]): Promise<Table[] | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const engine = typeof this.engine === 'function' ? await this.engine() : this.engine;
      const tables = await engine.batch(queries, { signal: controller.signal });
      return controller.signal.aborted ? null : tables;
    } catch (error) {
      if (controller.signal.aborted || isSuperseded(error)) return null;
      throw error;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Cancels the pending batch, if any. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}

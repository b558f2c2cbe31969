// Browser-side wrappers for the commands of test/support/runner-plugins.mjs.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

/** Starts recording every request of this page and its workers. */
export async function startNetworkLog(): Promise<void> {
  await executeServerCommand('network-log-start');
}

/** URLs requested since `startNetworkLog()`. */
export async function readNetworkLog(): Promise<string[]> {
  return (await executeServerCommand<string[], undefined>('network-log-read')) ?? [];
}

type SnapshotResult = { status: 'match' | 'written' | 'missing' | 'mismatch'; expected?: string; file?: string };

/** Fails unless `content` equals the committed snapshot `name` (run `npm run test:update` to write it). */
export async function expectSnapshot(name: string, content: string): Promise<void> {
  const result = await executeServerCommand<SnapshotResult, { name: string; content: string }>('snapshot-compare', { name, content });
  if (!result) throw new Error('the snapshot plugin is not installed in web-test-runner.config.mjs');
  if (result.status === 'missing') {
    throw new Error(`snapshot "${name}" is missing (${result.file}); run "npm run test:update" to create it and commit the file`);
  }
  if (result.status === 'mismatch') expect(content).to.equal(result.expected);
}

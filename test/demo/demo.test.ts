import { expect } from '@open-wc/testing';
import { FilterSelectEvent } from '../../src/filters/index.js';
import { readNetworkLog, startNetworkLog } from '../support/commands.js';

// The demo page, pointed at a five-order file so the test does not depend on the generated sample data.
const DEMO_URL = '/demo/index.html?orders=/test/demo/orders.csv&customers=none&surveys=none&campaigns=none';

interface DemoPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly consoleErrors: string[];
}

/**
 * Opens the demo in an iframe and records console errors, uncaught errors and unhandled rejections.
 * The recorder is installed as soon as the demo's window exists, which is long before its module
 * scripts have been fetched and run.
 */
async function openDemo(url: string): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);

  const consoleErrors: string[] = [];
  for (;;) {
    const view = frame.contentWindow;
    if (view && view.location.pathname === '/demo/index.html') {
      const frameConsole = (view as Window & { console: Console }).console;
      const original = frameConsole.error.bind(frameConsole);
      frameConsole.error = (...args: unknown[]) => {
        consoleErrors.push(args.map(String).join(' '));
        original(...args);
      };
      view.addEventListener('error', (event) => consoleErrors.push(`uncaught: ${event.message}`));
      view.addEventListener('unhandledrejection', (event) => consoleErrors.push(`unhandled rejection: ${String(event.reason)}`));
      return { frame, window: view, consoleErrors };
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 50_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('demo page', () => {
  it('draws the service mix offline', async () => {
    await startNetworkLog();
    const demo = await openDemo(DEMO_URL);
    const doc = () => demo.frame.contentDocument as Document;

    const mix = await waitFor(() => {
      const element = doc().querySelector('service-mix');
      return element && (element.getAttribute('status') === 'ready' || element.getAttribute('status') === 'error') ? element : undefined;
    }, 'the service mix to settle');
    const bars = mix.shadowRoot?.querySelectorAll('[data-chart="mix"] g[aria-label="bar"] rect') ?? [];
    const ticks = [...(mix.shadowRoot?.querySelectorAll('[data-chart="mix"] g[aria-label="y-axis tick label"] text') ?? [])].map((text) => text.textContent);

    expect(mix.getAttribute('status')).to.equal('ready');
    // RO004 is cancelled (作废): three service types remain.
    expect(bars.length).to.equal(3);
    expect(ticks).to.deep.equal(['钣喷', '一般维修', '定期保养']);
    expect(doc().querySelector('h1')?.textContent).to.equal('售后客源分析组件 · 演示');
    expect(doc().querySelector('data-quality-report')).to.not.equal(null);

    const foreign = (await readNetworkLog()).filter((url) => !url.startsWith(location.origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).to.deep.equal([]);
    expect(demo.consoleErrors).to.deep.equal([]);
    demo.frame.remove();
  });

  it('switches the language', async () => {
    const demo = await openDemo(`${DEMO_URL}&lang=en-US`);
    const doc = () => demo.frame.contentDocument as Document;

    const mix = await waitFor(() => {
      const element = doc().querySelector('service-mix');
      return element?.getAttribute('status') === 'ready' ? element : undefined;
    }, 'the service mix to be drawn');

    expect(doc().documentElement.lang).to.equal('en-US');
    expect(doc().querySelector('h1')?.textContent).to.equal('After-sales analytics widgets · Demo');
    expect(mix.shadowRoot?.querySelector('h2')?.textContent).to.equal('Service mix');

    const select = doc().querySelector<HTMLSelectElement>('#language');
    if (!select) throw new Error('the demo has no language switch');
    select.value = 'zh-CN';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => mix.shadowRoot?.querySelector('h2')?.textContent === '业务结构', 'the heading in Chinese');

    expect(doc().querySelector('h1')?.textContent).to.equal('售后客源分析组件 · 演示');
    expect(demo.consoleErrors).to.deep.equal([]);
    demo.frame.remove();
  });

  it('clear button clears every group', async () => {
    const demo = await openDemo(DEMO_URL);
    const doc = () => demo.frame.contentDocument as Document;
    await waitFor(() => doc().querySelector('service-mix')?.getAttribute('status') === 'ready', 'the service mix to be drawn');
    // The demo's own filter store, shared through a registry symbol on its window.
    const store = (demo.window as unknown as Record<symbol, { groups: Map<string, Map<string, unknown>> }>)[Symbol.for('aftersales-widgets.filters.v1')];
    const selectionCounts = (): Record<string, number> => Object.fromEntries([...store.groups].map(([group, clauses]) => [group, clauses.size]));

    for (const group of ['default', 'branch-a', 'branch-b']) {
      doc().dispatchEvent(new FilterSelectEvent({ source: `host-${group}`, group, predicates: [{ field: 'service_type', kind: 'point', values: ['钣喷'] }] }));
    }
    expect(selectionCounts()).to.deep.equal({ default: 1, 'branch-a': 1, 'branch-b': 1 });

    doc().querySelector<HTMLButtonElement>('#clear-filters')?.click();

    expect(selectionCounts()).to.deep.equal({ default: 0, 'branch-a': 0, 'branch-b': 0 });
    expect(demo.consoleErrors).to.deep.equal([]);
    demo.frame.remove();
  });
});

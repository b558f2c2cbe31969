import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AnalysisReadyEvent, defineElement } from '../../../src/elements/base/index.js';
import { CustomerSegmentsElement } from '../../../src/elements/customer-segments/index.js';
import { FILTER_SELECT_EVENT, clearFilters, getFilterState, type FilterSelectEvent } from '../../../src/filters/index.js';
import { createCanonicalTable } from '../../support/canonical.js';
import { SEGMENT_ORDERS } from '../../analyses/segments-fixture.js';

defineElement('customer-segments', CustomerSegmentsElement);

async function drawn(template: ReturnType<typeof html>): Promise<CustomerSegmentsElement> {
  const element = await fixture<CustomerSegmentsElement>(template);
  if (element.status !== 'ready' && element.status !== 'empty' && element.status !== 'error') {
    await oneEvent(element, AnalysisReadyEvent.eventName);
  }
  await element.updateComplete;
  return element;
}

function root(element: CustomerSegmentsElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('customer-segments has no shadow root');
  return element.shadowRoot;
}

function segmentRows(element: CustomerSegmentsElement): string[][] {
  return [...root(element).querySelectorAll('table.segments tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

function segmentButton(element: CustomerSegmentsElement, segment: string): HTMLButtonElement {
  const button = root(element).querySelector<HTMLButtonElement>(`tr[data-segment="${segment}"] .segment-select`);
  if (!button) throw new Error(`no segment button for ${segment}`);
  return button;
}

async function openMembers(element: CustomerSegmentsElement, segment: string): Promise<string[][]> {
  root(element).querySelector<HTMLButtonElement>(`tr[data-segment="${segment}"] .members-open`)?.click();
  await waitUntil(() => root(element).querySelector('table.member-list'), 'the member list did not appear');
  return [...root(element).querySelectorAll('table.member-list tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

describe('<customer-segments>', () => {
  beforeEach(async () => {
    clearFilters();
    await createCanonicalTable('orders', SEGMENT_ORDERS);
  });

  it('shows RFM segments by default', async () => {
    const element = await drawn(html`<customer-segments style="width: 720px"></customer-segments>`);

    expect(element.status).to.equal('ready');
    expect(root(element).querySelectorAll('g[aria-label="bar"] rect[role="button"]')).to.have.length(5);
    expect(segmentRows(element)).to.deep.equal([
      ['重要价值客户', '1', '20.0%', '¥5,000.00'],
      ['重要发展客户', '1', '20.0%', '¥3,000.00'],
      ['重要挽留客户', '1', '20.0%', '¥3,000.00'],
      ['一般价值客户', '1', '20.0%', '¥2,000.00'],
      ['一般挽留客户', '1', '20.0%', '¥100.00'],
    ]);
    expect(root(element).querySelector('table.segments caption')?.textContent).to.contain('2024年6月30日');
  });

  it('lifecycle kind and model breakdown', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);
    const breakdown = [...root(element).querySelectorAll('table.breakdown tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

    expect(segmentRows(element)).to.deep.equal([
      ['新客户', '3', '50.0%', '¥8,100.00'],
      ['老客户', '2', '33.3%', '¥5,000.00'],
      ['潜在客户', '1', '16.7%', '¥0.00'],
    ]);
    expect(breakdown).to.deep.equal([
      ['分群', 'A4L', 'Q5', 'A6'],
      ['新客户', '1', '2', '0'],
      ['老客户', '2', '0', '0'],
      ['潜在客户', '0', '0', '1'],
    ]);
  });

  it('click selects the segment customers', async () => {
    const element = await drawn(html`<customer-segments id="seg" kind="lifecycle" style="width: 720px"></customer-segments>`);
    const seen: FilterSelectEvent[] = [];
    const listener = (event: FilterSelectEvent): number => seen.push(event);
    document.addEventListener(FILTER_SELECT_EVENT, listener);

    segmentButton(element, 'new').click();
    await element.updateComplete;
    document.removeEventListener(FILTER_SELECT_EVENT, listener);

    expect(seen).to.have.length(1);
    expect(seen[0].source).to.equal('seg');
    expect(seen[0].predicates).to.deep.equal([{ field: 'customer_key', kind: 'point', values: ['P2', 'P3', 'P5'] }]);
    expect(seen[0].label).to.equal('新客户（3 位客户）');
    expect(segmentButton(element, 'new').getAttribute('aria-pressed')).to.equal('true');
    expect(segmentRows(element)[0][1]).to.equal('3');
  });

  it('second click clears the selection', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);

    segmentButton(element, 'returning').click();
    await element.updateComplete;
    segmentButton(element, 'returning').click();
    await element.updateComplete;

    expect(getFilterState()).to.deep.equal([]);
    expect(segmentButton(element, 'returning').getAttribute('aria-pressed')).to.equal('false');
  });

  it('Enter on a bar selects it', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);
    const bar = root(element).querySelector<SVGRectElement>('g[aria-label="bar"] rect[data-index="2"]');

    bar?.focus();
    await sendKeys({ press: 'Enter' });

    expect(getFilterState()[0].predicates).to.deep.equal([{ field: 'customer_key', kind: 'point', values: ['P4'] }]);
    expect(bar?.getAttribute('aria-label')).to.equal('潜在客户：1 位客户，占 16.7%');
  });

  it('member list is masked', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);

    const rows = await openMembers(element, 'returning');
    const csv = element.memberListCsv();

    expect(rows).to.deep.equal([
      ['P6', '王*', '137****3333', '', '', 'A4L', '2024-01-15', '1', '¥3,000.00', '2/1/3'],
      ['P1', '张*三', '138****1111', '', '', 'A4L', '2024-06-30', '2', '¥2,000.00', '5/4/2'],
    ]);
    expect(csv).to.equal(
      '\uFEFF客户编号,客户姓名,手机号,车牌号,VIN,车型,最近到店,期内到店次数,期内自费产值（元）,R/F/M 评分\r\n' +
        'P6,王*,137****3333,,,A4L,2024-01-15,1,3000.00,2/1/3\r\nP1,张*三,138****1111,,,A4L,2024-06-30,2,2000.00,5/4/2\r\n',
    );
    expect(root(element).querySelector('.members .note')?.textContent).to.equal('个人信息已脱敏显示。');
  });

  it('unmasked only on opt-in', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" unmasked style="width: 720px"></customer-segments>`);

    const rows = await openMembers(element, 'new');

    expect(rows[0].slice(0, 4)).to.deep.equal(['P5', '', '', '']);
    expect(rows.map((row) => row.slice(0, 4))).to.deep.include(['P2', '李四', '13900002222', '京A12345']);
    expect(element.memberListCsv()).to.contain('P2,李四,13900002222,京A12345');
  });

  it('RFM member scores', async () => {
    const element = await drawn(html`<customer-segments style="width: 720px"></customer-segments>`);

    const rows = await openMembers(element, 'generalValue');

    expect(rows).to.deep.equal([['P1', '张*三', '138****1111', '', '', 'A4L', '2024-06-30', '2', '¥2,000.00', '5/4/2']]);
  });

  it('member spend to the cent', async () => {
    // 0.1 + 0.2 summed as DOUBLE is 0.30000000000000004, and 1966.8 + 0.1 + 0.2 is 1967.1000000000001.
    await createCanonicalTable('orders', [
      { ro_no: 'c1', customer_id: 'C1', order_date: '2024-06-30', total_amount: 1966.8, model: 'A4L', service_type: '定期保养' },
      { ro_no: 'c2', customer_id: 'C1', order_date: '2024-06-01', total_amount: 0.1, model: 'A4L', service_type: '定期保养' },
      { ro_no: 'c3', customer_id: 'C1', order_date: '2024-05-01', total_amount: 0.2, model: 'A4L', service_type: '定期保养' },
    ]);
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);

    const rows = await openMembers(element, 'new');
    const csvLines = element.memberListCsv().split('\r\n');

    expect(rows.map((row) => row[8])).to.deep.equal(['¥1,967.10']);
    expect(csvLines[0]).to.contain(',期内自费产值（元）,');
    expect(csvLines[1]).to.equal('C1,,,,,A4L,2024-06-30,3,1967.10,1/1/1');
  });

  it('English member list money', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" locale="en-US" style="width: 720px"></customer-segments>`);

    const rows = await openMembers(element, 'returning');
    const header = element.memberListCsv().split('\r\n')[0];

    expect(rows[0][8]).to.equal('¥3,000.00');
    expect(header).to.contain(',Customer-paid revenue in period (CNY),');
  });

  it('RFM bins from attributes', async () => {
    const element = await drawn(html`<customer-segments scoring="bins" recency-bins="10, 20, 30, 40" style="width: 720px"></customer-segments>`);

    expect(segmentRows(element).map((row) => row.slice(0, 2))).to.deep.equal([
      ['重要价值客户', '1'],
      ['重要发展客户', '2'],
      ['重要挽留客户', '1'],
      ['一般挽留客户', '1'],
    ]);
  });

  it('spend tiers from attributes', async () => {
    const element = await drawn(html`<customer-segments kind="spend" spend-tiers="1,500,2500,4000" style="width: 720px"></customer-segments>`);

    expect(segmentRows(element).map((row) => row.slice(0, 2))).to.deep.equal([
      ['自费 ¥500 以下', '1'],
      ['自费 ¥500–2,500', '1'],
      ['自费 ¥2,500–4,000', '2'],
      ['自费 ¥4,000 及以上', '1'],
    ]);
  });

  it('bad bins show an error', async () => {
    const element = await drawn(html`<customer-segments scoring="bins" recency-bins="30,90"></customer-segments>`);

    expect(element.status).to.equal('error');
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain('recency-bins must be four comma-separated numbers, got "30,90"');
  });

  it('bad period-months names the attribute', async () => {
    const element = await drawn(html`<customer-segments period-months="-3"></customer-segments>`);

    expect(element.status).to.equal('error');
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain('<customer-segments>: attribute "period-months" must be a whole number of months from 1 to 120, got "-3".');
  });

  it('bad as-of shows an error', async () => {
    const element = await drawn(html`<customer-segments as-of="30/06/2024"></customer-segments>`);

    expect(element.status).to.equal('error');
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain('YYYY-MM-DD');
  });

  it('RFM empty without paid orders', async () => {
    await createCanonicalTable('orders', SEGMENT_ORDERS.map((row) => ({ ...row, is_customer_paid: false })));
    const element = await drawn(html`<customer-segments></customer-segments>`);

    expect(element.status).to.equal('empty');
    expect(root(element).querySelector('[part="status"]')?.textContent?.trim()).to.equal('当前筛选条件下没有数据。');
  });

  it('passes the accessibility check', async () => {
    const element = await drawn(html`<customer-segments kind="lifecycle" style="width: 720px"></customer-segments>`);
    await openMembers(element, 'new');

    await expect(element).to.be.accessible();
  });

  it('English labels', async () => {
    const element = await drawn(html`<customer-segments locale="en-US" kind="spend" style="width: 720px"></customer-segments>`);

    expect(segmentRows(element).map((row) => row[0])).to.deep.equal(['Spend under ¥1,000', 'Spend ¥1,000–3,000', 'Spend ¥3,000–8,000']);
  });
});

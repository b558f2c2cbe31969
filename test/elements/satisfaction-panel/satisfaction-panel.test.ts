import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { SatisfactionPanelElement } from '../../../src/elements/satisfaction-panel/index.js';
import { defineElement } from '../../../src/elements/base/define-element.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from '../../../src/elements/base/index.js';
import { clearFilters, getFilterState } from '../../../src/filters/index.js';
import { createCanonicalTable } from '../../support/canonical.js';
import { loadTable } from '../../../src/ingest/index.js';
import { expectSnapshot } from '../../support/commands.js';
import { normalizeSvg } from '../../charts/normalize-svg.js';
import { loadSatisfactionFixture } from '../../analyses/satisfaction-fixture.js';

defineElement('satisfaction-panel', SatisfactionPanelElement);

const mounted: HTMLElement[] = [];

// open-wc's fixture() waits for an animation frame, which a page running in the background (parallel
// test files) never gets, so the widgets are mounted by hand. The box has a fixed size and scrolls, so
// the page never gains or loses a scroll bar while a widget grows.
function mount(template: TemplateResult): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'width: 780px; height: 600px; overflow: auto';
  render(template, wrapper);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return wrapper;
}

async function drawn(template: TemplateResult): Promise<SatisfactionPanelElement> {
  const wrapper = mount(template);
  const element = wrapper.querySelector('satisfaction-panel') as SatisfactionPanelElement;
  if (!['ready', 'empty', 'error'].includes(element.status)) await oneEvent(element, AnalysisReadyEvent.eventName);
  await element.updateComplete;
  return element;
}

/** Waits for the next drawn result after `action`. */
async function redrawn(element: SatisfactionPanelElement, action: () => void): Promise<void> {
  const ready = oneEvent(element, AnalysisReadyEvent.eventName);
  action();
  await ready;
  await element.updateComplete;
}

function shadow(element: SatisfactionPanelElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('satisfaction-panel has no shadow root');
  return element.shadowRoot;
}

function text(element: SatisfactionPanelElement, selector: string): string {
  return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function meanTable(element: SatisfactionPanelElement): string[][] {
  return [...shadow(element).querySelectorAll('table.figures tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
  );
}

function distributionBars(element: SatisfactionPanelElement): SVGRectElement[] {
  return [...shadow(element).querySelectorAll<SVGRectElement>('.distribution g[aria-label="bar"] rect[role="button"]')];
}

// Number of line boxes the text of `cell` takes: more than one means the text wrapped.
function lineCount(cell: Element): number {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
  return tops.size;
}

describe('<satisfaction-panel>', () => {
  beforeEach(async () => {
    clearFilters();
    await loadSatisfactionFixture();
  });

  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
  });

  it('shows NPS, response rate and surveys', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);

    expect(element.status).to.equal('ready');
    expect(text(element, 'h2')).to.equal('客户满意度与回访');
    expect(text(element, '.kpis > div:first-child')).to.equal('回访 5 份，评分 18 条 其中 2 份没有对应的已结算工单');
    expect(text(element, '.nps .value')).to.equal('40');
    expect(text(element, '.nps .note')).to.equal('推荐者 3、中立者 1、贬损者 1（共 5 人作答）');
    expect(text(element, '.response-rate .value')).to.equal('60.0%');
    expect(text(element, '.response-rate .note')).to.equal('3 / 5 张已结算工单有回访');
  });

  it('shows each own scale separately', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const rows = meanTable(element);

    expect(text(element, '.shown')).to.equal('当前显示：各题按其原始量表的分值');
    expect(rows).to.deep.include(['服务态度（1–5 分）', '3.67', '3']);
    expect(rows).to.deep.include(['服务态度（1–10 分）', '10', '1']);
    expect(rows).to.deep.include(['服务态度（0–100 分）', '90', '1']);
    expect(rows).to.deep.include(['设施（1–5 分）', '1', '1']);
    // One chart per declared scale: 1–5, 1–10, 0–100 and the 0–10 recommendation.
    expect(shadow(element).querySelectorAll('.scale-group svg[part="chart"]')).to.have.length(4);
  });

  it('switches to the 0–100 form', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const toggle = shadow(element).querySelectorAll<HTMLButtonElement>('[part="scale"] button')[1];
    await redrawn(element, () => toggle.click());
    const rows = meanTable(element);

    expect(element.scale).to.equal('normalized');
    expect(element.getAttribute('scale')).to.equal('normalized');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(text(element, '.shown')).to.contain('换算为 0–100 分');
    expect(rows[0]).to.deep.equal(['服务态度', '78', '5']);
    expect(rows).to.deep.include(['推荐意愿', '84', '5']);
    expect(shadow(element).querySelectorAll('.scale-group svg[part="chart"]')).to.have.length(1);
  });

  it('breaks means down by channel', async () => {
    const element = await drawn(html`<satisfaction-panel scale="normalized" breakdown="channel"></satisfaction-panel>`);
    const rows = meanTable(element);

    expect(rows).to.deep.include(['服务态度', '电话', '87.5', '2']);
    expect(rows).to.deep.include(['服务态度', '短信', '25', '1']);
    expect(shadow(element).querySelector('[part="legend"]')).to.not.equal(null);
  });

  it('draws the monthly trend', async () => {
    const element = await drawn(html`<satisfaction-panel scale="normalized" breakdown="month"></satisfaction-panel>`);
    const rows = meanTable(element);

    expect(rows).to.deep.include(['服务态度', '2024年3月', '100', '2']);
    expect(rows).to.deep.include(['服务态度', '2024年4月', '63.33', '3']);
    expect(shadow(element).querySelectorAll('[part="chart"] g[aria-label="line"] path').length).to.be.greaterThan(0);
  });

  it('lists low scores masked', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const rows = [...shadow(element).querySelectorAll('.low-table tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));

    expect(rows.map((row) => row[2])).to.deep.equal(['', 'R4', 'R3', 'R2']);
    expect(rows[3]).to.deep.equal(['2024-03-12', '微信', 'R2', '李*', '139****1111', '推荐意愿 6 分、服务速度 4 分', '等太久，请回电 139****1111']);
    expect(shadow(element).textContent).to.not.contain('13900001111');
  });

  it('phone low-score list stays readable', async () => {
    const element = await drawn(html`<satisfaction-panel style="width: 390px"></satisfaction-panel>`);
    const headings = [...shadow(element).querySelectorAll('.low-table thead th')];
    const nameCells = [...shadow(element).querySelectorAll('.low-table tbody tr td:nth-child(4)')];

    expect(headings.map((cell) => [cell.textContent, lineCount(cell)])).to.deep.equal(headings.map((cell) => [cell.textContent, 1]));
    expect(nameCells.map((cell) => cell.textContent === '' ? 1 : lineCount(cell))).to.deep.equal([1, 1, 1, 1]);
  });

  it('lists only the newest low scores', async () => {
    const element = await drawn(html`<satisfaction-panel low-score-rows="2"></satisfaction-panel>`);
    const dates = [...shadow(element).querySelectorAll('.low-table tbody tr td:first-child')].map((cell) => cell.textContent?.trim());

    expect(dates).to.deep.equal(['2024-04-28', '2024-04-22']);
    expect(text(element, '.low-scores .note')).to.equal('共 4 份，个人信息已脱敏。 此处只列出最新的 2 份，导出的 CSV 包含全部。');
    expect(element.lowScoreCsv().split('\r\n')).to.have.length(6);
  });

  it('shows personal data when unmasked', async () => {
    const element = await drawn(html`<satisfaction-panel unmasked></satisfaction-panel>`);
    const row = [...shadow(element).querySelectorAll('.low-table tbody tr')][3];
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim());

    expect(cells[3]).to.equal('李四');
    expect(cells[4]).to.equal('13900001111');
    expect(element.lowScoreCsv().split('\r\n')[4]).to.contain('李四,13900001111');
  });

  it('exports the low-score list as CSV', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const lines = element.lowScoreCsv().split('\r\n');

    expect(lines[0]).to.equal('\uFEFF回访日期,回访编号,渠道,工单号,客户姓名,电话,低分项,客户意见');
    expect(lines[4]).to.equal('2024-03-12,S2,微信,R2,李*,139****1111,推荐意愿 6 分、服务速度 4 分,等太久，请回电 139****1111');
    expect(lines).to.have.length(6);
    expect(lines[5]).to.equal('');
  });

  it('applies a typed low-score threshold', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const input = shadow(element).querySelector<HTMLInputElement>('input[name="low-score-below"]') as HTMLInputElement;
    await redrawn(element, () => {
      input.value = '30';
      input.dispatchEvent(new Event('change'));
    });

    expect(element.lowScoreBelow).to.equal(30);
    expect(shadow(element).querySelectorAll('.low-table tbody tr')).to.have.length(3);
  });

  it('rejects an out-of-range threshold', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const input = shadow(element).querySelector<HTMLInputElement>('input[name="low-recommend-at-most"]') as HTMLInputElement;
    input.value = '11';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;

    expect(element.lowRecommendAtMost).to.equal(6);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.validationMessage).to.contain('阈值无效：11');
  });

  it('selects respondents with Enter', async () => {
    const element = await drawn(html`<satisfaction-panel id="csi" scale="normalized"></satisfaction-panel>`);
    // The first panel is attitude on the 0–100 form: bars 25, 75, 90, 100.
    const bars = distributionBars(element);
    expect(bars[3].getAttribute('aria-label')).to.equal('服务态度 100 分：2 条');
    bars[3].focus();
    // A keydown on the focused mark: sendKeys would need the page focus, which parallel test files share.
    bars[3].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    // The respondents' keys come from a query of their own before the selection is published.
    await waitUntil(() => getFilterState().length > 0, 'no selection was published');
    await element.updateComplete;

    expect(getFilterState()).to.deep.equal([
      { source: 'csi', predicates: [{ field: 'customer_key', kind: 'point', values: ['C1', 'C2'] }], label: '服务态度为 100 分的客户' },
    ]);
    expect(distributionBars(element)[3].getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows the empty state', async () => {
    await createCanonicalTable('survey_scores', []);
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);

    expect(element.status).to.equal('empty');
    expect(text(element, '[part="status"]')).to.equal('当前筛选条件下没有数据。');
  });

  it('reports a bad attribute', async () => {
    const wrapper = mount(html``);
    const element = document.createElement('satisfaction-panel') as SatisfactionPanelElement;
    element.setAttribute('scale', 'stars');
    const failed = oneEvent(element, AnalysisErrorEvent.eventName);
    wrapper.append(element);
    const event = (await failed) as unknown as AnalysisErrorEvent;

    expect(element.status).to.equal('error');
    expect(event.message).to.contain('"scale"');
    expect(event.message).to.contain('"stars"');
  });

  it('passes the accessibility audit', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);

    await expect(element).to.be.accessible();
  });

  it('draws English labels', async () => {
    const element = await drawn(html`<satisfaction-panel locale="en-US" scale="normalized"></satisfaction-panel>`);

    expect(text(element, 'h2')).to.equal('Customer satisfaction and call-backs');
    expect(meanTable(element)[0]).to.deep.equal(['Staff attitude', '78', '5']);
    expect(text(element, '.response-rate .note')).to.equal('3 of 5 settled repair orders have a survey');
  });

  it('reads two loaded sources on their scales', async () => {
    // A 1–5 phone call-back export and a 0–100 questionnaire, mapped and cleaned by the real loader.
    const stars = `回访编号,回访日期,工单号,客户编号,回访方式,服务态度,总体评分,推荐意愿
HF1,2024-03-07,R1,C1,电话,5,4,9
HF2,2024-03-12,R2,C2,电话,3,2,5
`;
    const questionnaire = `回访编号,回访日期,工单号,客户编号,回访方式,服务态度,总体评分
Q1,2024-04-05,R3,C3,问卷,80,70
`;
    await loadTable(new Blob([stars], { type: 'text/csv' }), { table: 'surveys' });
    await loadTable(new Blob([questionnaire], { type: 'text/csv' }), { table: 'surveys', append: true, scales: { attitude: [0, 100], overall: [0, 100] } });
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);
    const own = meanTable(element);

    expect(own).to.deep.include(['服务态度（1–5 分）', '4', '2']);
    expect(own).to.deep.include(['服务态度（0–100 分）', '80', '1']);
    expect(text(element, '.nps .value')).to.equal('0');

    const toggle = shadow(element).querySelectorAll<HTMLButtonElement>('[part="scale"] button')[1];
    await redrawn(element, () => toggle.click());
    // Attitude on 0–100: (5 − 1) ÷ 4 × 100 = 100, (3 − 1) ÷ 4 × 100 = 50 and 80, mean 76.67.
    expect(meanTable(element)[0]).to.deep.equal(['服务态度', '76.67', '3']);
  });

  it('mean axis label clears the ticks', async () => {
    const element = await drawn(html`<satisfaction-panel></satisfaction-panel>`);

    const charts = [...shadow(element).querySelectorAll('.scale-group svg[part="chart"]')];
    expect(charts).to.have.length.greaterThan(0);
    for (const chart of charts) {
      const label = chart.querySelector('g[aria-label="x-axis label"] text')?.getBoundingClientRect();
      const ticks = [...chart.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((tick) => tick.getBoundingClientRect());
      if (!label || ticks.length === 0) throw new Error('the mean chart has no x-axis label or ticks');
      expect(label.top).to.be.at.least(Math.max(...ticks.map((tick) => tick.bottom)));
    }
  });

  it('matches the mean chart snapshot', async () => {
    const element = await drawn(html`<satisfaction-panel scale="normalized"></satisfaction-panel>`);
    const chart = shadow(element).querySelector('.scale-group svg[part="chart"]') as SVGSVGElement;

    await expectSnapshot('satisfaction-panel/means-normalized', normalizeSvg(chart));
  });
});

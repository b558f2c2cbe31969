import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Table } from 'apache-arrow';
import {
  DEFAULT_SPEND_TIERS,
  SEGMENT_FILTER_FIELDS,
  SEGMENT_KINDS,
  breakdownByModel,
  readSegmentBreakdown,
  readSegmentMembers,
  readSegmentMembership,
  readSegmentPeriod,
  segmentBreakdownQuery,
  segmentMembersQuery,
  segmentMembershipQuery,
  segmentPeriodQuery,
  summarizeSegments,
  type SegmentBreakdownRow,
  type SegmentKind,
  type SegmentMember,
  type SegmentRow,
  type SegmentSettings,
} from '../../analyses/segments.js';
import { labelPlotGroups, makeMarksInteractive } from '../../charts/interaction.js';
import { readTheme } from '../../charts/theme.js';
import { LatestQuery, type Query } from '../../engine/index.js';
import { getBatchingEngine } from '../../filters/coordinator.js';
import { compileFilters } from '../../filters/sql.js';
import type { FilterClause } from '../../filters/types.js';
import { formatCount, formatDate, formatMoney, formatPercent } from '../../format/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { AnalysisElement, checkMonthsAttribute, figureStyles, warnUnsupportedValue, type DefinitionEntry, type RenderContext } from '../base/index.js';
import { downloadText } from '../../export/index.js';
import { segmentBarChart } from './chart.js';
import { segmentLabel } from './labels.js';
import { memberCells, memberColumns, membersCsv } from './members.js';
import { customerSegmentsStyles } from './styles.js';

/** Figures of the segments of one kind, as drawn by `<customer-segments>`. */
export interface CustomerSegmentsResult {
  readonly kind: SegmentKind;
  readonly rows: readonly SegmentRow[];
  /** Segment id → sorted customer keys, for selecting a segment without another query. */
  readonly membership: ReadonlyMap<string, readonly string[]>;
  readonly breakdown: readonly SegmentBreakdownRow[];
  readonly asOf: string | null;
}

/** Maximum rows of the member list. The CSV export contains the same rows. */
const MEMBER_LIMIT = 5000;
/** Breakdown values shown as columns; the rest are summed under "other". */
const BREAKDOWN_COLUMNS = 6;

/** The definitions panel, with the period (also the RFM window) in use. */
function definitionEntries(periodMonths: number): readonly DefinitionEntry[] {
  const params = { months: periodMonths };
  return [
    { term: 'customerSegments.definition.period', definition: 'customerSegments.definition.periodText', params },
    { term: 'customerSegments.definition.lifecycle', definition: 'customerSegments.definition.lifecycleText' },
    { term: 'customerSegments.definition.tiers', definition: 'customerSegments.definition.tiersText' },
    { term: 'customerSegments.definition.rfm', definition: 'customerSegments.definition.rfmText', params },
    { term: 'customerSegments.definition.revenue', definition: 'customerSegments.definition.revenueText' },
  ];
}

/**
 * Customer segments (客户分群): RFM (重要价值客户 …), new / returning / potential customers,
 * visit-frequency tiers or spend tiers, with customers, customer-paid revenue and share, and a
 * breakdown by car model or service type. Clicking a bar or a segment name (or Enter/Space on it)
 * filters the other widgets of the group to the segment's customers (a `customer_key` point
 * predicate). Clicking it again clears the selection. "Customer list" opens the segment's members
 * with personal data masked and exports them as CSV for a call-back campaign.
 *
 * @summary Customer segments with RFM scoring and a masked call-back list.
 * @csspart chart - the bar chart
 * @csspart table - the segment table and the breakdown table
 * @csspart kind - the segmentation switch
 * @csspart members - the member list panel
 */
export class CustomerSegmentsElement extends AnalysisElement<CustomerSegmentsResult> {
  static override styles = [...AnalysisElement.styles, figureStyles, customerSegmentsStyles];

  /** Segmentation: `rfm` (default), `lifecycle`, `frequency` or `spend`. */
  @property({ reflect: true }) kind: SegmentKind = 'rfm';

  /** As-of date 'YYYY-MM-DD'; default the latest settled order date after filters. */
  @property({ attribute: 'as-of' }) asOf: string | null = null;

  /** Months in the period that ends on the as-of date. */
  @property({ attribute: 'period-months', type: Number }) periodMonths = 12;

  /** RFM scoring: `quintile` (default) or `bins` (fixed thresholds). */
  @property() scoring: 'quintile' | 'bins' = 'quintile';

  /** Breakdown dimension: `model` (default) or `service_type`. */
  @property() breakdown: 'model' | 'service_type' = 'model';

  /** The embedding page's opt-in to show names, phones, plates and VINs unmasked (also in the CSV). */
  @property({ type: Boolean, reflect: true }) unmasked = false;

  /** With `scoring="bins"`: upper bounds of recency days for R scores 5, 4, 3, 2, e.g. "30,90,180,270". */
  @property({ attribute: 'recency-bins' }) recencyBins: string | null = null;

  /** With `scoring="bins"`: lower bounds of visits for F scores 2, 3, 4, 5, e.g. "2,3,4,6". */
  @property({ attribute: 'frequency-bins' }) frequencyBins: string | null = null;

  /** With `scoring="bins"`: lower bounds of customer-paid spend in yuan for M scores 2, 3, 4, 5. */
  @property({ attribute: 'monetary-bins' }) monetaryBins: string | null = null;

  /** Lower bounds in yuan of the four spend tiers above "none", e.g. "0.01,1000,3000,8000". */
  @property({ attribute: 'spend-tiers' }) spendTiers: string | null = null;

  protected readonly requiredTables = ['orders'];
  protected readonly filterFields = SEGMENT_FILTER_FIELDS;

  @state() private drillSegment: string | undefined;
  @state() private members: readonly SegmentMember[] | undefined;
  // Batched with the widgets' own queries, so a filter change with the list open is still one round trip.
  private readonly membersQuery = new LatestQuery(getBatchingEngine);
  private membersKey = '';

  /** The segmentation in use; an unknown `kind` falls back to RFM. */
  get activeKind(): SegmentKind {
    return SEGMENT_KINDS.includes(this.kind) ? this.kind : 'rfm';
  }

  private get settings(): SegmentSettings {
    return {
      asOf: this.asOf || undefined,
      periodMonths: checkMonthsAttribute(this.localName, 'period-months', this.periodMonths, this.getAttribute('period-months')),
      scoring: this.scoring,
      recencyBins: parseBounds(this.recencyBins, 'recency-bins'),
      frequencyBins: parseBounds(this.frequencyBins, 'frequency-bins'),
      monetaryBins: parseBounds(this.monetaryBins, 'monetary-bins'),
      spendTiers: parseBounds(this.spendTiers, 'spend-tiers') ?? DEFAULT_SPEND_TIERS,
    };
  }

  private get activeSpendTiers(): readonly number[] {
    try {
      return parseBounds(this.spendTiers, 'spend-tiers') ?? DEFAULT_SPEND_TIERS;
    } catch {
      return DEFAULT_SPEND_TIERS;
    }
  }

  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    const condition = compileFilters(filters, { ...SEGMENT_FILTER_FIELDS });
    const kind = this.activeKind;
    // The membership query yields the figures, the model breakdown and the selection at once. Only the
    // service-type breakdown needs its own query, because one customer counts under several types.
    const queries = [segmentMembershipQuery(kind, condition, this.settings), segmentPeriodQuery(condition, this.settings)];
    if (this.breakdown === 'service_type') queries.push(segmentBreakdownQuery(kind, 'service_type', condition, this.settings));
    return queries;
  }

  protected readResult(tables: readonly Table[]): CustomerSegmentsResult {
    const kind = this.activeKind;
    const members = readSegmentMembership(tables[0]);
    const membership = new Map<string, string[]>();
    for (const member of members) {
      const keys = membership.get(member.segment) ?? [];
      keys.push(member.customerKey);
      membership.set(member.segment, keys);
    }
    return {
      kind,
      rows: summarizeSegments(kind, members),
      membership,
      breakdown: tables.length > 2 ? readSegmentBreakdown(tables[2]) : breakdownByModel(members),
      asOf: readSegmentPeriod(tables[1]).asOf,
    };
  }

  protected isEmptyResult(result: CustomerSegmentsResult): boolean {
    return result.rows.length === 0;
  }

  protected heading(locale: Locale): string {
    return t('customerSegments.heading', {}, locale);
  }

  protected definitions(): readonly DefinitionEntry[] {
    return definitionEntries(this.periodMonths);
  }

  protected override renderDependencies(): readonly unknown[] {
    return [this.breakdown, this.drillSegment, this.members, this.unmasked];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') && !SEGMENT_KINDS.includes(this.kind)) {
      warnUnsupportedValue(this.localName, 'kind', String(this.kind), SEGMENT_KINDS, 'rfm');
    }
    if (changed.has('kind')) this.closeMembers();
    if (this.drillSegment !== undefined && this.isConnected) this.loadMembers(this.drillSegment);
  }

  // The member list follows the same filters and settings as the figures. It is fetched only while
  // the panel is open, through its own latest-wins slot.
  private loadMembers(segment: string): void {
    let query: Query;
    try {
      const condition = compileFilters(this.appliedFilters, { ...SEGMENT_FILTER_FIELDS });
      query = segmentMembersQuery(this.activeKind, segment, condition, this.settings, MEMBER_LIMIT);
    } catch (error) {
      this.fail(error);
      return;
    }
    const key = JSON.stringify(query);
    if (key === this.membersKey) return;
    this.membersKey = key;
    this.members = undefined;
    this.membersQuery.run([query]).then(
      (tables) => {
        if (tables !== null) this.members = readSegmentMembers(tables[0]);
      },
      (error: unknown) => this.fail(error),
    );
  }

  protected override renderActions(locale: Locale): TemplateResult {
    const kind = this.activeKind;
    return html`
      <div part="kind" class="switch" role="group" aria-label=${t('customerSegments.kind.label', {}, locale)}>
        ${SEGMENT_KINDS.map(
          (option) => html`<button type="button" data-kind=${option} aria-pressed=${option === kind ? 'true' : 'false'} @click=${() => (this.kind = option)}>
            ${t(`customerSegments.kind.${option}`, {}, locale)}
          </button>`,
        )}
      </div>
    `;
  }

  protected renderResult(result: CustomerSegmentsResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const labels = result.rows.map((row) => segmentLabel(row.segment, locale, this.activeSpendTiers));
    const selected = this.selectedIndex(result, context.selection);

    const chart = segmentBarChart(result.rows, labels, selected, { locale, width, theme: readTheme(this) });
    chart.setAttribute('part', 'chart');
    labelPlotGroups(chart);
    makeMarksInteractive(chart, 'g[aria-label="bar"] rect', {
      label: (i) =>
        t('customerSegments.markLabel', { segment: labels[i], customers: formatCount(result.rows[i].customers, locale), share: formatPercent(result.rows[i].share, locale) }, locale),
      selected: (i) => i === selected,
      activate: (i) => this.toggleSegment(result, i, labels[i]),
    });

    return html`
      <figure class="chart">
        <figcaption>${t('customerSegments.chart', {}, locale)}</figcaption>
        ${chart}
      </figure>
      ${this.renderTable(result, labels, selected, locale)} ${this.renderBreakdown(result, labels, locale)} ${this.renderMembers(locale)}
    `;
  }

  private renderTable(result: CustomerSegmentsResult, labels: readonly string[], selected: number | undefined, locale: Locale): TemplateResult {
    const caption = t('customerSegments.tableCaption', { asOf: formatDate(result.asOf, locale), months: this.periodMonths }, locale);
    return html`
      <div class="table-wrap" tabindex="0">
        <table part="table" class="segments">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t('customerSegments.column.segment', {}, locale)}</th>
              <th scope="col">${t('customerSegments.column.customers', {}, locale)}</th>
              <th scope="col">${t('customerSegments.column.share', {}, locale)}</th>
              <th scope="col">${t('customerSegments.column.revenue', {}, locale)}</th>
              <th scope="col">${t('customerSegments.column.actions', {}, locale)}</th>
            </tr>
          </thead>
          <tbody>
            ${result.rows.map(
              (row, i) => html`<tr class=${i === selected ? 'selected' : ''} data-segment=${row.segment}>
                <th scope="row">
                  <button
                    type="button"
                    class="segment-select"
                    aria-pressed=${i === selected ? 'true' : 'false'}
                    title=${t('customerSegments.selectSegment', { segment: labels[i] }, locale)}
                    @click=${() => this.toggleSegment(result, i, labels[i])}
                  >
                    ${labels[i]}
                  </button>
                </th>
                <td>${formatCount(row.customers, locale)}</td>
                <td>${formatPercent(row.share, locale)}</td>
                <td>${formatMoney(row.revenue, locale)}</td>
                <td>
                  <button type="button" class="members-open" aria-expanded=${this.drillSegment === row.segment ? 'true' : 'false'} @click=${() => this.openMembers(row.segment)}>
                    ${t('customerSegments.members.open', {}, locale)}
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderBreakdown(result: CustomerSegmentsResult, labels: readonly string[], locale: Locale): TemplateResult | typeof nothing {
    if (result.breakdown.length === 0) return nothing;
    const totals = new Map<string | null, number>();
    for (const row of result.breakdown) totals.set(row.value, (totals.get(row.value) ?? 0) + row.customers);
    const columns = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, BREAKDOWN_COLUMNS).map(([value]) => value);
    const hasOther = totals.size > columns.length;
    const blank = t('common.value.blank', {}, locale);
    const cell = (segment: string, value: string | null) => result.breakdown.find((row) => row.segment === segment && row.value === value)?.customers ?? 0;
    const other = (segment: string) =>
      result.breakdown.filter((row) => row.segment === segment && !columns.includes(row.value)).reduce((sum, row) => sum + row.customers, 0);
    const dimension = t(this.breakdown === 'service_type' ? 'customerSegments.breakdown.service_type' : 'customerSegments.breakdown.model', {}, locale);

    return html`
      <div class="table-wrap" tabindex="0">
        <table part="table" class="breakdown">
          <caption>${t('customerSegments.breakdown.caption', { dimension }, locale)}</caption>
          <thead>
            <tr>
              <th scope="col">${t('customerSegments.column.segment', {}, locale)}</th>
              ${columns.map((value) => html`<th scope="col">${value ?? blank}</th>`)}
              ${hasOther ? html`<th scope="col">${t('customerSegments.breakdown.other', {}, locale)}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${result.rows.map(
              (row, i) => html`<tr>
                <th scope="row">${labels[i]}</th>
                ${columns.map((value) => html`<td>${formatCount(cell(row.segment, value), locale)}</td>`)}
                ${hasOther ? html`<td>${formatCount(other(row.segment), locale)}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderMembers(locale: Locale): TemplateResult | typeof nothing {
    const segment = this.drillSegment;
    if (segment === undefined) return nothing;
    const label = segmentLabel(segment, locale, this.activeSpendTiers);
    const members = this.members;
    return html`
      <section part="members" class="members" aria-label=${label}>
        <h3>${t('customerSegments.members.title', { segment: label, count: members ? formatCount(members.length, locale) : '…' }, locale)}</h3>
        <p class="note">${t(this.unmasked ? 'customerSegments.members.unmasked' : 'customerSegments.members.masked', {}, locale)}</p>
        ${members && members.length >= MEMBER_LIMIT ? html`<p class="note">${t('customerSegments.members.truncated', { limit: MEMBER_LIMIT }, locale)}</p>` : nothing}
        <div class="toolbar-row">
          <button type="button" class="members-export" ?disabled=${!members || members.length === 0} @click=${() => this.exportMembers(label, locale)}>
            ${t('customerSegments.members.export', {}, locale)}
          </button>
          <button type="button" class="members-close" @click=${this.closeMembers}>${t('customerSegments.members.close', {}, locale)}</button>
        </div>
        ${members ? this.renderMemberTable(members, locale) : html`<p class="note">${t('customerSegments.members.loading', {}, locale)}</p>`}
      </section>
    `;
  }

  private renderMemberTable(members: readonly SegmentMember[], locale: Locale): TemplateResult {
    return html`
      <div class="table-wrap" tabindex="0">
        <table class="member-list">
          <thead>
            <tr>
              ${memberColumns(locale).map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${members.map((member) => html`<tr>${memberCells(member, locale, this.unmasked).map((cell) => html`<td>${cell ?? ''}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }

  /** CSV text of the open member list, masked unless the page set `unmasked`; '' when no list is open. */
  memberListCsv(): string {
    if (!this.members) return '';
    return membersCsv(this.members, this.activeLocale, this.unmasked);
  }

  private exportMembers(label: string, locale: Locale): void {
    const csv = this.memberListCsv();
    if (csv === '') return;
    const date = new Date().toISOString().slice(0, 10);
    downloadText(csv, t('customerSegments.members.fileName', { segment: label, date }, locale));
  }

  private openMembers(segment: string): void {
    if (this.drillSegment === segment) {
      this.closeMembers();
      return;
    }
    this.drillSegment = segment;
    this.members = undefined;
    this.membersKey = '';
  }

  private closeMembers = (): void => {
    this.drillSegment = undefined;
    this.members = undefined;
    this.membersKey = '';
    this.membersQuery.cancel();
  };

  // The own selection is a customer_key point predicate; the segment whose members equal its values is highlighted.
  private selectedIndex(result: CustomerSegmentsResult, selection: FilterClause | undefined): number | undefined {
    const predicate = selection?.predicates.find((candidate) => candidate.field === 'customer_key');
    if (!predicate || predicate.kind !== 'point') return undefined;
    const values = new Set(predicate.values.map(String));
    const index = result.rows.findIndex((row) => {
      const keys = result.membership.get(row.segment) ?? [];
      return keys.length === values.size && keys.every((key) => values.has(key));
    });
    return index >= 0 ? index : undefined;
  }

  private toggleSegment(result: CustomerSegmentsResult, index: number, label: string): void {
    if (this.selectedIndex(result, this.filters.own) === index) {
      this.select(null);
      return;
    }
    const keys = result.membership.get(result.rows[index].segment) ?? [];
    this.select({
      predicates: [{ field: 'customer_key', kind: 'point', values: keys }],
      label: t('customerSegments.selectionLabel', { segment: label, customers: formatCount(keys.length, this.activeLocale) }, this.activeLocale),
    });
  }
}

/**
 * Parses four comma-separated numbers of a bins attribute; undefined when it is absent. Throws
 * a RangeError naming the attribute for anything else, which the widget shows as its error.
 */
function parseBounds(value: string | null, attribute: string): [number, number, number, number] | undefined {
  if (value === null || value.trim() === '') return undefined;
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.length !== 4 || numbers.some((number) => !Number.isFinite(number))) {
    throw new RangeError(`<customer-segments> ${attribute} must be four comma-separated numbers, got "${value}".`);
  }
  return [numbers[0], numbers[1], numbers[2], numbers[3]];
}

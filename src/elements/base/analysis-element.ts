import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Table } from 'apache-arrow';
import { DATA_CHANGE_EVENT, isTableLoaded, tableVersion, type DataChangeEvent } from '../../data/state.js';
import { EngineError, LatestQuery, type Query } from '../../engine/index.js';
import { getBatchingEngine } from '../../filters/coordinator.js';
import { notApplicableMessage } from '../../filters/not-applicable.js';
import type { FilterClause } from '../../filters/types.js';
import { getLocale, parseLocale, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { logger } from '../../logger.js';
import { warnUnsupportedValue } from './attributes.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from './events.js';
import { createFilterLink, type FilterLink } from './filter-link.js';
import { describeClause, describePredicate } from './filter-labels.js';
import { analysisElementStyles } from './styles.js';

/**
 * Lifecycle state of a widget, reflected as the `status` attribute and as a custom state
 * (`:host(:state(loading))`):
 * `waiting` for its tables to be loaded, `loading` while its queries run, `ready` when drawn,
 * `empty` when the query returned no rows, `error` when it cannot show the analysis.
 */
export type AnalysisStatus = 'waiting' | 'loading' | 'ready' | 'empty' | 'error';

/** Arguments a subclass receives when it draws its result. */
export interface RenderContext {
  readonly locale: Locale;
  /** Inner width of the widget in CSS pixels; charts are drawn at this width. */
  readonly width: number;
  /** The widget's own cross-filter selection, to highlight. */
  readonly selection: FilterClause | undefined;
}

/**
 * One entry of the definitions panel: a KPI name and how it is computed, both catalog keys. `params`
 * fill the placeholders of both messages with the settings in use (e.g. `{ window: 6 }`).
 */
export interface DefinitionEntry {
  readonly term: MessageKey;
  readonly definition: MessageKey;
  readonly params?: MessageParams;
}

const ENGINE_MESSAGE_KEYS: Record<EngineError['code'], MessageKey> = {
  'wasm-load-failed': 'engine.wasmLoadFailed',
  'worker-crashed': 'engine.workerCrashed',
  'query-failed': 'engine.queryFailed',
  superseded: 'engine.superseded',
  closed: 'engine.closed',
};

/** Width used before the first resize observation, and when the widget is not laid out. */
const FALLBACK_WIDTH = 640;

let nextSourceNumber = 1;

/**
 * Base class of every analysis widget. It waits until the canonical tables the widget reads are loaded,
 * builds the subclass's SQL for the active cross-filters, runs it on the page's shared engine (the
 * latest request wins), and hands the Arrow results back for drawing. It owns the frame around the
 * chart: heading, filter bar with a "clear filters" action, the definitions panel, and the waiting,
 * loading, empty and error states. Nothing thrown by a subclass hook escapes a lifecycle method: it
 * becomes an `analysis-error` event and a visible, translated message.
 *
 * A subclass implements:
 * - `requiredTables`: canonical tables the queries read (e.g. `['orders']`);
 * - `filterFields`: filter field → trusted SQL expression, for the fields the widget can apply;
 * - `buildQueries(filters)`: the `Query[]` of its analysis module for the clauses of other widgets.
 *   The base runs them again whenever their SQL or parameters change or a required table is reloaded;
 * - `readResult(tables)`: typed rows from the Arrow tables (one per query, in order);
 * - `isEmptyResult(result)`: true when there is nothing to draw;
 * - `heading(locale)` and `definitions()`: the title and the KPI definitions shown one click away;
 * - `renderResult(result, context)`: the charts, legend and table; it runs again when the result, the
 *   width, the locale, the own selection or one of `renderDependencies()` changes, and only then.
 * A subclass calls `this.select(...)` on a user's click or key press to publish its selection, and
 * `this.focusAfterRedraw(selector)` to keep keyboard focus on the mark or row after the redraw.
 *
 * @fires ready - `AnalysisReadyEvent` after the latest result is drawn (`status` is ready or empty)
 * @fires analysis-error - `AnalysisErrorEvent` when the widget cannot show its analysis
 * @csspart toolbar - the heading row with the action buttons
 * @csspart status - the waiting, loading, empty or error message
 * @csspart filters - the filters that apply, the own selection, the filters that do not apply (with
 *   their fields), and the clear action
 * @csspart definitions - the definitions panel
 * @csspart body - the container of the charts and tables
 * @csspart chart - each chart (set by subclasses)
 * @csspart legend - each legend (set by subclasses)
 * @csspart tooltip - chart tooltips (set by subclasses)
 * @cssproperty --aw-font-family - font stack; the default lists common Chinese fonts first
 * @cssproperty --aw-font-size - base font size
 * @cssproperty --aw-color-text - text colour
 * @cssproperty --aw-color-muted - secondary text colour
 * @cssproperty --aw-color-background - widget background
 * @cssproperty --aw-color-surface - background of buttons, chips and panels
 * @cssproperty --aw-color-border - border colour
 * @cssproperty --aw-color-accent - focus ring and accent colour
 * @cssproperty --aw-color-selected - colour of a selected mark
 * @cssproperty --aw-color-error - colour of the error message
 * @cssproperty --aw-series-1 - first series colour (up to --aw-series-10)
 * @cssproperty --aw-radius - corner radius
 * @cssproperty --aw-space - padding of the widget
 */
export abstract class AnalysisElement<R> extends LitElement {
  static override styles = analysisElementStyles;

  /** Language of the widget: `zh-CN` or `en-US`. Without it, the page-wide locale (`setLocale`) applies. */
  @property({ reflect: true }) locale: string | null = null;

  /** Cross-filter group: widgets of the same group filter each other. */
  @property({ reflect: true }) group = 'default';

  /** Canonical tables the widget's queries read. */
  protected abstract readonly requiredTables: readonly string[];

  /** Filter field name → trusted SQL expression, for the fields this widget applies. */
  protected abstract readonly filterFields: Readonly<Record<string, string>>;

  /** Builds the analysis queries for the clauses of the other widgets in the group. */
  protected abstract buildQueries(filters: readonly FilterClause[]): readonly Query[];

  /** Converts the Arrow tables (one per query) into the result the widget draws. */
  protected abstract readResult(tables: readonly Table[]): R;

  /** Tells whether `result` has nothing to draw. */
  protected abstract isEmptyResult(result: R): boolean;

  /** Title of the widget. */
  protected abstract heading(locale: Locale): string;

  /** KPI definitions shown in the definitions panel. */
  protected abstract definitions(): readonly DefinitionEntry[];

  /** Draws `result`: charts, legend, table. */
  protected abstract renderResult(result: R, context: RenderContext): TemplateResult;

  /** The link to the cross-filter group. */
  protected readonly filters: FilterLink;

  /**
   * The element's internals, attached by this class (a second `attachInternals()` call would throw),
   * so subclasses use this one. Undefined where the browser refused to attach them.
   */
  protected readonly internals: ElementInternals | undefined;

  @state() private currentStatus: AnalysisStatus = 'waiting';
  @state() private result: R | undefined;
  /** The failure being shown, described in the current locale on every render. */
  @state() private failure: unknown;
  @state() private width = 0;
  @state() private definitionsOpen = false;

  // The page's batching engine sends the queries every widget issues in one task (e.g. after a click)
  // to the worker as one round trip.
  private readonly latest = new LatestQuery(getBatchingEngine);
  private readonly autoSource = `${this.localName}-${nextSourceNumber++}`;
  private resizeObserver: ResizeObserver | undefined;
  /** Animation frame that applies the latest observed width, while one is pending. */
  private resizeFrame: number | undefined;
  private observedWidth = 0;
  private requestKey = '';
  private readyPending = false;
  /** Selector of the element to focus after the next render, set by `focusAfterRedraw`. */
  private pendingFocus: string | undefined;

  constructor() {
    super();
    this.filters = createFilterLink(this, { source: () => this.filterSource, group: () => this.group });
    try {
      this.internals = this.attachInternals();
    } catch {
      // attachInternals is missing or refused (e.g. a host extended the class oddly); states then
      // only appear as the `status` attribute.
      this.internals = undefined;
    }
  }

  /** Current lifecycle state; also reflected as the `status` attribute. */
  get status(): AnalysisStatus {
    return this.currentStatus;
  }

  /** The locale the widget renders in. */
  get activeLocale(): Locale {
    return parseLocale(this.locale) ?? getLocale();
  }

  /** Id of this widget as a cross-filter source: its `id` attribute, else a generated one. */
  get filterSource(): string {
    return this.id || this.autoSource;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(DATA_CHANGE_EVENT, this.onDataChange);
    // A widget moved in the DOM was disconnected, which cancelled its query: run it again.
    this.requestUpdate();
    this.resizeObserver = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.scheduleResize(entry.contentRect.width);
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(DATA_CHANGE_EVENT, this.onDataChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    if (this.resizeFrame !== undefined) cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = undefined;
    this.latest.cancel();
    this.requestKey = '';
  }

  /** Runs the queries again even when nothing changed (e.g. after the host replaced the engine). */
  refresh(): void {
    this.requestKey = '';
    this.requestUpdate();
  }

  /** Publishes the widget's selection to its group; call on user action only. `null` clears it. */
  protected select(clause: { predicates: FilterClause['predicates']; label?: string } | null): void {
    this.filters.select(clause);
  }

  /** Clauses of other widgets that this widget applies: those with a predicate on one of its fields. */
  protected get appliedFilters(): readonly FilterClause[] {
    const fields = this.filterFields;
    // Object.hasOwn, not `in`: a field named like an inherited member (`constructor`) is not one of ours.
    const applies = (field: string) => Object.hasOwn(fields, field);
    return this.filters.others.filter((clause) => clause.predicates.some((predicate) => applies(predicate.field)));
  }

  // Queries are rebuilt on every update, because filter changes arrive as plain requestUpdate()
  // calls from the filter link. They run again only when their text, their parameters or the
  // versions of the tables they read changed.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('locale') && this.locale && !parseLocale(this.locale)) {
      warnUnsupportedValue(this.localName, 'locale', this.locale, ['zh-CN', 'en-US'], getLocale());
    }
    if (!this.isConnected) return;

    if (!this.requiredTables.every((table) => isTableLoaded(table))) {
      this.latest.cancel();
      this.requestKey = '';
      this.result = undefined;
      this.setStatus('waiting');
      return;
    }

    let queries: readonly Query[];
    try {
      queries = this.buildQueries(this.appliedFilters);
    } catch (error) {
      // Report a failing builder once, not on every later update (e.g. opening the definitions).
      const failureKey = `failed: ${error instanceof Error ? error.message : String(error)}`;
      if (failureKey === this.requestKey) return;
      this.latest.cancel();
      this.requestKey = failureKey;
      this.fail(error);
      return;
    }

    const versions = this.requiredTables.map((table) => tableVersion(table));
    const key = JSON.stringify([versions, queries]);
    if (key === this.requestKey) return;
    this.requestKey = key;
    void this.runQueries(queries);
  }

  private async runQueries(queries: readonly Query[]): Promise<void> {
    this.setStatus('loading');
    let tables: Table[] | null;
    try {
      tables = await this.latest.run(queries);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (tables === null) return; // a newer request replaced this one

    try {
      const result = this.readResult(tables);
      this.result = result;
      this.failure = undefined;
      this.readyPending = true;
      this.setStatus(this.isEmptyResult(result) ? 'empty' : 'ready');
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Focuses the element matching `selector` in the shadow root after the next render, so a keyboard
   * user who selected a mark or row keeps their place when the chart is redrawn.
   */
  protected focusAfterRedraw(selector: string): void {
    this.pendingFocus = selector;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const target = this.shadowRoot?.querySelector<HTMLElement | SVGElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      target?.focus();
    }
    if (this.readyPending && (this.currentStatus === 'ready' || this.currentStatus === 'empty')) {
      this.readyPending = false;
      this.dispatchEvent(new AnalysisReadyEvent(this.currentStatus));
    }
  }

  private setStatus(status: AnalysisStatus): void {
    if (this.currentStatus !== status) {
      this.internals?.states?.delete(this.currentStatus);
      this.currentStatus = status;
    }
    this.setAttribute('status', status);
    try {
      this.internals?.states?.add(status);
    } catch {
      // Older engines reject state names without the legacy `--` prefix; the attribute still works.
    }
  }

  /** Shows `error` as a translated message and fires `analysis-error`. Never throws. */
  protected fail(error: unknown): void {
    const message = this.describeError(error, this.activeLocale);
    logger.error(`<${this.localName}> cannot show its analysis: ${message}`, error);
    this.failure = error;
    this.result = undefined;
    this.readyPending = false;
    this.setStatus('error');
    this.dispatchEvent(new AnalysisErrorEvent(error, message));
  }

  private describeError(error: unknown, locale: Locale): string {
    if (error instanceof EngineError) {
      return t(ENGINE_MESSAGE_KEYS[error.code], { detail: error.detail, url: '' }, locale);
    }
    const reason = error instanceof Error && error.message ? error.message : t('common.status.failedUnknown', {}, locale);
    return t('common.status.error', { message: reason }, locale);
  }

  private onDataChange = (event: DataChangeEvent): void => {
    if (event.tables.some((table) => this.requiredTables.includes(table))) this.requestUpdate();
  };

  /**
   * Takes a content width from the resize observer and applies the latest one in the next animation
   * frame. A redraw inside the observer callback can change the widget's size again before the
   * observer's loop ends (a tall widget gains or loses the page scrollbar), which the browser reports
   * as the page error "ResizeObserver loop completed with undelivered notifications".
   */
  protected scheduleResize(contentWidth: number): void {
    this.observedWidth = contentWidth;
    if (this.resizeFrame !== undefined) return;
    this.resizeFrame = requestAnimationFrame(() => {
      this.resizeFrame = undefined;
      this.handleResize(this.observedWidth);
    });
  }

  /** Takes the new content width (CSS pixels) and redraws when it changed by a whole pixel. */
  protected handleResize(contentWidth: number): void {
    const width = Math.floor(contentWidth);
    // Redraw only on a whole-pixel change; sub-pixel jitter would otherwise redraw in a loop.
    if (width > 0 && width !== this.width) this.width = width;
  }

  override render(): TemplateResult {
    const locale = this.activeLocale;
    return html`
      <div part="toolbar" class="toolbar">
        <h2 class="heading" id="heading">${this.heading(locale)}</h2>
        <div class="actions">
          ${this.renderActions(locale)}
          <button
            type="button"
            part="definitions-button"
            aria-expanded=${this.definitionsOpen ? 'true' : 'false'}
            aria-controls="definitions"
            @click=${this.toggleDefinitions}
          >
            ${t('common.definitions.button', {}, locale)}
          </button>
        </div>
      </div>
      ${this.renderFilterBar(locale)} ${this.renderDefinitions(locale)}
      <p part="status" class="status" role=${this.currentStatus === 'error' ? 'alert' : 'status'} aria-live="polite">
        ${this.statusMessage(locale)}
      </p>
      <div part="body" class="body" aria-busy=${this.currentStatus === 'loading' ? 'true' : 'false'}>${this.renderBody(locale)}</div>
    `;
  }

  /**
   * Values besides the result, width, locale and own selection that change the drawing (e.g. a
   * `measure` attribute); `renderResult` runs again when one of them changes.
   */
  protected renderDependencies(): readonly unknown[] {
    return [];
  }

  /** Extra toolbar buttons of a subclass, placed before the definitions button. */
  protected renderActions(_locale: Locale): TemplateResult | typeof nothing {
    return nothing;
  }

  private renderBody(locale: Locale): unknown {
    const result = this.result;
    // The previous result stays visible (dimmed) while a new query runs, so a click does not make the
    // chart flicker or lose keyboard focus.
    if (result === undefined || this.currentStatus === 'error' || this.currentStatus === 'waiting') return nothing;
    if (this.isEmptyResult(result)) return nothing;

    const width = this.width || this.measureContentWidth() || FALLBACK_WIDTH;
    const selection = this.filters.own;
    return guard([result, width, locale, JSON.stringify(selection ?? null), ...this.renderDependencies()], () => {
      try {
        return this.renderResult(result, { locale, width, selection });
      } catch (error) {
        queueMicrotask(() => this.fail(error));
        return nothing;
      }
    });
  }

  // Before the first resize observation, the content width is read from layout directly.
  private measureContentWidth(): number {
    const style = getComputedStyle(this);
    const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    return Math.max(0, Math.floor(this.clientWidth - padding));
  }

  private statusMessage(locale: Locale): string {
    switch (this.currentStatus) {
      case 'waiting':
        return t('common.status.waiting', {}, locale);
      case 'loading':
        return t('common.status.loading', {}, locale);
      case 'empty':
        return t('common.status.empty', {}, locale);
      case 'error':
        return this.describeError(this.failure, locale);
      default:
        return '';
    }
  }

  private renderFilterBar(locale: Locale): TemplateResult | typeof nothing {
    const applied = this.appliedFilters;
    const own = this.filters.own;
    const notApplicable = notApplicableMessage(this.filters.others, this.filterFields, describePredicate, locale);
    if (applied.length === 0 && !own && !notApplicable) return nothing;
    // The own selection filters the other widgets, not this one, so it is listed apart.
    return html`
      <div part="filters" class="filters">
        ${applied.length > 0
          ? html`<span>${t('common.filters.applied', {}, locale)}</span>
              <ul>
                ${applied.map((clause) => html`<li>${describeClause(clause, locale)}</li>`)}
              </ul>`
          : nothing}
        ${own
          ? html`<span>${t('common.filters.own', {}, locale)}</span>
              <ul>
                <li class="own">${describeClause(own, locale)}</li>
              </ul>`
          : nothing}
        ${notApplicable ? html`<span class="not-applicable">${notApplicable}</span>` : nothing}
        <button type="button" aria-label=${t('common.filters.clearLabel', {}, locale)} @click=${this.clearFilters}>
          ${t('common.filters.clear', {}, locale)}
        </button>
      </div>
    `;
  }

  private renderDefinitions(locale: Locale): TemplateResult {
    return html`
      <section id="definitions" part="definitions" class="definitions" ?hidden=${!this.definitionsOpen} aria-labelledby="definitions-title">
        <h3 id="definitions-title">${t('common.definitions.title', {}, locale)}</h3>
        <dl>
          ${this.definitions().map(
            (entry) => html`<dt>${t(entry.term, entry.params, locale)}</dt>
              <dd>${t(entry.definition, entry.params, locale)}</dd>`,
          )}
        </dl>
      </section>
    `;
  }

  private toggleDefinitions = (): void => {
    this.definitionsOpen = !this.definitionsOpen;
  };

  private clearFilters = (): void => {
    this.filters.clearAll();
  };
}

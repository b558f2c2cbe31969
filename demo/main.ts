// The demo page: registers the tags, points the loaders at the sample data (or at the files named in
// the query string), and switches the language of every widget at once.
import '../src/define.js';
import { clearFilters, getAllFilterState } from '../src/filters/index.js';
import { parseLocale, setLocale, t, type Locale, type MessageKey } from '../src/i18n/index.js';
import { enableLogging } from '../src/logger.js';

const params = new URLSearchParams(location.search);

// ?debug shows the library's warnings and errors in the console.
if (params.has('debug')) enableLogging('debug');

/** Sets each loader's file: `?orders=URL` replaces the sample file, `?orders=none` skips the table. */
function startLoaders(): void {
  for (const loader of document.querySelectorAll<HTMLElement>('aftersales-data[data-default-src]')) {
    const table = loader.getAttribute('table') ?? 'orders';
    const requested = params.get(table);
    if (requested === 'none') {
      loader.closest('figure')?.setAttribute('hidden', '');
      continue;
    }
    loader.setAttribute('src', requested ?? loader.dataset.defaultSrc ?? '');
  }
}

/** Applies `locale` to the page text and to every element that has a `locale` attribute of its own. */
function applyLocale(locale: Locale): void {
  setLocale(locale);
  document.documentElement.lang = locale;
  document.title = t('demo.title', {}, locale);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n as MessageKey, {}, locale);
  }
  for (const element of document.querySelectorAll('aftersales-data, data-quality-report, service-mix, main [locale], .widgets > *')) {
    element.setAttribute('locale', locale);
  }
}

const languageSelect = document.querySelector<HTMLSelectElement>('#language');
const initialLocale = parseLocale(params.get('lang')) ?? 'zh-CN';
if (languageSelect) {
  languageSelect.value = initialLocale;
  languageSelect.addEventListener('change', () => {
    const locale = parseLocale(languageSelect.value) ?? 'zh-CN';
    applyLocale(locale);
    const url = new URL(location.href);
    url.searchParams.set('lang', locale);
    history.replaceState(null, '', url);
  });
}
/** Drops the selections of every filter group on the page, not only of the group "default". */
function clearAllFilters(): void {
  for (const group of Object.keys(getAllFilterState())) clearFilters(group);
}

document.querySelector('#clear-filters')?.addEventListener('click', clearAllFilters);

applyLocale(initialLocale);
startLoaders();

import { DEFAULT_SPEND_TIERS } from '../../analyses/segments.js';
import { formatCount } from '../../format/index.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';

/** Display name of segment `id`; spend tiers name their bounds in yuan. */
export function segmentLabel(id: string, locale: Locale, tiers: readonly number[] = DEFAULT_SPEND_TIERS): string {
  const key = `customerSegments.segment.${id}` as MessageKey;
  const yuan = (value: number) => formatCount(value, locale);
  switch (id) {
    case 'spendLow':
      return t(key, { low: yuan(tiers[1]) }, locale);
    case 'spendMid':
      return t(key, { low: yuan(tiers[1]), high: yuan(tiers[2]) }, locale);
    case 'spendHigh':
      return t(key, { low: yuan(tiers[2]), high: yuan(tiers[3]) }, locale);
    case 'spendTop':
      return t(key, { low: yuan(tiers[3]) }, locale);
    default:
      return t(key, {}, locale);
  }
}

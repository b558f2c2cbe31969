// Display labels of satisfaction dimensions, scales and channels.
import { CANONICAL_DIMENSIONS } from '../../analyses/satisfaction.js';
import { MISSING } from '../../format/index.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';

/** Label of a dimension: the catalog name of a canonical one, else the export's own header as text. */
export function dimensionLabel(dimension: string, locale: Locale): string {
  if ((CANONICAL_DIMENSIONS as readonly string[]).includes(dimension)) {
    return t(`satisfaction.dimension.${dimension}` as MessageKey, {}, locale);
  }
  return dimension;
}

/** Label of a dimension with its declared scale, e.g. "服务态度（1–5 分）"; without scale on the 0–100 form. */
export function dimensionScaleLabel(dimension: string, scaleMin: number | null, scaleMax: number | null, locale: Locale): string {
  const label = dimensionLabel(dimension, locale);
  if (scaleMin === null && scaleMax === null) return label;
  if (scaleMin === null || scaleMax === null) return t('satisfaction.dimension.noScale', { dimension: label }, locale);
  return t('satisfaction.dimension.withScale', { dimension: label, min: scaleMin, max: scaleMax }, locale);
}

/** Label of a survey channel, with a placeholder for a blank one. */
export function channelLabel(channel: string | null, locale: Locale): string {
  return channel === null || channel.trim() === '' ? t('satisfaction.channel.blank', {}, locale) : channel;
}

/** Formats a score with at most two decimals in the locale's digits, e.g. 3.67. */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

import { expect } from '@open-wc/testing';
import {
  formatCount,
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatMonth,
  formatNumberCompact,
  formatPercent,
  nextMonthStart,
} from '../../src/format/index.js';

describe('number formats', () => {
  it('formats money to the cent', () => {
    expect(formatMoney(1234.5, 'zh-CN')).to.equal('¥1,234.50');
    expect(formatMoney(1234.5, 'en-US')).to.equal('¥1,234.50');
    expect(formatMoney(-0.5, 'zh-CN')).to.equal('-¥0.50');
  });

  it('formats money in 万 and 亿', () => {
    expect(formatMoneyCompact(9999, 'zh-CN')).to.equal('¥9,999');
    expect(formatMoneyCompact(12345, 'zh-CN')).to.equal('¥1.2万');
    expect(formatMoneyCompact(250000, 'zh-CN')).to.equal('¥25万');
    expect(formatMoneyCompact(123456789, 'zh-CN')).to.equal('¥1.2亿');
  });

  it('formats money in K and M', () => {
    expect(formatMoneyCompact(12345, 'en-US')).to.equal('¥12.3K');
    expect(formatMoneyCompact(123456789, 'en-US')).to.equal('¥123.5M');
  });

  it('formats counts and plain numbers', () => {
    expect(formatCount(1234567, 'zh-CN')).to.equal('1,234,567');
    expect(formatNumberCompact(23456, 'zh-CN')).to.equal('2.3万');
    expect(formatNumberCompact(23456, 'en-US')).to.equal('23.5K');
    expect(formatNumberCompact(12.25, 'zh-CN')).to.equal('12.3');
  });

  it('formats percentages', () => {
    expect(formatPercent(0.2894737, 'zh-CN')).to.equal('28.9%');
    expect(formatPercent(0.35, 'en-US', 0)).to.equal('35%');
  });

  it('shows missing values as a dash', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatMoney(value, 'zh-CN')).to.equal('—');
      expect(formatMoneyCompact(value, 'zh-CN')).to.equal('—');
      expect(formatPercent(value, 'zh-CN')).to.equal('—');
      expect(formatCount(value, 'en-US')).to.equal('—');
    }
  });
});

describe('date formats', () => {
  it('formats months', () => {
    expect(formatMonth('2024-08', 'zh-CN')).to.equal('2024年8月');
    expect(formatMonth('2024-08', 'en-US')).to.equal('Aug 2024');
    expect(formatMonth('2024-01', 'zh-CN')).to.equal('2024年1月');
  });

  it('formats dates without shifting the day', () => {
    expect(formatDate('2024-08-28', 'zh-CN')).to.equal('2024年8月28日');
    expect(formatDate('2024-12-31', 'en-US')).to.equal('Dec 31, 2024');
    expect(formatDate('2024-01-01T23:30:00', 'zh-CN')).to.equal('2024年1月1日');
  });

  it('returns unreadable text unchanged', () => {
    expect(formatMonth('第三季度', 'zh-CN')).to.equal('第三季度');
    expect(formatDate('8/28/24', 'zh-CN')).to.equal('8/28/24');
    expect(formatMonth(null, 'zh-CN')).to.equal('—');
  });

  it('computes the next month start', () => {
    expect(nextMonthStart('2024-03')).to.equal('2024-04-01');
    expect(nextMonthStart('2024-12')).to.equal('2025-01-01');
    expect(() => nextMonthStart('2024-3')).to.throw('invalid month "2024-3": expected YYYY-MM');
  });
});

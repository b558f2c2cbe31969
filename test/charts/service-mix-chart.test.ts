import { expect } from '@open-wc/testing';
import { formatMeasure, monthTicks, seriesColors } from '../../src/charts/service-mix.js';

const MONTHS_2023_2025 = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

describe('service-mix chart helpers', () => {
  it('keeps every month when there is room', () => {
    expect(monthTicks(['2024-01', '2024-02', '2024-03'], 694)).to.deep.equal(['2024-01', '2024-02', '2024-03']);
  });

  it('thins month ticks on a narrow chart', () => {
    // 694px − 84px of margins = 610px; 36 labels × 80px need every 5th month.
    expect(monthTicks(MONTHS_2023_2025, 694)).to.deep.equal(['2023-01', '2023-06', '2023-11', '2024-04', '2024-09', '2025-02', '2025-07', '2025-12']);
  });

  it('formats measures for axes and labels', () => {
    expect(formatMeasure(48_966_614.24, 'revenue', 'zh-CN')).to.equal('¥4,896.7万');
    expect(formatMeasure(48_966_614.24, 'revenue', 'zh-CN', false)).to.equal('¥48,966,614.24');
    expect(formatMeasure(42_712, 'visits', 'zh-CN')).to.equal('4.3万');
    expect(formatMeasure(42_712, 'visits', 'en-US', false)).to.equal('42,712');
  });

  it('gives every type its own colour', () => {
    const palette = ['#111111', '#222222'];
    const colors = seriesColors(5, palette);

    expect(colors.slice(0, 2)).to.deep.equal(['#111111', '#222222']);
    expect(colors).to.have.length(5);
    expect(new Set(colors).size).to.equal(5);
    expect(seriesColors(1, palette)).to.deep.equal(['#111111']);
  });
});

import { expect } from '@open-wc/testing';
import { describeClause } from '../../../src/elements/base/index.js';

describe('filter labels', () => {
  it('describes a type in the widget locale', () => {
    const clause = { source: 'mix', label: '维修类型：钣喷', predicates: [{ field: 'service_type', kind: 'point' as const, values: ['钣喷'] }] };

    expect(describeClause(clause, 'zh-CN')).to.equal('维修类型：钣喷');
    expect(describeClause(clause, 'en-US')).to.equal('Service type: 钣喷');
  });

  it('shows a whole month as a month', () => {
    const clause = { source: 'mix', predicates: [{ field: 'order_date', kind: 'interval' as const, range: ['2024-03-01', '2024-04-01'] as const }] };

    expect(describeClause(clause, 'zh-CN')).to.equal('结算日期：2024年3月');
    expect(describeClause(clause, 'en-US')).to.equal('Settlement date: Mar 2024');
  });

  it('shows a run of months', () => {
    const clause = { source: 'mix', predicates: [{ field: 'order_date', kind: 'interval' as const, range: ['2023-11-01', '2024-02-01'] as const }] };

    expect(describeClause(clause, 'zh-CN')).to.equal('结算日期：2023年11月 至 2024年1月');
    expect(describeClause(clause, 'en-US')).to.equal('Settlement date: Nov 2023 to Jan 2024');
  });

  it('shows other intervals with both ends', () => {
    const clause = { source: 'host', predicates: [{ field: 'order_date', kind: 'interval' as const, range: ['2024-03-05', '2024-03-20'] as const }] };

    expect(describeClause(clause, 'zh-CN')).to.equal('结算日期：2024年3月5日 起至 2024年3月20日 前');
  });

  it('uses the label for customer sets', () => {
    const clause = { source: 'segments', label: '高价值客户', predicates: [{ field: 'customer_key', kind: 'point' as const, values: ['C1', 'C2'] }] };

    expect(describeClause(clause, 'en-US')).to.equal('高价值客户');
  });

  it('uses the label for long value lists', () => {
    const clause = { source: 'host', label: '四种车型', predicates: [{ field: 'model', kind: 'point' as const, values: ['朗逸', '途观L', '帕萨特', '速腾'] }] };

    expect(describeClause(clause, 'zh-CN')).to.equal('四种车型');
  });

  it('lists predicates without a label', () => {
    const clause = {
      source: 'host',
      predicates: [
        { field: 'model', kind: 'point' as const, values: ['朗逸', '途观L'] },
        { field: 'channel', kind: 'point' as const, values: ['微信'] },
      ],
    };

    expect(describeClause(clause, 'zh-CN')).to.equal('车型：朗逸、途观L；channel：微信');
  });
});

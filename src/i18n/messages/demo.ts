import { defineMessages } from '../define-messages.js';

// Messages of the demo page (demo/index.html).
export const demoMessages = defineMessages(
  {
    'demo.title': '售后客源分析组件 · 演示',
    'demo.intro': '示例数据为虚构的 4S 店 DMS 导出文件。所有计算都在本浏览器内完成，数据不会上传。',
    'demo.language': '语言',
    'demo.section.data': '数据文件',
    'demo.section.dataHint': '默认加载示例数据。可以选择或拖入自己的工单 CSV 或 Parquet 文件来替换。',
    'demo.section.quality': '数据质量',
    'demo.section.analysis': '分析',
    'demo.table.orders': '工单',
    'demo.table.customers': '客户',
    'demo.table.surveys': '回访',
    'demo.table.campaigns': '营销活动',
    'demo.clearFilters': '清除全部筛选',
  },
  {
    'demo.title': 'After-sales analytics widgets · Demo',
    'demo.intro': 'The sample data are made-up DMS exports of a 4S dealership. Everything is computed in this browser; no data is uploaded.',
    'demo.language': 'Language',
    'demo.section.data': 'Data files',
    'demo.section.dataHint': 'The sample data load by default. Pick or drop your own repair-order CSV or Parquet file to replace them.',
    'demo.section.quality': 'Data quality',
    'demo.section.analysis': 'Analysis',
    'demo.table.orders': 'Repair orders',
    'demo.table.customers': 'Customers',
    'demo.table.surveys': 'Surveys',
    'demo.table.campaigns': 'Campaigns',
    'demo.clearFilters': 'Clear all filters',
  },
);

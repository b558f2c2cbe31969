import { defineMessages } from '../define-messages.js';

export const engineMessages = defineMessages(
  {
    'engine.wasmLoadFailed': '分析引擎加载失败：无法获取或编译 DuckDB-WASM 文件（{url}）。请检查组件资源路径配置。',
    'engine.workerCrashed': '分析引擎已停止运行（{detail}）。请刷新页面后重试。',
    'engine.queryFailed': '查询失败：{detail}',
    'engine.superseded': '查询已被更新的请求取代。',
    'engine.closed': '分析引擎已关闭。',
  },
  {
    'engine.wasmLoadFailed': 'The analysis engine failed to load: the DuckDB-WASM file could not be fetched or compiled ({url}). Check where the widget assets are served from.',
    'engine.workerCrashed': 'The analysis engine stopped ({detail}). Reload the page and try again.',
    'engine.queryFailed': 'Query failed: {detail}',
    'engine.superseded': 'The query was superseded by a newer request.',
    'engine.closed': 'The analysis engine is closed.',
  },
);

import { expect } from '@open-wc/testing';
import { IngestError, loadTable, type LoadProgress } from '../../src/ingest/index.js';
import { isTableLoaded, tableVersion } from '../../src/data/state.js';
import { FIXTURES, rows } from './helpers.js';

const SMALL_CSV = 'ro_no,order_date,total_amount\nX1,2024-01-01,10\nX2,2024-01-02,20\n';

async function orderCount(): Promise<number> {
  const [row] = await rows('SELECT count(*)::INTEGER AS n FROM orders');
  return Number(row.n);
}

describe('loadTable sources', () => {
  it('reads a File, a Blob, bytes and an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(SMALL_CSV);

    const fromFile = await loadTable(new File([bytes], 'picked.csv', { type: 'text/csv' }));
    const fromBlob = await loadTable(new Blob([bytes]), { fileName: 'dropped.csv' });
    const fromBytes = await loadTable(bytes);
    const fromBuffer = await loadTable(bytes.slice().buffer);

    expect(fromFile.sourceFile).to.equal('picked.csv');
    expect(fromBlob.sourceFile).to.equal('dropped.csv');
    expect(fromBytes.sourceFile).to.equal('data');
    expect([fromFile, fromBlob, fromBytes, fromBuffer].map((report) => report.rowsLoaded)).to.deep.equal([2, 2, 2, 2]);
  });

  it('reads a URL object', async () => {
    const report = await loadTable(new URL(`${FIXTURES}orders-semicolon.csv`, location.href));
    expect(report.rowsLoaded).to.equal(3);
  });

  it('replaces by default and appends when asked', async () => {
    await loadTable(`${FIXTURES}orders-semicolon.csv`);
    expect(await orderCount()).to.equal(3);

    await loadTable(`${FIXTURES}orders-semicolon.csv`);
    expect(await orderCount()).to.equal(3);

    await loadTable(new TextEncoder().encode(SMALL_CSV), { append: true, fileName: 'more.csv' });
    expect(await orderCount()).to.equal(5);
    const files = await rows('SELECT source_file, count(*)::INTEGER AS n FROM orders GROUP BY ALL ORDER BY source_file');
    expect(files).to.deep.equal([
      { source_file: 'more.csv', n: 2 },
      { source_file: 'orders-semicolon.csv', n: 3 },
    ]);
  });

  it('marks the table loaded for widgets', async () => {
    const before = tableVersion('campaigns');
    const events: string[][] = [];
    const listener = (event: Event) => events.push([...(event as Event & { tables: string[] }).tables]);
    document.addEventListener('aftersales-data-change', listener);

    await loadTable(`${FIXTURES}campaigns.csv`, { table: 'campaigns' });

    document.removeEventListener('aftersales-data-change', listener);
    expect(isTableLoaded('campaigns')).to.equal(true);
    expect(tableVersion('campaigns')).to.equal(before + 1);
    expect(events).to.deep.equal([['campaigns']]);
  });

  it('reports progress at least five times for 20 MB', async () => {
    const padding = 'x'.repeat(200);
    const lines = ['ro_no,order_date,total_amount,note'];
    let records = 0;
    let size = 0;
    while (size < 20 * 1024 * 1024) {
      const line = `R${records},2024-01-01,100,${padding}`;
      lines.push(line);
      size += line.length + 1;
      records += 1;
    }
    const blob = new Blob([lines.join('\n'), '\n']);
    expect(blob.size).to.be.greaterThan(20 * 1024 * 1024);

    const fromBlob: LoadProgress[] = [];
    const report = await loadTable(blob, { fileName: 'big.csv', onProgress: (progress) => fromBlob.push(progress) });
    const url = URL.createObjectURL(blob);
    const fromUrl: LoadProgress[] = [];
    try {
      await loadTable(url, { fileName: 'big.csv', onProgress: (progress) => fromUrl.push(progress) });
    } finally {
      URL.revokeObjectURL(url);
    }

    expect(report.rowsRead).to.equal(records);
    expect(report.rowsLoaded).to.equal(records);
    for (const progress of [fromBlob, fromUrl]) {
      const reading = progress.filter((entry) => entry.phase === 'reading');
      expect(reading.length).to.be.at.least(5);
      expect(reading.at(-1)!.loaded).to.equal(blob.size);
      expect(reading.every((entry, index) => index === 0 || entry.loaded > reading[index - 1].loaded)).to.equal(true);
      expect(progress.at(-1)!.phase).to.equal('done');
    }
    expect(fromBlob[0].total).to.equal(blob.size);
  });
});

describe('loadTable edge cases', () => {
  it('loads a file with only a header', async () => {
    const report = await loadTable(new TextEncoder().encode('工单号,结算日期,合计金额\r\n'), { fileName: 'header-only.csv' });
    expect(report.rowsRead).to.equal(0);
    expect(report.rowsLoaded).to.equal(0);
    expect(await orderCount()).to.equal(0);
  });

  it('keeps repeated headers apart', async () => {
    const report = await loadTable(new TextEncoder().encode('工单号,结算日期,合计金额,备注,备注\nR1,2024-01-01,1,a,b\n'), { fileName: 'twice.csv' });
    expect(report.rowsLoaded).to.equal(1);
    expect(report.unmappedHeaders).to.have.length(2);
    expect(report.unmappedHeaders[0]).to.equal('备注');
  });
});

describe('loadTable failures', () => {
  async function failure(load: Promise<unknown>): Promise<IngestError> {
    try {
      await load;
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
    throw new Error('the load did not fail');
  }

  it('names the missing column and the headers found', async () => {
    const error = await failure(loadTable(`${FIXTURES}orders-missing-date.csv`));
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.equal(
      '文件“orders-missing-date.csv”缺少必需的列 order_date（可用的表头：结算日期、进厂日期、进店日期、维修日期、工单创建时间、接待日期）。文件中的表头：工单号、客户编号、合计金额',
    );
    expect(error.localize('en-US')).to.match(/^File "orders-missing-date.csv" lacks the required column order_date .* Headers in the file: 工单号、客户编号、合计金额$/);
  });

  it('fails on a URL that is not found', async () => {
    const error = await failure(loadTable(`${FIXTURES}no-such-file.csv`));
    expect(error.code).to.equal('read-failed');
    expect(error.message).to.equal('无法读取文件“no-such-file.csv”：HTTP 404');
  });

  it('fails on an empty file', async () => {
    const error = await failure(loadTable(new Uint8Array(0), { fileName: 'empty.csv' }));
    expect(error.code).to.equal('empty-file');
    expect(error.localize('en-US')).to.equal('File "empty.csv" is empty: it has no header line.');
  });

  it('fails on bytes that are not Parquet', async () => {
    const error = await failure(loadTable(new TextEncoder().encode('PAR1 not really'), { fileName: 'fake.parquet' }));
    expect(error.code).to.equal('parquet-failed');
    expect(error.message).to.match(/^无法解析 Parquet 文件“fake.parquet”：/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(loadTable(`${FIXTURES}orders-semicolon.csv`, { signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    expect(error.message).to.equal('已取消载入文件“orders-semicolon.csv”。');

    const late = new AbortController();
    const staged = loadTable(new TextEncoder().encode(SMALL_CSV), {
      fileName: 'late.csv',
      signal: late.signal,
      onProgress: (progress) => {
        if (progress.phase === 'parsing') late.abort();
      },
    });
    expect((await failure(staged)).code).to.equal('aborted');
  });

  it('fails on a survey file without scores', async () => {
    const error = await failure(loadTable(new TextEncoder().encode('回访日期,客户姓名\n2024-01-01,张三\n'), { table: 'surveys', fileName: 's.csv' }));
    expect(error.code).to.equal('missing-scores');
  });

  it('throws in English on API misuse', async () => {
    let caught: unknown;
    try {
      await loadTable(SMALL_CSV, { table: 'nope' as 'orders' });
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).to.match(/loadTable cannot load table "nope"/);
    let order: unknown;
    try {
      await loadTable(new Uint8Array(1), { dateOrder: 'YMD' as 'MDY' });
    } catch (error) {
      order = error;
    }
    expect(String(order)).to.match(/dateOrder must be "MDY" or "DMY"/);
    let delimiter: unknown;
    try {
      await loadTable(new Uint8Array(1), { delimiter: '::' as ',' });
    } catch (error) {
      delimiter = error;
    }
    expect(String(delimiter)).to.match(/delimiter must be ",", "\\t", ";" or "\|", not "::"/);
  });
});

describe('loadTable source misuse', () => {
  it('rejects a number or null as source', async () => {
    for (const source of [42, null]) {
      let caught: unknown;
      try {
        await loadTable(source as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(TypeError);
      expect(String(caught)).to.contain('loadTable source must be a URL string');
    }
  });
});

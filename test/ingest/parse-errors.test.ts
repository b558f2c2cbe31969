import { expect } from '@open-wc/testing';
import { IngestError, loadTable } from '../../src/ingest/index.js';

async function loadError(bytes: Uint8Array, fileName: string): Promise<IngestError> {
  try {
    await loadTable(bytes, { fileName });
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`loading ${fileName} did not fail`);
}

describe('loadTable parse errors', () => {
  it('hides the personal data of an overlong line', async () => {
    // One record longer than DuckDB's line limit, carrying a name and a mobile number.
    const header = '工单号,结算日期,客户姓名,手机号码,合计金额,备注\n';
    const record = `RO1,2024-08-28,张三,13812345678,500,${'x'.repeat(25 * 1024 * 1024)}\n`;
    const error = await loadError(new TextEncoder().encode(header + record), 'huge-line.csv');

    expect(error.code).to.equal('parse-failed');
    expect(error.message).to.contain('huge-line.csv');
    expect(error.message).not.to.contain('13812345678');
    expect(error.message).not.to.contain('张三');
    expect(error.message.length).to.be.below(200);
    expect(error.localize('en-US')).to.match(/^CSV file "huge-line.csv" could not be parsed/);
  });

  it('gives a short message for a binary file', async () => {
    // The PNG signature and header, then bytes that are neither UTF-8 nor CSV.
    const bytes = new Uint8Array(4096);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (let i = 16; i < bytes.length; i += 1) bytes[i] = (i * 131) % 256;
    let caught: unknown;
    try {
      await loadTable(bytes, { fileName: 'photo.csv' });
    } catch (error) {
      caught = error;
    }

    expect(caught).to.be.instanceOf(IngestError);
    const message = (caught as IngestError).message;
    expect(message).to.contain('photo.csv');
    expect(message).not.to.match(/SELECT|read_csv|\.csv'/);
    expect(message.length).to.be.below(200);
  });
});

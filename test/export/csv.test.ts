import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/export/index.js';

describe('CSV export', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const text = toCsv(['姓名', '电话'], [['张*', '138****1234']]);

    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.slice(1)).to.equal('姓名,电话\r\n张*,138****1234\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('说 "好"')).to.equal('"说 ""好"""');
    expect(csvCell('一\n二')).to.equal('"一\n二"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86 138')).to.equal("'+86 138");
    expect(csvCell('-1+2')).to.equal("'-1+2");
    expect(csvCell('-A1')).to.equal("'-A1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
  });

  it('keeps numbers and empties cells', () => {
    expect(csvCell(-12.5)).to.equal('-12.5');
    expect(csvCell('-12.50')).to.equal('-12.50');
    expect(csvCell(null)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
  });
});

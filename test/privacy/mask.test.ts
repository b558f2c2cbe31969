import { expect } from '@open-wc/testing';
import { maskDigitRuns, maskName, maskPerson, maskPhone, maskPlate, maskVin } from '../../src/privacy/index.js';

describe('masking', () => {
  it('masks mobile phones', () => {
    expect(maskPhone('13812341234')).to.equal('138****1234');
    expect(maskPhone('+86 138-1234-1234')).to.equal('138****1234');
    expect(maskPhone('008613812341234')).to.equal('138****1234');
    expect(maskPhone(' 138****1234')).to.equal('138****1234');
  });

  it('masks landlines and short numbers', () => {
    expect(maskPhone('010-62345678')).to.equal('*******5678');
    expect(maskPhone('1234')).to.equal('****');
    expect(maskPhone('')).to.equal('');
    expect(maskPhone('无')).to.equal('****');
    expect(maskPhone(null)).to.equal(null);
  });

  it('masks names', () => {
    expect(maskName('张三')).to.equal('张*');
    expect(maskName('张小三')).to.equal('张*三');
    expect(maskName('欧阳娜娜')).to.equal('欧*娜');
    expect(maskName(' 李 ')).to.equal('*');
    expect(maskName('')).to.equal('');
    expect(maskName(null)).to.equal(null);
  });

  it('masks plates', () => {
    expect(maskPlate('京A12345')).to.equal('京A***45');
    expect(maskPlate('京A·12345')).to.equal('京A***45');
    expect(maskPlate('粤B-D12345')).to.equal('粤B***45');
    expect(maskPlate('京A1')).to.equal('京**');
    expect(maskPlate(null)).to.equal(null);
  });

  it('masks VINs', () => {
    expect(maskVin('LSVAM4187C2184847')).to.equal('LSV**********4847');
    expect(maskVin('LSV4847')).to.equal('*******');
    expect(maskVin(null)).to.equal(null);
  });

  it('masks a person record unless opted in', () => {
    const record = { key: 'C1', customerName: '王五', phone: '13900001111', plate: '沪C88888', spend: 10 };

    expect(maskPerson(record)).to.deep.equal({ key: 'C1', customerName: '王*', phone: '139****1111', plate: '沪C***88', spend: 10 });
    expect(maskPerson(record, true)).to.equal(record);
  });

  it('masks phone numbers in free text', () => {
    expect(maskDigitRuns('请回电 13812341234，谢谢')).to.equal('请回电 138****1234，谢谢');
    expect(maskDigitRuns('座机 010-8888 6666')).to.equal('座机 *******6666');
    expect(maskDigitRuns('工单 123456 已结')).to.equal('工单 123456 已结');
    expect(maskDigitRuns(null)).to.equal(null);
  });
});

// The package entry exposes the analysis builders and the privacy and export helpers.
import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports the analysis builders', () => {
    for (const name of ['churnTrendQuery', 'lifecycleQuery', 'segmentsQuery', 'rfmScoresSql', 'meanScoresQuery', 'npsQuery', 'campaignResultsQuery', 'serviceMixQuery']) {
      expect(typeof (api as Record<string, unknown>)[name], name).to.equal('function');
    }
  });

  it('exports the masks and the CSV writer', () => {
    expect(api.maskPhone('13812341234')).to.equal('138****1234');
    expect(api.maskDigitRuns('电话13812341234')).to.equal('电话138****1234');
    expect(api.toCsv(['a'], [['=1']])).to.equal("\uFEFFa\r\n'=1\r\n");
  });
});

import { expect } from '@open-wc/testing';
import { normalizeSvg } from './normalize-svg.js';

describe('normalizeSvg', () => {
  it('rounds geometry and renumbers classes', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg class="plot-d6a7b5" viewBox="0 0 10.123 4"><style>.plot-d6a7b5 { color: red }</style><rect x="1.26" y="-0.04" class="plot-d6a7b5-swatch"></rect></svg>';
    const text = normalizeSvg(host.firstElementChild as Element);

    expect(text).to.contain('viewBox="0 0 10.1 4"');
    expect(text).to.contain('x="1.3"');
    expect(text).to.contain('y="0"');
    expect(text).to.contain('class="plot-1"');
    expect(text).to.contain('class="plot-2"');
    expect(text).not.to.contain('<style');
  });

  it('keeps amounts in labels and text', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg><rect aria-label="钣喷：¥25,000.00" x="0.123"></rect><text>¥1,882.61</text></svg>';
    const text = normalizeSvg(host.firstElementChild as Element);

    expect(text).to.contain('aria-label="钣喷：¥25,000.00"');
    expect(text).to.contain('>¥1,882.61<');
    expect(text).to.contain('x="0.1"');
  });
});

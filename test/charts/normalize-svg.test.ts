import { expect } from '@open-wc/testing';
import { normalizeSvg } from './normalize-svg.js';

describe('normalizeSvg', () => {
  it('rounds numbers and renumbers classes', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg class="plot-d6a7b5" viewBox="0 0 10.123 4"><style>.plot-d6a7b5 { color: red }</style><rect x="1.26" y="-0.04" class="plot-d6a7b5-swatch"></rect></svg>';
    const text = normalizeSvg(host.firstElementChild as Element);

    expect(text).to.contain('viewBox="0 0 10.1 4"');
    expect(text).to.contain('x="1.3" y="0"');
    expect(text).to.contain('class="plot-1"');
    expect(text).to.contain('class="plot-2"');
    expect(text).not.to.contain('<style');
  });
});

import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/elements/base/index.js';
import { disableLogging, enableLogging, logger, type LogLevel } from '../../../src/logger.js';

class FirstCopy extends HTMLElement {}
class SecondCopy extends HTMLElement {}
class ThirdCopy extends HTMLElement {}

describe('defineElement', () => {
  afterEach(() => disableLogging());

  it('defines a tag once', () => {
    expect(defineElement('define-probe-a', FirstCopy)).to.equal(true);
    expect(customElements.get('define-probe-a')).to.equal(FirstCopy);
    expect(defineElement('define-probe-a', FirstCopy)).to.equal(false);
  });

  it('warns on a second definition', () => {
    const records: [LogLevel, string][] = [];
    enableLogging('warn', (level, message) => records.push([level, message]));
    defineElement('define-probe-b', SecondCopy);

    expect(defineElement('define-probe-b', ThirdCopy)).to.equal(false);
    expect(customElements.get('define-probe-b')).to.equal(SecondCopy);
    expect(records).to.deep.equal([['warn', '<define-probe-b> is already defined by another copy of the library; keeping the first definition.']]);
  });
});

describe('logger', () => {
  afterEach(() => disableLogging());

  it('warns when a class has another tag', () => {
    const records: string[] = [];
    enableLogging('warn', (_level, message) => records.push(message));

    expect(defineElement('define-probe-c', FirstCopy)).to.equal(false);
    expect(customElements.get('define-probe-c')).to.equal(undefined);
    expect(records).to.have.length(1);
    expect(records[0]).to.match(/^<define-probe-c> could not be defined: /);
  });

  it('stays silent by default', () => {
    const calls: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      logger.warn('not shown');
    } finally {
      console.warn = original;
    }

    expect(calls).to.deep.equal([]);
  });

  it('filters by level', () => {
    const records: string[] = [];
    enableLogging('warn', (level, message) => records.push(`${level}:${message}`));
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');

    expect(records).to.deep.equal(['warn:c', 'error:d']);
  });

  it('survives a failing sink', () => {
    enableLogging('debug', () => {
      throw new Error('sink failed');
    });

    expect(() => logger.error('x')).not.to.throw();
  });
});

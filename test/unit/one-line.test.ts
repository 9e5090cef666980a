// oneLine(): any value as one clean line of text, with a table of typed values and a property over any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/lib/templates/one-line';

describe('oneLine', () => {
  it.each([
    ['Acme Tools', 'Acme Tools'],
    ['  Acme\r\n Corp ', 'Acme Corp'],
    ['Jane\tRoe', 'Jane Roe'],
    ['Jane  Roe', 'Jane Roe'],
    ['Jane\u00A0Roe', 'Jane Roe'],
    ['line\u2028break', 'line break'],
    ['bell\u0007here', 'bell here'],
    ['broken \uD800 half', 'broken \uFFFD half'],
    ['emoji 🙂 kept', 'emoji 🙂 kept'],
    [' lead', 'lead'],
    ['trail ', 'trail'],
    ['', ''],
    [42, ''],
    [undefined, ''],
  ])('oneLine(%j) → %j', (value, expected) => {
    expect(oneLine(value)).toBe(expected);
  });

  it('gives one trimmed line with single spaces and no control characters, and changes nothing on a second pass', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => {
      const line = oneLine(value);
      expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]|\s{2}|^\s|\s$/);
      expect(oneLine(line)).toBe(line);
    }), { numRuns: 500 });
  });
});

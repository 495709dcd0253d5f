// The streamed JSON reader: the same values as JSON.parse from any split into chunks, and a
// syntax error that says its line and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonReader, JsonSyntaxError, readJson } from '../../src/data/transfer/json';
import { say } from '../../src/domain/phrase';
import { english } from './intl';

function readInChunks(text: string, cuts: number[]): unknown {
  const reader = new JsonReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.end();
}

const where = (text: string) => {
  try {
    readJson(text);
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const { line, column, reason } = error as JsonSyntaxError;
    return `line ${line}, column ${column}: ${say(english, reason)}`;
  }
};

describe('the streamed JSON reader', () => {
  it('builds what JSON.parse builds, however the text is cut', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 1, 2),
        fc.array(fc.nat()),
        (value, indent, cuts) => {
          const text = JSON.stringify(value, null, indent);
          const split = cuts.map((c) => c % (text.length + 1));
          expect(readInChunks(text, split)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads escapes, numbers and "__proto__" as JSON.parse does', () => {
    const text = '{"a":"x\\u00e9\\n\\"\\/","b":[-0.5e-3,0,1E2],"__proto__":{"x":1},"c":null}';
    const value = readInChunks(text, [3, 9, 10, 11, 30]) as Record<string, unknown>;
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['a', 'b', '__proto__', 'c']);
  });

  it('says the line and column where the text stops being JSON', () => {
    expect(where('{\n "suds": NaN\n}')).toBe(
      'line 2, column 10: unexpected "N" where a value comes',
    );
    expect(where('{"a": 1}\n}')).toBe('line 2, column 1: unexpected "}" after the end of the data');
    expect(where('[1, 2]x')).toBe('line 1, column 7: unexpected "x" after the end of the data');
    expect(where('{\n  "a": 01\n}')).toBe('line 2, column 8: "01" is not a number JSON can hold');
    expect(where('[1,]')).toBe('line 1, column 4: unexpected "]" where a value comes');
    expect(where('{"a" 1}')).toBe('line 1, column 6: unexpected "1" where ":" comes');
    expect(where('[1 2]')).toBe('line 1, column 4: unexpected "2" where "," or "]" comes');
    expect(where('[tru]')).toBe('line 1, column 5: unexpected "]" in true');
    expect(where('"a\nb"')).toBe(
      'line 1, column 3: a control character (code 10) inside text (write it as an escape)',
    );
    expect(where('{"a":\n  [1, 2')).toBe('line 2, column 8: the file ends before the data does');
    expect(where('')).toBe('line 1, column 1: the file ends before the data does');
  });
});

// JSON read piece by piece, as a file streams in: the text is never held whole (a large export
// would be several copies of itself), and a syntax error says its line and column. Builds the
// same values as JSON.parse. Pure.
import { defineMessages, type Phrase, type PhraseValue, phrase } from '../../domain/phrase';

const m = defineMessages({
  endsEarly: { id: 'import.jsonEndsEarly', defaultMessage: 'the file ends before the data does' },
  afterTheEnd: {
    id: 'import.jsonAfterTheEnd',
    defaultMessage: 'unexpected {char} after the end of the data',
  },
  whereAName: {
    id: 'import.jsonWhereAName',
    defaultMessage: 'unexpected {char} where a name in quotes comes',
  },
  whereAColon: {
    id: 'import.jsonWhereAColon',
    defaultMessage: 'unexpected {char} where ":" comes',
  },
  whereACommaOr: {
    id: 'import.jsonWhereACommaOr',
    defaultMessage: 'unexpected {char} where "," or "{closing}" comes',
    description: '{closing} is "]" or "}", the end of a list or of an object',
  },
  whereAValue: {
    id: 'import.jsonWhereAValue',
    defaultMessage: 'unexpected {char} where a value comes',
  },
  badEscape: {
    id: 'import.jsonBadEscape',
    defaultMessage: '{char} cannot follow "\\" in text',
  },
  badHexDigit: {
    id: 'import.jsonBadHexDigit',
    defaultMessage: '{char} where a hexadecimal digit of "\\u" comes',
  },
  controlInText: {
    id: 'import.jsonControlInText',
    defaultMessage: '{char} inside text (write it as an escape)',
  },
  badNumber: { id: 'import.jsonBadNumber', defaultMessage: '{text} is not a number JSON can hold' },
  inWord: {
    id: 'import.jsonInWord',
    defaultMessage: 'unexpected {char} in {word}',
    description: '{word} is true, false or null, as JSON writes them',
  },
  controlCharacter: {
    id: 'import.jsonControlCharacter',
    defaultMessage: 'a control character (code {code})',
  },
});

/** Where a text stops being JSON: 1-based line and column (UTF-16 units, as editors count). */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    readonly line: number,
    readonly column: number,
    /** What is wrong there, in words for the person. */
    readonly reason: Phrase,
  ) {
    super(`not JSON at line ${line}, column ${column}`);
  }
}

// What the reader expects next.
const VALUE = 0;
const VALUE_OR_CLOSE = 1; // just after "["
const KEY = 2;
const KEY_OR_CLOSE = 3; // just after "{"
const COLON = 4;
const AFTER_VALUE = 5;
const DONE = 6;

// The token being read, which a chunk may end in the middle of.
const NONE = 0;
const STRING = 1;
const NUMBER = 2;
const WORD = 3;

const NUMBER_SHAPE = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const WORDS: Record<string, { word: string; value: boolean | null }> = {
  t: { word: 'true', value: true },
  f: { word: 'false', value: false },
  n: { word: 'null', value: null },
};
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** 0-9 e E . + -: what a number's text may hold (its shape is checked once it ends). */
const isNumberChar = (c: number) =>
  (c >= 48 && c <= 57) || c === 101 || c === 69 || c === 46 || c === 43 || c === 45;

type Container = { list: unknown[] } | { object: Record<string, unknown>; key: string };

const charWords = (ch: string): PhraseValue =>
  ch.charCodeAt(0) < 32
    ? phrase(m.controlCharacter, { code: String(ch.charCodeAt(0)) })
    : JSON.stringify(ch);

/** Reads JSON from chunks of text: `push` each, then `end` for the value. Throws JsonSyntaxError. */
export class JsonReader {
  private line = 1;
  /** The column of the last character read. */
  private column = 0;
  private expect = VALUE;
  private readonly stack: Container[] = [];
  private root: unknown;
  private token = NONE;
  private text = '';
  private isKey = false;
  /** In a string: 0, or 1 after a backslash, or 2 to 5 while reading the 4 digits of \u. */
  private escape = 0;
  private hex = '';
  private tokenLine = 0;
  private tokenColumn = 0;

  push(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.token === STRING) {
        i = this.stringPart(chunk, i);
        continue;
      }
      if (this.token === NUMBER) {
        i = this.numberPart(chunk, i);
        continue;
      }
      const ch = chunk[i] as string;
      i++;
      if (ch === '\n') {
        this.line++;
        this.column = 0;
      } else this.column++;
      if (this.token === WORD) this.wordPart(ch);
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n') this.structural(ch);
    }
  }

  /** The value read, once the text has ended. */
  end(): unknown {
    if (this.token === NUMBER) this.finishNumber();
    if (this.expect !== DONE || this.token !== NONE)
      this.fail(phrase(m.endsEarly), this.line, this.column + 1);
    return this.root;
  }

  private fail(reason: Phrase, line = this.line, column = this.column): never {
    throw new JsonSyntaxError(line, column, reason);
  }

  private structural(ch: string): void {
    const expect = this.expect;
    if (expect === DONE) this.fail(phrase(m.afterTheEnd, { char: charWords(ch) }));
    else if (expect === VALUE_OR_CLOSE && ch === ']') this.close();
    else if (expect === VALUE || expect === VALUE_OR_CLOSE) this.startValue(ch);
    else if (expect === KEY_OR_CLOSE && ch === '}') this.close();
    else if (expect === KEY || expect === KEY_OR_CLOSE) {
      if (ch !== '"') this.fail(phrase(m.whereAName, { char: charWords(ch) }));
      this.startString(true);
    } else if (expect === COLON) {
      if (ch !== ':') this.fail(phrase(m.whereAColon, { char: charWords(ch) }));
      this.expect = VALUE;
    } else {
      const isList = 'list' in (this.stack.at(-1) as Container);
      const closing = isList ? ']' : '}';
      if (ch === ',') this.expect = isList ? VALUE : KEY;
      else if (ch === closing) this.close();
      else this.fail(phrase(m.whereACommaOr, { char: charWords(ch), closing }));
    }
  }

  private startValue(ch: string): void {
    if (ch === '{') {
      this.stack.push({ object: {}, key: '' });
      this.expect = KEY_OR_CLOSE;
    } else if (ch === '[') {
      this.stack.push({ list: [] });
      this.expect = VALUE_OR_CLOSE;
    } else if (ch === '"') this.startString(false);
    else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      this.token = NUMBER;
      this.text = ch;
      this.tokenLine = this.line;
      this.tokenColumn = this.column;
    } else if (WORDS[ch]) {
      this.token = WORD;
      this.text = ch;
    } else this.fail(phrase(m.whereAValue, { char: charWords(ch) }));
  }

  private startString(isKey: boolean): void {
    this.token = STRING;
    this.isKey = isKey;
    this.text = '';
    this.escape = 0;
  }

  private close(): void {
    const top = this.stack.pop() as Container;
    this.value('list' in top ? top.list : top.object);
  }

  /** A complete value: the root, an item of a list, or the value of an object's current name. */
  private value(value: unknown): void {
    this.token = NONE;
    const top = this.stack.at(-1);
    if (!top) {
      this.root = value;
      this.expect = DONE;
      return;
    }
    if ('list' in top) top.list.push(value);
    // As JSON.parse does: "__proto__" is a name like any other, not the object's prototype.
    else if (top.key === '__proto__')
      Object.defineProperty(top.object, top.key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else top.object[top.key] = value;
    this.expect = AFTER_VALUE;
  }

  private stringPart(chunk: string, from: number): number {
    let i = from;
    let start = from;
    const n = chunk.length;
    while (i < n) {
      if (this.escape > 0) {
        const ch = chunk[i] as string;
        i++;
        this.column++;
        start = i;
        if (this.escape === 1) {
          if (ch === 'u') {
            this.escape = 2;
            this.hex = '';
          } else if (ESCAPES[ch] !== undefined) {
            this.text += ESCAPES[ch];
            this.escape = 0;
          } else this.fail(phrase(m.badEscape, { char: charWords(ch) }));
        } else {
          if (!/^[0-9a-fA-F]$/.test(ch)) this.fail(phrase(m.badHexDigit, { char: charWords(ch) }));
          this.hex += ch;
          this.escape++;
          if (this.escape === 6) {
            this.text += String.fromCharCode(Number.parseInt(this.hex, 16));
            this.escape = 0;
          }
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === 34 || c === 92) {
        this.text += chunk.slice(start, i);
        this.column += i - start + 1;
        i++;
        if (c === 92) {
          this.escape = 1;
          start = i;
          continue;
        }
        if (this.isKey) {
          const top = this.stack.at(-1) as { key: string };
          top.key = this.text;
          this.token = NONE;
          this.expect = COLON;
        } else this.value(this.text);
        this.text = '';
        return i;
      }
      if (c < 32) {
        this.column += i - start + 1;
        this.fail(phrase(m.controlInText, { char: charWords(chunk[i] as string) }));
      }
      i++;
    }
    this.text += chunk.slice(start, n);
    this.column += n - start;
    return n;
  }

  private numberPart(chunk: string, from: number): number {
    let i = from;
    const n = chunk.length;
    while (i < n && isNumberChar(chunk.charCodeAt(i))) i++;
    this.text += chunk.slice(from, i);
    this.column += i - from;
    if (i < n) this.finishNumber();
    return i;
  }

  private finishNumber(): void {
    if (!NUMBER_SHAPE.test(this.text))
      this.fail(
        phrase(m.badNumber, { text: JSON.stringify(this.text) }),
        this.tokenLine,
        this.tokenColumn,
      );
    this.value(Number(this.text));
  }

  private wordPart(ch: string): void {
    const { word, value } = WORDS[this.text[0] as string] as (typeof WORDS)[string];
    if (ch !== word[this.text.length]) this.fail(phrase(m.inWord, { char: charWords(ch), word }));
    this.text += ch;
    if (this.text.length === word.length) this.value(value);
  }
}

/** The value of a JSON text; throws JsonSyntaxError, which says where. */
export function readJson(text: string): unknown {
  const reader = new JsonReader();
  reader.push(text);
  return reader.end();
}

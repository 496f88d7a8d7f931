import type { Bilingual } from './model';

/**
 * Where and why a JSON text is broken. JSON.parse's messages differ between engines and often name
 * no position ("Unexpected end of JSON input"), so after a failed parse this scanner walks the text
 * once more and reports the first error with line and column. Iterative, so a hostile file nested a
 * million levels deep cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  reason: Bilingual;
}

const describe = (ch: string): Bilingual => {
  if (ch === '') return { de: 'Dateiende', en: 'end of file' };
  const shown = ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch;
  return { de: `„${shown}“`, en: `"${shown}"` };
};

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (offset: number, reason: Bilingual): JsonSyntaxError => ({ offset, ...position(text, offset), reason });
  const unexpected = (offset: number, what: Bilingual): JsonSyntaxError => {
    const found = describe(text.charAt(offset));
    return fail(offset, { de: `${what.de}, gefunden ${found.de}`, en: `${what.en}, found ${found.en}` });
  };
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  while (true) {
    while (i < text.length && isSpace(text.charAt(i))) i++;
    const c = text.charAt(i);
    if (i >= text.length) {
      if (expect === 'end') return null;
      return fail(i, stack.length > 0
        ? { de: `Datei endet mitten in ${stack[stack.length - 1] === '{' ? 'einem Objekt' : 'einer Liste'} (fehlt „${stack[stack.length - 1] === '{' ? '}' : ']'}“?)`, en: `file ends inside ${stack[stack.length - 1] === '{' ? 'an object' : 'a list'} (missing "${stack[stack.length - 1] === '{' ? '}' : ']'}"?)` }
        : { de: 'Datei ist leer oder endet zu früh', en: 'file is empty or ends too early' });
    }
    switch (expect) {
      case 'end':
        return unexpected(i, { de: 'nach dem Ende der Daten steht noch etwas', en: 'there is more after the end of the data' });
      case 'colon':
        if (c !== ':') return unexpected(i, { de: 'erwartet „:“ nach dem Feldnamen', en: 'expected ":" after the field name' });
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        const close = top === '{' ? '}' : ']';
        if (c === ',') {
          let next = i + 1;
          while (next < text.length && isSpace(text.charAt(next))) next++;
          if (text.charAt(next) === close) {
            return fail(i, { de: `überzähliges Komma vor „${close}“`, en: `trailing comma before "${close}"` });
          }
          i++;
          expect = top === '{' ? 'key' : 'value';
          continue;
        }
        if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        return unexpected(i, {
          de: `erwartet „,“ oder „${close}“ (fehlt ein Komma?)`,
          en: `expected "," or "${close}" (missing comma?)`,
        });
      }
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"') {
          return unexpected(i, { de: 'erwartet einen Feldnamen in doppelten Anführungszeichen', en: 'expected a field name in double quotes' });
        }
        break;
      case 'value':
      case 'value-or-close':
        if (c === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        break;
    }

    // A string (value or key), literal, number or container starts here.
    if (c === '"') {
      const start = i;
      i++;
      while (true) {
        if (i >= text.length) return fail(start, { de: 'Text in Anführungszeichen wird nie geschlossen', en: 'quoted text is never closed' });
        const s = text.charAt(i);
        if (s === '"') break;
        if (s === '\\') {
          const e = text.charAt(i + 1);
          if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
              return fail(i, { de: 'ungültige \\u-Escape-Sequenz', en: 'invalid \\u escape sequence' });
            }
            i += 6;
            continue;
          }
          if (!'"\\/bfnrt'.includes(e) || e === '') return fail(i, { de: `ungültige Escape-Sequenz „\\${e}“`, en: `invalid escape sequence "\\${e}"` });
          i += 2;
          continue;
        }
        if (s.charCodeAt(0) < 0x20) {
          return fail(i, { de: 'Zeilenumbruch oder Steuerzeichen in Text (Anführungszeichen vergessen?)', en: 'line break or control character inside text (missing quote?)' });
        }
        i++;
      }
      i++;
      expect = expect === 'key' || expect === 'key-or-close' ? 'colon' : afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    const literal = /^(?:true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) {
      i += literal[0].length;
      expect = afterValue();
      continue;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) {
      i += number[0].length;
      expect = afterValue();
      continue;
    }
    if (c === "'") return fail(i, { de: 'Text muss in doppelten Anführungszeichen stehen, nicht in einfachen', en: 'text needs double quotes, not single quotes' });
    if (c === '/') return fail(i, { de: 'Kommentare sind in JSON nicht erlaubt', en: 'comments are not allowed in JSON' });
    return unexpected(i, { de: 'erwartet einen Wert', en: 'expected a value' });
  }
}

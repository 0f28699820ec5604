/**
 * The elements of a top-level JSON array, one at a time, each with the line it starts on, without
 * holding the whole document: a scanner tracks strings, escapes and nesting depth and cuts the text at
 * the array's top-level commas. Each element is then parsed on its own, so one damaged post does not
 * lose the others.
 */

export type JsonArrayItem =
  | { line: number; text: string }
  /** The document is not an array (an object, or nothing): reported once, at its first character. */
  | { line: number; notArray: true }
  /** The text ends inside an element, or an element grew past the size limit. */
  | { line: number; unreadable: true };

/** A post's JSON is a few kilobytes; anything far larger is a broken file, not a post. */
const MAX_ELEMENT_CHARS = 4_000_000;

export async function* splitJsonArray(texts: AsyncIterable<string>): AsyncGenerator<JsonArrayItem> {
  let line = 1;
  let state: 'before' | 'between' | 'inside' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of texts) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      if (state === 'after') break;
      if (state === 'inside') {
        if (inString) {
          if (escaped) escaped = false;
          else if (char === '\\') escaped = true;
          else if (char === '"') inString = false;
        } else if (char === '"') inString = true;
        else if (char === '{' || char === '[') depth++;
        else if (char === '}' || char === ']' || char === ',') {
          // A top-level `,` or `]` ends a primitive element; a closing bracket may end a nested one.
          if (depth === 0 && char !== '}') {
            parts.push(chunk.slice(from, i));
            yield { line: start, text: parts.join('') };
            parts = [];
            size = 0;
            state = char === ']' ? 'after' : 'between';
          } else if (char !== ',') {
            depth--;
            if (depth === 0) {
              parts.push(chunk.slice(from, i + 1));
              yield { line: start, text: parts.join('') };
              parts = [];
              size = 0;
              state = 'between';
            }
          }
        }
      } else if (!/\s/.test(char)) {
        if (state === 'before') {
          if (char !== '[') {
            yield { line, notArray: true };
            return;
          }
          state = 'between';
        } else if (char === ']') state = 'after';
        else if (char !== ',') {
          state = 'inside';
          start = line;
          from = i;
          depth = char === '{' || char === '[' ? 1 : 0;
          inString = char === '"';
          escaped = false;
        }
      }
      if (char === '\n') line++;
    }
    if (state === 'inside') {
      const rest = chunk.slice(from);
      parts.push(rest);
      size += rest.length;
      if (size > MAX_ELEMENT_CHARS) {
        yield { line: start, unreadable: true };
        return;
      }
    }
  }
  if (state === 'inside') yield { line: start, unreadable: true };
  else if (state === 'before') yield { line, notArray: true };
  else if (state === 'between') yield { line, unreadable: true };
}

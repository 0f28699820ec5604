/**
 * Fails when interface text escapes translation: a t('key') that is missing from a catalogue, catalogues
 * that differ in keys or have empty values, or literal words in JSX text and in placeholder / aria-label /
 * title / alt attributes of .tsx files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '#core/i18n/messages/en.ts';
import { id } from '#core/i18n/messages/id.ts';

const WEB = new URL('.', import.meta.url).pathname;
const CHECKED_ATTRIBUTES = new Set(['placeholder', 'aria-label', 'title', 'alt']);
// Punctuation, digits, whitespace and symbols need no translation; neither does the product name.
const NEUTRAL = /^[\s\d\p{P}\p{S}]*$/u;
const ALLOWED = new Set(['Lantang']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function scan(file: string): { keys: Finding[]; literals: Finding[] } {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const keys: Finding[] = [];
  const literals: Finding[] = [];
  const where = (node: ts.Node) => ({
    file: relative(WEB, file),
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
  });
  const isLiteralText = (value: string) => {
    const trimmed = value.trim();
    return trimmed !== '' && !NEUTRAL.test(trimmed) && !ALLOWED.has(trimmed);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) keys.push({ ...where(first), text: first.text });
    }
    if (ts.isJsxText(node) && isLiteralText(node.text))
      literals.push({ ...where(node), text: node.text.trim() });
    if (ts.isJsxAttribute(node) && CHECKED_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : null;
      if (literal !== null && isLiteralText(literal)) literals.push({ ...where(node), text: literal });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, literals };
}

const files = sourceFiles(WEB);
const results = files.map(scan);

describe('interface translations', () => {
  it('finds the web sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('has every t() key in both catalogues', () => {
    const missing = results
      .flatMap((r) => r.keys)
      .filter((k) => !Object.hasOwn(id, k.text) || !Object.hasOwn(en, k.text))
      .map((k) => `${k.file}:${k.line} ${k.text}`);
    expect(missing).toEqual([]);
  });

  it('has the same keys in Indonesian and English, none empty', () => {
    const idKeys = Object.keys(id).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys).toEqual(idKeys);
    const empty = [
      ...Object.entries(id)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => `id ${k}`),
      ...Object.entries(en)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => `en ${k}`),
    ];
    expect(empty).toEqual([]);
  });

  it('has no untranslated literal text in JSX', () => {
    const literals = results.flatMap((r) => r.literals).map((l) => `${l.file}:${l.line} "${l.text}"`);
    expect(literals).toEqual([]);
  });
});

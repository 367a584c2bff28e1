// The direct reader of block-style YAML (src/claims/yaml.ts parseBlockYaml) must give what the
// `yaml` package gives: the same values and the same line for every node, on every YAML file of
// the project and on shapes the reader must hand back to the package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node as YNode, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml, scalarNode, toJs } from '../../src/claims/yaml.js';
import { projectRoot } from '../helpers/cli.js';

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Every node as [line, kind, value] in document order. */
function shape(root: unknown, line: (n: unknown) => number): unknown[] {
  const out: unknown[] = [];
  const walk = (n: unknown): void => {
    if (isMap(n)) {
      out.push([line(n), 'map']);
      for (const pair of n.items) { walk(pair.key); walk(pair.value); }
    } else if (isSeq(n)) {
      out.push([line(n), 'seq']);
      for (const item of n.items) walk(item);
    } else if (isScalar(n)) {
      out.push([line(n), 'scalar', n.value, typeof n.value]);
    } else out.push([0, String(n)]);
  };
  walk(root);
  return out;
}

function viaPackage(src: string): unknown[] {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, uniqueKeys: true });
  return shape(doc.contents, (n) => { const r = (n as YNode).range; return r ? lc.linePos(r[0]).line : 1; });
}

function viaReader(src: string): unknown[] {
  const f = parseYaml(src, 'x.yaml');
  return shape(f.root, f.line);
}

describe('block YAML read directly', () => {
  // the tests' own YAML (fixtures and cases), not the live graph/ a user edits
  const files = yamlFiles(join(projectRoot, 'tests'));

  it('gives the yaml package\'s nodes, values and lines on every YAML file of the project', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      let expected: unknown[];
      try { expected = viaPackage(src); } catch { continue; } // files that are meant to be broken
      if (parseDocument(src).errors.length) continue;
      expect(viaReader(src), file).toEqual(expected);
    }
  });

  it('makes nodes the package takes for its own (type checks, clone, toJSON)', () => {
    const root = parseYaml('claims:\n  - id: c1\n    quote: "a b"\n    n: x\n', 'x.yaml').root;
    expect(isMap(root)).toBe(true);
    const pair = (root as YAMLMap).items[0];
    expect(isPair(pair)).toBe(true);
    expect(isScalar(pair.key)).toBe(true);
    const item = ((pair.value as YAMLSeq).items[0] as YAMLMap).items[1].value as Scalar;
    expect([isScalar(item), item.value, item.type]).toEqual([true, 'a b', Scalar.QUOTE_DOUBLE]);
    const copy = item.clone();
    expect([isScalar(copy), copy.value, copy.range]).toEqual([true, 'a b', item.range]);
    expect(toJs(root)).toEqual({ claims: [{ id: 'c1', quote: 'a b', n: 'x' }] });
    expect(scalarNode('v')).toEqual(new Scalar('v'));
    expect(isScalar(scalarNode('v')) && !isPair(scalarNode('v'))).toBe(true);
  });

  it('and on shapes it must leave to the package', () => {
    const cases = [
      'a: 1\nb: true\nc: ~\nd: 2015-10-28\ne: 0x10\nf: 1e3\n',
      'list: [a, b]\nmap: {k: v}\n',
      'a: &x hello\nb: *x\n',
      'text: "with \\"escapes\\" and \\u00e9"\nsingle: \'it\'\'s\'\n',
      'long: >\n  folded\n  text\nkeep: |\n  two\n  lines\n',
      'claims:\n  - id: c1\n    quote: "Turkmenistan’s President"  # comment\n    object: x\n  - id: c2\n    except: [a]\n',
      'k: v # trailing\n# whole-line comment\nn:\n  - 1\n  - -2\n  - "3"\n',
      'key with spaces: value with#hash\nurl: http://example.org/a#b\n',
      'a: b: c\n',
      'empty:\nnext: 1\n',
      // empty flow collections are read directly (entities without alternative labels)
      'entities:\n  - id: a\n    altLabels: []\n    extra: {}  # none\n  - []\n',
      'list: [ ]\nmap: {a: []}\n',
    ];
    for (const src of cases) {
      if (parseDocument(src).errors.length) expect(() => viaReader(src), src).toThrow(/YAML syntax error/);
      else expect(viaReader(src), src).toEqual(viaPackage(src));
    }
  });
});

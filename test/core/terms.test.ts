import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, builtInGlossary, compileGlossary, glossaryMatcher, parseGlossary } from '../../server/src/core';

test('the built-in glossary has at least 120 defined terms with distinct surface forms', () => {
  assert.ok(builtInGlossary().length >= 120);
  const forms = new Set<string>();
  for (const e of builtInGlossary()) {
    assert.ok(e.definition.length > 20, e.term);
    for (const f of [e.term, ...(e.variants ?? [])]) {
      assert.ok(!forms.has(f.toLowerCase()), `duplicate form ${f}`);
      forms.add(f.toLowerCase());
    }
  }
});

test('variants, plurals and hyphenation match whole words; the longest form wins', () => {
  const a = analyzeArticle('De-risking and derisking, an export control or two export controls, and retaliatory tariffs. Tariffing is not a word here.');
  assert.deepEqual(a.terms.map((t) => [t.text, t.term]), [
    ['De-risking', 'de-risking'], ['derisking', 'de-risking'], ['export control', 'export controls'], ['export controls', 'export controls'], ['retaliatory tariffs', 'retaliatory tariffs'],
  ]);
});

test('forms ending in a symbol and possessives with a curly apostrophe match', () => {
  const a = analyzeArticle('OPEC+ agreed to cut output, and the IMF\u2019s board met.');
  assert.deepEqual(a.terms.map((t) => t.term), ['OPEC+', 'IMF']);
});

test('a user entry extends and overrides the built-in glossary', () => {
  const parsed = parseGlossary([{ term: 'tariff', definition: 'Our house definition.' }, { term: 'chip war', definition: 'Rivalry over semiconductors.', variants: ['chip wars'] }], 'test');
  assert.deepEqual(parsed.errors, []);
  const a = analyzeArticle('The chip wars raised every tariff.', { glossary: glossaryMatcher(parsed.entries) });
  assert.deepEqual(a.terms.map((t) => [t.term, t.definition, t.source]), [['chip war', 'Rivalry over semiconductors.', 'test'], ['tariff', 'Our house definition.', 'test']]);
});

test('a malformed glossary is reported entry by entry; good entries still load', () => {
  assert.match(parseGlossary({ nope: 1 }, 'g.json').errors[0], /g\.json: expected an array/);
  const parsed = parseGlossary([{ term: '', definition: 'x' }, { term: 'ok', definition: 'fine' }, 42, { term: 'v', definition: 'd', variants: [3] }], 'g.json');
  assert.equal(parsed.entries.length, 1);
  assert.equal(parsed.errors.length, 3);
  assert.match(parsed.errors[0], /entry 1/);
  assert.ok(compileGlossary(parsed.entries).size === 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core';
import { splitParagraphs } from '../../server/src/core/text/paragraphs';
import { splitSentences } from '../../server/src/core/text/sentences';
import { scanQuotes } from '../../server/src/core/extractors/quotes';

const texts = (t: string): string[] => analyzeArticle(t).quotes.map((q) => q.text);

test('straight and curly double quotes, text without the marks, offsets into the text', () => {
  const text = 'He said "one thing" and then “another thing” today.';
  const a = analyzeArticle(text);
  assert.deepEqual(a.quotes.map((q) => q.text), ['one thing', 'another thing']);
  for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(text[a.quotes[1].outerStart], '“');
  assert.equal(text[a.quotes[1].outerEnd - 1], '”');
});

test('apostrophes never open a quote, nested single quotes stay inside the double one', () => {
  assert.deepEqual(texts('China’s exports in the ’90s didn’t grow, analysts said.'), []);
  assert.deepEqual(texts('“If they say ‘we want a level field,’ they must mean it,” Ms. Vogt said.'), ['If they say ‘we want a level field,’ they must mean it,']);
});

test('an unclosed quote ends at its paragraph and is flagged, never swallowing the next one', () => {
  const a = analyzeArticle('“This never closes, she said.\n\nA new paragraph with “a real quote” in it.');
  assert.deepEqual(a.quotes.map((q) => [q.text, q.unbalanced]), [['This never closes, she said.', true], ['a real quote', false]]);
  assert.ok(a.problems.some((p) => p.kind === 'unbalanced-quote'));
});

test('a multi-paragraph quote: opening mark repeated, closing only at the end, one utterance', () => {
  const text = '“The first paragraph of the statement runs on.\n\n“The second one continues it.\n\n“And the third ends it,” the governor said.';
  const a = analyzeArticle(text);
  assert.equal(a.quotes.length, 3);
  assert.deepEqual(a.quotes.map((q) => q.unbalanced), [false, false, false]);
  assert.deepEqual(a.quotes.map((q) => q.continues), [true, true, false]);
  assert.equal(new Set(a.quotes.map((q) => q.utterance)).size, 1);
});

test('guillemets and a stray closing mark', () => {
  const a = analyzeArticle('Le ministre a dit « nous verrons » hier. Then a stray” mark.');
  assert.deepEqual(a.quotes.map((q) => q.text), ['nous verrons']);
  assert.ok(a.problems.some((p) => p.kind === 'stray-mark'));
});

test('text with no full stops is read in bounded sentences, and every quote in it is still found', () => {
  const unit = '"Friday" which said the report that when ';
  const text = 'PARIS, May 2, 2025 (AFP) - ' + unit.repeat(5000);
  const paragraphs = splitParagraphs(text);
  const { quotes } = scanQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  assert.ok(sentences.every((s) => s.end - s.start <= 2000));
  // Pieces meet end to start, with only spaces between them.
  for (let i = 1; i < sentences.length; i++) assert.match(text.slice(sentences[i - 1].end, sentences[i].start), /^\s*$/);
  assert.equal(analyzeArticle(text).quotes.length, 5000);
});

test('a long run of quotation marks with no words is read in one pass', () => {
  const text = 'PARIS, May 2, 2025 (AFP) - ' + '“”"\'«»‘’ '.repeat(20000);
  const a = analyzeArticle(text);
  // Marks with no words between them make no quotes and no speakers, and are reported as stray or unclosed.
  assert.equal(a.quotes.filter((q) => q.speaker !== null).length, 0);
  assert.ok(a.problems.length > 0);
  assert.equal(a.entities.filter((e) => e.kind === 'person').length, 0);
});

test('straight single marks quote at the top level in headlines and headings, but an apostrophe never opens one', () => {
  const text = "Vietnam cracks down on 'made in Vietnam' fraud\n\n- 'Document every screw' -\n\nTraders' margins fell in the '90s, and rock 'n' roll records don't 'sell' well. She said \"the 'plan' is fine.\"\n";
  const texts = analyzeArticle(text).quotes.map((q) => q.text);
  assert.deepEqual(texts, ['made in Vietnam', 'Document every screw', 'sell', "the 'plan' is fine."]);
});

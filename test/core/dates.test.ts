import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core';

const dates = (t: string): string[] => analyzeArticle(t).dates.map((d) => `${d.text}=${d.value}`);

// 2023-11-11 is a Saturday.
const LINE = 'SAN FRANCISCO, Nov 11, 2023 (Reuters) - ';

test('more wire dateline forms: a country of several words, Kyodo and TASS styles, a place in ordinary case beside an agency', () => {
  const read = (line: string): [string | null, string | null, string | null] => {
    const d = analyzeArticle(`${line} The ministry said on Monday.\n`).dateline;
    return [d?.value ?? null, d?.place ?? null, d?.agency ?? null];
  };
  assert.deepEqual(read('PORT MORESBY, Papua New Guinea, Nov 20, 2025 (AFP) -'), ['2025-11-20', 'PORT MORESBY', 'AFP']);
  assert.deepEqual(read('SEOUL, Dec. 3, 2025 Kyodo -'), ['2025-12-03', 'SEOUL', 'Kyodo']);
  assert.deepEqual(read('MOSCOW, March 3, 2025. /TASS/.'), ['2025-03-03', 'MOSCOW', 'TASS']);
  assert.deepEqual(read('BEIJING, March 3, 2025 /Xinhua/ --'), ['2025-03-03', 'BEIJING', 'Xinhua']);
  assert.deepEqual(read('NEW DELHI, May 5, 2025 (PTI)'), ['2025-05-05', 'NEW DELHI', 'PTI']);
  assert.deepEqual(read('Nairobi, Kenya, 3 March 2025 (AFP) -'), ['2025-03-03', 'Nairobi', 'AFP']);
  assert.deepEqual(read('Jakarta (AFP) -'), [null, 'Jakarta', 'AFP']);
  // An ordinary sentence with a bracket is not a dateline.
  assert.equal(analyzeArticle('Officials (who declined to be named) - and others - said so.\n').dateline, null);
});

test('the dateline in its wire forms', () => {
  assert.equal(analyzeArticle(`${LINE}Text.`).dateline?.value, '2023-11-11');
  assert.equal(analyzeArticle('date 2024-04-06 (Bloomberg) -- Text.').dateline?.value, '2024-04-06');
  assert.equal(analyzeArticle('Published: 12 June 2025\n\nText.').dateline?.value, '2025-06-12');
  assert.equal(analyzeArticle('NEW DELHI, Aug. 5, 2024 (AP) — Text.').dateline?.value, '2024-08-05');
  const noYear = analyzeArticle('BEIJING, Nov 10 (Reuters) - Text.');
  assert.equal(noYear.dateline?.value, null);
  assert.ok(noYear.problems.some((p) => p.kind === 'unreadable-dateline'));
  assert.equal(analyzeArticle('An article with no dateline.').dateline, null);
  // A headline line often comes first.
  assert.equal(analyzeArticle('Lira sinks to a record low\n\nANKARA, Jan 14, 2026 (Reuters) - Text.').dateline?.value, '2026-01-14');
});

test('weekdays follow the tense: past → on or before the dateline, future → on or after', () => {
  assert.deepEqual(dates(`${LINE}Yellen said Friday that talks went well.`), ['Friday=2023-11-10']);
  assert.deepEqual(dates(`${LINE}Yellen will travel on Tuesday to Beijing.`), ['Tuesday=2023-11-14']);
  assert.deepEqual(dates(`${LINE}She arrived on Thursday evening.`), ['Thursday=2023-11-09']);
});

test('relative periods against the dateline', () => {
  assert.deepEqual(dates(`${LINE}She will visit next year and again next week.`), ['next year=2024', 'next week=2023-11-13']);
  assert.deepEqual(dates(`${LINE}Controls enacted last year took effect in July.`), ['last year=2022', 'July=2023-07']);
  assert.deepEqual(dates(`${LINE}They met two days ago.`), ['two days ago=2023-11-09']);
});

test('absolute dates and bare years; durations and vague periods are not dates', () => {
  assert.deepEqual(dates(`${LINE}The deal of March 3, 2025 replaced one from 2011.`), ['March 3, 2025=2025-03-03', '2011=2011']);
  assert.deepEqual(dates(`${LINE}After two days of meetings and 10 hours of talks, in recent months, nothing.`), []);
});

test('without a dateline relative dates are found with value null', () => {
  assert.deepEqual(dates('She said Friday she would return next year, as in 2019.'), ['Friday=null', 'next year=null', '2019=2019']);
});

test('tense rules for a month or weekday on its own', () => {
  const value = (dateline: string, sentence: string, word: string): string | null | undefined => {
    const a = analyzeArticle(`${dateline} ${sentence}\n`);
    return a.dates.find((d) => d.text === word)?.value;
  };
  const DL = 'SEOUL, Dec. 3, 2025 (Reuters) -';
  // A period reported on: the nearer month.
  assert.equal(value(DL, 'The surplus hit a record for the year through October.', 'October'), '2025-10');
  assert.equal(value('HANOI, Oct. 14, 2024 (AP) —', 'The bank will publish its September credit data on Thursday.', 'September'), '2024-09');
  // A deadline points ahead unless a finite past verb says otherwise.
  assert.equal(value('SANTIAGO, Jan. 20, 2026 (Reuters) -', 'Larraín wants the bill signed into law by the end of June.', 'June'), '2026-06');
  assert.equal(value('HANOI, Oct. 14, 2024 (AP) —', 'Credit had grown 9.1% by the end of September, data show.', 'September'), '2024-09');
  assert.equal(value('BOGOTA, Sept. 30, 2025 (Reuters) -', 'She expects rates on hold until at least March.', 'March'), '2026-03');
  // A start: ahead, unless the clause tells of the past.
  assert.equal(value('MANILA, March 6, 2026 (AP) —', 'Two cutters sailed together from Thursday morning.', 'Thursday'), '2026-03-05');
  assert.equal(value('NEW DELHI, Sept. 23, 2025 (Reuters) -', 'Guidelines would be published soon and that companies could apply from April 1.', 'April 1'), '2026-04-01');
  // "when ministers meet on Thursday": a present tense after when/if/once speaks of what is to come.
  assert.equal(value('BRUSSELS, Nov. 25, 2025 (Reuters) -', 'Farmers called on states to reject the deal when ministers meet on Thursday.', 'Thursday'), '2025-11-27');
  // A reported clause has its own tense: "told reporters that tankers could load on Saturday".
  assert.equal(value('ERBIL, July 2, 2025 (Reuters) -', 'The minister later told reporters that tankers could load on Saturday if inspectors finished in time.', 'Saturday'), '2025-07-05');
  // A participle before the date is its own clause: "the contract, signed Sunday in Manila, …".
  assert.equal(value('SEOUL, Feb. 9, 2026 (Yonhap) --', 'Under the contract, signed Sunday in Manila with the ministry, the yard will deliver a frigate in 2029.', 'Sunday'), '2026-02-08');
  // A date inside a quotation takes the tense of the quoted words.
  assert.equal(value('MEXICO CITY, Nov. 13, 2025 (Bloomberg) --', '"December is live, but the bar just got higher," said an economist.', 'December'), '2025-12');
});

test('datelines: a time before the date, day-first dotted dates, EFE\'s ".-", and the year of a year-less dateline', () => {
  const value = (text: string): string | null | undefined => analyzeArticle(text).dateline?.value;
  assert.equal(value('Headline\n\nUpdated: 4:18 PM GMT+1, March 10, 2026\n\nGENEVA (AP) — The panel ruled.\n'), '2026-03-10');
  assert.equal(value('Headline\n\n21.01.2026\n\nWASHINGTON\n\nThe department said.\n'), '2026-01-21');
  assert.equal(value('La Paz, Feb 12, 2026 (EFE).- Peru pressed Bolivia on Thursday.\n'), '2026-02-12');
  assert.equal(value('Published on 18/03/2026 - 20:14\nBy A Reporter - Agência Brasil\n\nThe committee held rates.\n'), '2026-03-18');
  assert.equal(value('ASTANA. Dec 3, 2025 (Interfax) - The operator will raise its tariff.\n'), '2025-12-03');
  assert.equal(value('Headline\n2026-05-06 03:41:17.512 GMT\n\nBy A Writer\n\n(Bloomberg) -- The bank acted.\n'), '2026-05-06');
  assert.equal(value('Headline\n\nPublished On 11 Dec 2025\n\nThe vote passed.\n'), '2025-12-11');
  // A maturity ahead ("bonds due 2034") does not set the year; the weekday of the lead does.
  assert.equal(value('LIMA, Feb 12 (Reuters) - The bank cut rates on Thursday, its first decision of 2026. Bonds due 2034 rallied.\n'), '2026-02-12');
  // A year still ahead ("the 2026 budget"): the nearest year on which the date is that weekday.
  assert.equal(value('COLOMBO, Sep 17 (PTI) Sri Lanka on Wednesday reached a deal. The 2026 budget is due in November; the loan was approved in March 2023.\n'), '2025-09-17');
});

test('header lines that carry the date: "Issued on:", a Bloomberg time stamp with "at" and an offset, a byline and a pipe', () => {
  const value = (head: string): string | null => analyzeArticle(`Headline of the story\n\n${head}\n\nThe ministry said on Monday that talks would go on.\n`).dateline?.value ?? null;
  assert.equal(value('Issued on: 09/07/2026 - 11:05'), '2026-07-09');
  assert.equal(value('By Ana Ruiz\nJuly 9, 2026 at 11:05 AM GMT+2'), '2026-07-09');
  assert.equal(value('Kemal Arslan   |09.07.2026 - Update : 10.07.2026'), '2026-07-09');
  // A sentence with a pipe in it is no dateline.
  assert.equal(value('Prices rose | 3 percent'), null);
});

test('tense: a start after "will" even with an adjective in -ed and a number with a comma; "once they are …", "until … are ready"; a weekday nearest a past verb', () => {
  // 2026-02-12 is a Thursday.
  const head = 'LUSAKA, Feb 12, 2026 (Reuters) - ';
  assert.deepEqual(dates(`${head}Zambia will impose a levy above $10,000 a tonne on unprocessed ore from April 1, the minister said.`), ['April 1=2026-04-01']);
  assert.deepEqual(dates(`${head}The duties will take effect once they are published in the official journal on Friday.`), ['Friday=2026-02-13']);
  assert.deepEqual(dates(`${head}The bank held rates and signalled it may wait until new projections are ready in July.`), ['July=2026-07']);
  assert.deepEqual(dates(`${head}The government will spend more on ports, the minister said, responding to a warning from auditors on Monday.`), ['Monday=2026-02-09']);
  // A past clause keeps its past: "rose until July".
  assert.deepEqual(dates(`${head}Prices rose until July, the agency said.`), ['July=2025-07']);
});

test('the head: a "Published" line after a headline, subhead and byline; the dateline\'s day written again in a source line is no date; "two years ago" is a year; an opening participle takes the main clause\'s tense', () => {
  const head = 'Germany widens screening\n\nBerlin lowers thresholds\n\nHanna Brook in Berlin and Tom Wirt in Brussels\n\nPublished January 28 2026\n\n';
  const a = analyzeArticle(`${head}The cabinet approved the bill on Wednesday.\n`);
  assert.equal(a.dateline?.value, '2026-01-28');
  assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), ['Wednesday=2026-01-28']);
  assert.deepEqual(dates('Source: Xinhua | 2026-01-21 19:47:05\n\nBISHKEK, Jan. 21 (Xinhua) -- The two banks signed a swap on Wednesday.\n'), ['Wednesday=2026-01-21']);
  assert.deepEqual(dates(`${LINE}Two years ago the plant closed.`), ['Two years ago=2021']);
  // 2023-11-11 is a Saturday.
  assert.deepEqual(dates(`${LINE}Speaking to lawmakers on Tuesday, the governor said rates would stay high.`), ['Tuesday=2023-11-07']);
});

test('PTI\'s dateline with no dash repeats the header\'s day: no reported date', () => {
  assert.deepEqual(dates('Updated: Jan 22, 2026 18:05 IST\n\nNew Delhi, Jan 22 (PTI) The government on Thursday imposed a duty.\n'), ['Thursday=2026-01-22']);
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './serverClient';

/** An article written for the tests: dateline, split quote, role before name, appositive, pronoun cue, headline. */
export const ARTICLE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'trade-talks.txt'), 'utf8');
export const URI = 'file:///tmp/news-test/trade-talks.txt';

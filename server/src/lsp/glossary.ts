import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { glossaryMatcher, parseGlossary, type GlossaryEntry, type TermMatcher } from '../core';

const MAX_GLOSSARY_BYTES = 2 * 1024 * 1024;

export interface LoadedGlossary {
  /** Compiled on first use, so that starting the server does not wait for it. */
  matcher: () => TermMatcher;
  /** Messages for the user, each naming the file or setting at fault. */
  errors: string[];
  notes: string[];
}

/**
 * The built-in glossary plus the user's: entries from settings, then a JSON file in each
 * workspace folder (not read in an untrusted workspace). Bad input is reported and skipped.
 */
export function loadGlossary(settingsTerms: unknown[], file: string, folderUris: readonly string[], trusted: boolean): LoadedGlossary {
  const errors: string[] = [];
  const notes: string[] = [];
  const entries: GlossaryEntry[] = [];
  if (settingsTerms.length > 0) {
    const parsed = parseGlossary(settingsTerms, 'setting newsAnnotator.glossary.terms');
    entries.push(...parsed.entries);
    errors.push(...parsed.errors);
  }
  if (file) {
    for (const folder of folderUris) {
      let root: string;
      try {
        root = fileURLToPath(folder);
      } catch {
        continue;
      }
      const full = path.resolve(root, file);
      if (!fs.existsSync(full)) continue;
      if (!trusted) {
        notes.push(`${full} was not read: the workspace is not trusted (Restricted Mode). The built-in glossary is in use.`);
        continue;
      }
      try {
        const size = fs.statSync(full).size;
        if (size > MAX_GLOSSARY_BYTES) {
          errors.push(`${full}: ${Math.round(size / 1024)} KB is larger than the 2 MB a glossary may be; it was not read.`);
          continue;
        }
        const json: unknown = JSON.parse(fs.readFileSync(full, 'utf8'));
        const parsed = parseGlossary(json, full);
        entries.push(...parsed.entries);
        errors.push(...parsed.errors);
      } catch (err) {
        errors.push(`${full}: not valid JSON (${err instanceof Error ? err.message : String(err)}); the built-in glossary is still in use.`);
      }
    }
  }
  let matcher: TermMatcher | undefined;
  return { matcher: () => (matcher ??= glossaryMatcher(entries)), errors, notes };
}

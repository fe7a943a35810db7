import type { GlossaryEntry } from './types';

export interface GlossaryParse {
  entries: GlossaryEntry[];
  /** One line per problem, naming where it is; empty when the glossary is fine. */
  errors: string[];
}

const MAX_ENTRIES = 5000;

/**
 * Validates a user glossary: a JSON array (or `{ "terms": [...] }`) of
 * `{ term, definition, variants? }`. Bad entries are reported and skipped; the rest are used.
 */
export function parseGlossary(json: unknown, source: string): GlossaryParse {
  const errors: string[] = [];
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { terms?: unknown }).terms) ? (json as { terms: unknown[] }).terms : null;
  if (!list) return { entries: [], errors: [`${source}: expected an array of { "term", "definition" } entries`] };
  if (list.length > MAX_ENTRIES) return { entries: [], errors: [`${source}: ${list.length} entries is more than the ${MAX_ENTRIES} allowed`] };
  const entries: GlossaryEntry[] = [];
  list.forEach((item, i) => {
    const where = `${source}: entry ${i + 1}`;
    if (!item || typeof item !== 'object') return void errors.push(`${where} is not an object`);
    const { term, definition, variants } = item as Record<string, unknown>;
    if (typeof term !== 'string' || term.trim().length === 0 || term.length > 100) return void errors.push(`${where}: "term" must be a non-empty string of at most 100 characters`);
    if (typeof definition !== 'string' || definition.length > 2000) return void errors.push(`${where} ("${term}"): "definition" must be a string of at most 2000 characters`);
    if (variants !== undefined && (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string' && v.trim().length > 0))) {
      return void errors.push(`${where} ("${term}"): "variants" must be an array of non-empty strings`);
    }
    entries.push({ term: term.trim(), definition, variants: (variants as string[] | undefined)?.map((v) => v.trim()), source });
  });
  return { entries, errors };
}

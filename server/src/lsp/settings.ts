/** The server's settings: plain data with defaults, read from the client's `newsAnnotator` section. */
export interface ServerSettings {
  maxFileSizeMB: number;
  diagnostics: { enable: boolean; unattributedQuotes: boolean; unbalancedQuotes: boolean; dateline: boolean };
  inlayHints: { resolvedDates: boolean; pronounSpeakers: boolean };
  glossary: { terms: unknown[]; file: string };
}

export const defaultSettings: ServerSettings = {
  maxFileSizeMB: 10,
  diagnostics: { enable: true, unattributedQuotes: true, unbalancedQuotes: true, dateline: true },
  inlayHints: { resolvedDates: true, pronounSpeakers: true },
  glossary: { terms: [], file: '.vscode/news-glossary.json' },
};

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function readSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
  const d = obj(r.diagnostics);
  const h = obj(r.inlayHints);
  const g = obj(r.glossary);
  const size = typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0 ? r.maxFileSizeMB : defaultSettings.maxFileSizeMB;
  return {
    maxFileSizeMB: size,
    diagnostics: {
      enable: bool(d.enable, true), unattributedQuotes: bool(d.unattributedQuotes, true),
      unbalancedQuotes: bool(d.unbalancedQuotes, true), dateline: bool(d.dateline, true),
    },
    inlayHints: { resolvedDates: bool(h.resolvedDates, true), pronounSpeakers: bool(h.pronounSpeakers, true) },
    glossary: { terms: Array.isArray(g.terms) ? g.terms : [], file: typeof g.file === 'string' ? g.file : defaultSettings.glossary.file },
  };
}

import * as vscode from 'vscode';

export const SECTION = 'newsAnnotator';

/** Every setting the client reads, in one place. The server reads its own share through the protocol. */
export class Config {
  private get cfg(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  get articleGlobs(): string[] {
    return this.cfg.get<string[]>('articleGlobs', []);
  }

  get detectArticles(): boolean {
    return this.cfg.get<boolean>('detectArticles', true);
  }

  get statusBar(): boolean {
    return this.cfg.get<boolean>('statusBar.enable', true);
  }

  /** The settings section as plain data, for the server's initialization options. */
  get serverSettings(): unknown {
    const c = this.cfg;
    return {
      maxFileSizeMB: c.get('maxFileSizeMB'),
      diagnostics: c.get('diagnostics'),
      inlayHints: c.get('inlayHints'),
      glossary: c.get('glossary'),
    };
  }

  /** Settings whose change needs the server restarted rather than re-read. */
  static needsRestart(e: vscode.ConfigurationChangeEvent): boolean {
    return e.affectsConfiguration(`${SECTION}.trace.server`);
  }
}

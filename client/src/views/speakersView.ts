import * as vscode from 'vscode';
import type { ServerHandle } from '../client';
import type { ArticleSummary, SpeakerSummary } from '../../../server/src/protocol';
import { LANGUAGE_ID } from '../articleDetection';

export type Node = { kind: 'speaker'; speaker: SpeakerSummary } | { kind: 'quote'; quote: SpeakerSummary['quotes'][number]; uri: vscode.Uri } | { kind: 'note'; text: string };

/** The Speakers view: the active article's speakers with their role, each quote under them; click to jump. */
export class SpeakersView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private summary: ArticleSummary | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly server: ServerHandle) {}

  /** Asks the server again for the active article. */
  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.summary = undefined;
      this.uri = undefined;
    } else {
      try {
        this.summary = await this.server.summary(doc);
        this.uri = doc.uri;
      } catch {
        this.summary = undefined;
      }
    }
    this.changed.fire(undefined);
  }

  get current(): ArticleSummary | undefined {
    return this.summary;
  }

  getChildren(node?: Node): Node[] {
    const s = this.summary;
    if (!node) {
      if (!s || !this.uri) return [{ kind: 'note', text: 'Open a news article to see its speakers.' }];
      if (s.refused) return [{ kind: 'note', text: `Not analysed: ${s.refused}` }];
      if (s.speakers.length === 0) return [{ kind: 'note', text: 'No attributed quotes in this article.' }];
      return s.speakers.map((speaker) => ({ kind: 'speaker', speaker }));
    }
    if (node.kind === 'speaker' && this.uri) return node.speaker.quotes.map((quote) => ({ kind: 'quote', quote, uri: this.uri! }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'note') return new vscode.TreeItem(node.text);
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.speaker.roles[0] ?? '';
      item.tooltip = [node.speaker.name, ...node.speaker.roles].join('\n');
      item.iconPath = new vscode.ThemeIcon(node.speaker.kind === 'person' ? 'person' : 'organization');
      item.contextValue = 'speaker';
      return item;
    }
    const q = node.quote;
    const label = q.text.length > 80 ? q.text.slice(0, 79) + '…' : q.text;
    const item = new vscode.TreeItem(`“${label}”`);
    item.description = `line ${q.line + 1}`;
    item.tooltip = q.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    const range = new vscode.Range(q.line, q.character, q.line, q.character);
    item.command = { command: 'vscode.open', title: 'Go to quote', arguments: [node.uri, { selection: range } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

import * as vscode from 'vscode';
import type { ArticleSummary } from '../../../server/src/protocol';

/** "7 quotes · 4 speakers" for the active article; a click opens the quotes-by-speaker pick. */
export class QuoteStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'News Annotator';
    this.item.command = 'newsAnnotator.quotesBySpeaker';
  }

  update(summary: ArticleSummary | undefined, enabled: boolean): void {
    if (!summary || !enabled) return void this.item.hide();
    if (summary.refused) {
      this.item.text = '$(warning) Not analysed';
      this.item.tooltip = summary.refused;
    } else {
      const n = summary.quoteCount;
      const s = summary.speakers.length;
      this.item.text = `$(quote) ${n} quote${n === 1 ? '' : 's'} · ${s} speaker${s === 1 ? '' : 's'}`;
      this.item.tooltip = 'News Annotator: quotes by speaker';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

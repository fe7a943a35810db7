import { CancellationToken, LSPErrorCodes, ResponseError } from './languageServer';

/**
 * Runs a request handler so that no failure takes the server down: errors are logged and answered
 * with an LSP error, and a cancelled request answers RequestCancelled.
 */
export async function runSafe<T>(name: string, token: CancellationToken, log: (message: string) => void, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    const result = await fn();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
    return result;
  } catch (err) {
    const message = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    log(`${name} failed: ${message}`);
    return new ResponseError(LSPErrorCodes.RequestFailed, `${name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

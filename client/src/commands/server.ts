import type { ServerHandle } from '../client';

export async function restartServer(server: ServerHandle): Promise<void> {
  await server.restart();
}

export function showOutput(server: ServerHandle): void {
  server.output.show();
}

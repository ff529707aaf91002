// Where the command line reads and writes: the process's streams by default, or what the caller of main() passes
// (tests run the CLI in-process and capture its output). Held per call in AsyncLocalStorage, so the commands reach
// it with `cliIo()` without threading it through every function.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CliOutput {
  write(text: string, done?: () => void): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: AsyncIterable<Uint8Array | string>;
}

const current = new AsyncLocalStorage<CliIo>();

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** The streams of the running command. */
export function cliIo(): CliIo {
  return current.getStore() ?? processIo();
}

export function withCliIo<T>(io: CliIo, run: () => Promise<T>): Promise<T> {
  return current.run(io, run);
}

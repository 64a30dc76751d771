// Where the CLI prints, and the environment it reads: the real process, or a test's collector.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** All of standard input, for a secret piped in (`--password-stdin`); absent when there is none to read. */
  stdin?: () => Promise<string>;
}

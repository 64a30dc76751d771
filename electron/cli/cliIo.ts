// Where the CLI prints, and the environment it reads: the real process, or a test's collector.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

// Entry point of the `redaksi` bin.
import { runCli } from './cli';

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  stdin: async () => {
    // Typed at a terminal rather than piped in: say how to end it.
    if (process.stdin.isTTY) process.stderr.write('Paste it, press Enter, then Ctrl+D:\n');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
}).then((code) => {
  process.exitCode = code;
});

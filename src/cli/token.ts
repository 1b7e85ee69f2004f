// `npm run token -- <name>`: prints a new editor token (give it to the editor) and the line to
// add to EDITOR_TOKENS_SHA256 (only the hash is stored by the operator). Every failure is one
// line in the project's words (src/services/failure.ts), never a raw Node error.
import { describeFailure, printFailure } from '../services/failure';
import { newToken } from '../auth/tokens';

const USAGE = 'Usage: npm run token -- <editor-name>   (letters, digits, _ . @ -; at most 64)\n';

function fail(err: unknown): never {
  printFailure('token', describeFailure(err), err);
  process.exit(1);
}

// Output closed early (`npm run token -- alice | head -1`): one line, not an EPIPE stack.
process.stdout.on('error', fail);

try {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) {
    process.stderr.write(USAGE);
    process.exit(1);
  }
  const { token, entry } = newToken(name);
  process.stdout.write(`token for ${name} (shown once; send it as "Authorization: Bearer <token>"):\n${token}\n\n`);
  process.stdout.write(`add to EDITOR_TOKENS_SHA256 (comma-separated with any existing entries):\nEDITOR_TOKENS_SHA256=${entry}\n`);
} catch (err) {
  fail(err);
}

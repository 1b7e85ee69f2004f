// `npm run token -- <name>`: prints a new editor token (give it to the editor) and the line to
// add to EDITOR_TOKENS_SHA256 (only the hash is stored by the operator).
import { newToken } from './tokens';

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) {
  process.stderr.write('Usage: npm run token -- <editor-name>   (letters, digits, _ . @ -; at most 64)\n');
  process.exit(1);
}
const { token, entry } = newToken(name);
process.stdout.write(`token for ${name} (shown once; send it as "Authorization: Bearer <token>"):\n${token}\n\n`);
process.stdout.write(`add to EDITOR_TOKENS_SHA256 (comma-separated with any existing entries):\nEDITOR_TOKENS_SHA256=${entry}\n`);

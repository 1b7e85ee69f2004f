// Progress of a long import: a bar redrawn in place on a terminal, plain lines (at most one every
// few seconds per phase) when the output is a file or a pipe.
export interface Progress {
  /** Starts a phase of `total` units (rows, files, batches). */
  phase(name: string, total: number): void;
  /** Sets how many units of the current phase are done. */
  update(done: number): void;
  /** A line of information outside the bar. */
  info(message: string): void;
  done(): void;
}

export const silentProgress: Progress = { phase: () => undefined, update: () => undefined, info: () => undefined, done: () => undefined };

export function streamProgress(stream: NodeJS.WriteStream = process.stderr, intervalMs = 2000): Progress {
  const tty = Boolean(stream.isTTY);
  let name = '';
  let total = 0;
  let done = 0;
  let started = Date.now();
  let lastDraw = 0;
  let lastShown = -1;
  const rate = () => {
    const s = (Date.now() - started) / 1000;
    return s > 0 ? Math.round(done / s) : 0;
  };
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < (tty ? 100 : intervalMs)) return;
    // Off a terminal a line is a record: never the same count twice.
    if (!tty && done === lastShown) return;
    lastDraw = now;
    lastShown = done;
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
    if (tty) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r\x1b[2K${name.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${rate().toLocaleString('en')}/s`);
    } else {
      stream.write(`${name}: ${done}/${total} (${pct}%) ${((now - started) / 1000).toFixed(1)} s\n`);
    }
  };
  const endLine = () => {
    if (tty && name) stream.write('\n');
  };
  return {
    phase(n, t) {
      if (name) {
        draw(true);
        endLine();
      }
      name = n;
      total = t;
      done = 0;
      started = Date.now();
      lastDraw = 0;
      lastShown = -1;
      draw(true);
    },
    update(d) {
      done = d;
      draw(d >= total);
    },
    info(message) {
      if (tty && name) stream.write('\r\x1b[2K');
      stream.write(`${message}\n`);
      if (tty && name) draw(true);
    },
    done() {
      if (name) {
        draw(true);
        endLine();
      }
      name = '';
    },
  };
}

// Progress of a long import: a cli-progress bar redrawn in place on a terminal; plain lines off
// one (a file or a pipe keeps a record: at most one line every few seconds per phase, never the
// same count twice, which cli-progress's own non-terminal mode does not promise).
import { SingleBar } from 'cli-progress';

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
  return stream.isTTY ? barProgress(stream) : lineProgress(stream, intervalMs);
}

const count = (n: number) => n.toLocaleString('en');

function barProgress(stream: NodeJS.WriteStream): Progress {
  let started = Date.now();
  const bar = new SingleBar({
    stream,
    fps: 10,
    barsize: 30,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    format: (options, params, payload: { name?: string }) => {
      const filled = Math.round(params.progress * (options.barsize ?? 30));
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(params.value / seconds) : 0;
      const pct = String(Math.min(100, Math.floor(params.progress * 100))).padStart(3);
      return `${(payload.name ?? '').padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat((options.barsize ?? 30) - filled)}] ${pct}% ${count(params.value)}/${count(params.total)} ${count(rate)}/s`;
    },
  });
  let active = false;
  const stop = () => {
    if (active) bar.stop();
    active = false;
  };
  return {
    phase(name, total) {
      stop();
      started = Date.now();
      bar.start(total, 0, { name });
      active = true;
    },
    update(done) {
      bar.update(done);
    },
    info(message) {
      // Above the bar: clear its line, write, and let the bar draw itself again.
      if (active) stream.write('\r\x1b[2K');
      stream.write(`${message}\n`);
      if (active) bar.render();
    },
    done: stop,
  };
}

function lineProgress(stream: NodeJS.WriteStream, intervalMs: number): Progress {
  let name = '';
  let total = 0;
  let done = 0;
  let started = Date.now();
  let lastDraw = 0;
  let lastShown = -1;
  const draw = (force = false) => {
    const now = Date.now();
    if ((!force && now - lastDraw < intervalMs) || done === lastShown) return;
    lastDraw = now;
    lastShown = done;
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
    stream.write(`${name}: ${done}/${total} (${pct}%) ${((now - started) / 1000).toFixed(1)} s\n`);
  };
  return {
    phase(n, t) {
      if (name) draw(true);
      [name, total, done, started, lastDraw, lastShown] = [n, t, 0, Date.now(), 0, -1];
      draw(true);
    },
    update(d) {
      done = d;
      draw(d >= total);
    },
    info(message) {
      stream.write(`${message}\n`);
    },
    done() {
      if (name) draw(true);
      name = '';
    },
  };
}

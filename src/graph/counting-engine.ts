// Wraps an engine for one request and counts its database calls (exposed to tests and the
// benchmark through the response's extensions).
import type { GraphEngine, Params, Row, WriteStep } from './engine';
import type { OperationName } from './operations';

export interface CallStats {
  calls: number;
  operations: string[];
  /** Rows each read returned, by position in `operations` (writes: 0), so tests can check what a page reads. */
  rows?: number[];
}

export function countingEngine(engine: GraphEngine, stats: CallStats): GraphEngine {
  return {
    kind: engine.kind,
    get generation() {
      return engine.generation;
    },
    ...(engine.sync ? { sync: () => engine.sync!() } : {}),
    async read(op: OperationName, params?: Params): Promise<Row[]> {
      stats.calls++;
      const at = stats.operations.push(op) - 1;
      const rows = await engine.read(op, params);
      if (stats.rows) stats.rows[at] = rows.length;
      return rows;
    },
    write(op: OperationName, params?: Params): Promise<Row[]> {
      stats.calls++;
      stats.operations.push(op);
      return engine.write(op, params);
    },
    writeAll(steps: WriteStep[]): Promise<Row[][]> {
      stats.calls++;
      stats.operations.push(steps.map((s) => s.op).join('+'));
      return engine.writeAll(steps);
    },
    unkeyedFacts: () => engine.unkeyedFacts(),
    deleteUnkeyedFacts: (ids) => engine.deleteUnkeyedFacts(ids),
    migrate: () => engine.migrate(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

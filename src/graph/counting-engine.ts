// Wraps an engine for one request and counts its database calls (exposed to tests and the
// benchmark through the response's extensions).
import type { GraphEngine, Params, Row, WriteStep } from './engine';
import type { OperationName } from './operations';

export interface CallStats {
  calls: number;
  operations: string[];
}

export function countingEngine(engine: GraphEngine, stats: CallStats): GraphEngine {
  return {
    kind: engine.kind,
    get generation() {
      return engine.generation;
    },
    read(op: OperationName, params?: Params): Promise<Row[]> {
      stats.calls++;
      stats.operations.push(op);
      return engine.read(op, params);
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
    migrate: () => engine.migrate(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

// The grouped reads of the link index: one row of parallel lists, nullable values collected as
// '' (strings) or -1 (numbers) because collect() skips nulls (tests/integration/cypher-quirks
// shows it on both engines), unpacked into rows with the nulls back.
import { unpackLists } from '../../src/graph/packed';

describe('unpackLists', () => {
  it('gives one row per position, with the sentinels read back as null', () => {
    const row = { connector: 'squad:x', ids: ['a', 'b', 'c'], los: ['2004-07-01', '', '2006-07-01'], confidences: [1, -1, 0.5] };
    expect([...unpackLists(row, ['ids', 'los', 'confidences'])]).toEqual([
      { ids: 'a', los: '2004-07-01', confidences: 1 },
      { ids: 'b', los: null, confidences: null },
      { ids: 'c', los: '2006-07-01', confidences: 0.5 },
    ]);
  });

  it('gives nothing for a row without lists', () => {
    expect([...unpackLists({ connector: 'squad:x' }, ['ids'])]).toEqual([]);
  });
});

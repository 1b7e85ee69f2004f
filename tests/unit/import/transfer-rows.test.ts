import { ImportReport } from '../../../src/services/import/report';
import { dayText } from '../../../src/services/import/person-resolver';
import { birthFromAge, parseTransferRow, repairShiftedFiles, TRANSFER_COLUMNS, type TransferRow } from '../../../src/services/import/transfers';

// Steven Defour's move from KRC Genk to Standard Liège, as the 2006 Jupiler Pro League file writes it.
const DEFOUR_OUT = 'KRC Genk,Steven Defour,18.0,Belgium,Defensive Midfield,DM,3000000.0,Standard Liège,Belgium,1500000.0,out,summer,Jupiler Pro League,2006,False,';

function fields(line: string): Record<string, string> {
  const values = line.split(',');
  return Object.fromEntries(TRANSFER_COLUMNS.map((c, i) => [c, values[i] ?? '']));
}

describe('transfer rows', () => {
  it('reads a row: ages as floats, fees in euros, the league country', () => {
    const r = parseTransferRow(fields(DEFOUR_OUT), '2006/jupiler-pro-league.csv', 189, 2006) as TransferRow;
    expect(r).toMatchObject({ club: 'KRC Genk', name: 'Steven Defour', age: 18, nationality: 'BE', fee: 1500000, marketValue: 3000000, dealing: 'Standard Liège', dealingCountry: 'BE', movement: 'out', window: 'summer', season: 2006, isLoan: false, clubCountry: 'BE', special: null });
  });

  it('turns counterparts that are not clubs into special sides', () => {
    const retired = parseTransferRow(fields('Cercle Brugge ,Besnik Hasi,36.0,Albania,Defensive Midfield,DM,500000.0,Retired,,,out,summer,Jupiler Pro League,2008,False,'), 'f', 2, 2008) as TransferRow;
    expect(retired).toMatchObject({ club: 'Cercle Brugge', special: 'Retired', dealing: null, fee: null });
    const empty = parseTransferRow(fields('KAA Gent,X Y,20,Belgium,Goalkeeper,GK,,,,,in,summer,Jupiler Pro League,2008,False,'), 'f', 3, 2008) as TransferRow;
    expect(empty.special).toBe('Unknown');
  });

  it.each([
    ['KRC Genk,Steven Defour,eighteen,Belgium,DM,DM,,Standard Liège,Belgium,,out,summer,Jupiler Pro League,2006,False,', 'age "eighteen" is not a number'],
    ['KRC Genk,Steven Defour,18,Belgium,DM,DM,,Standard Liège,Belgium,,sideways,summer,Jupiler Pro League,2006,False,', 'movement "sideways" is neither in nor out'],
    ['KRC Genk,Steven Defour,18,Belgium,DM,DM,,Standard Liège,Belgium,,out,spring,Jupiler Pro League,2006,False,', 'window "spring" is neither summer nor winter'],
    ['KRC Genk,Steven Defour,18,Belgium,DM,DM,,Standard Liège,Belgium,-5,out,summer,Jupiler Pro League,2006,False,', 'fee -5 is negative'],
    ['KRC Genk,,18,Belgium,DM,DM,,Standard Liège,Belgium,,out,summer,Jupiler Pro League,2006,False,', 'empty player name'],
    ['KRC Genk,Steven Defour,18,Belgium,DM,DM,,Standard Liège,Belgium,,out,summer,Jupiler Pro League,2007,False,', 'season 2007 in a file of season 2006'],
    ['KRC Genk,Steven Defour,18,Belgium,DM,DM,,Standard Liège,Belgium,,out,summer,Jupiler Pro League,2006,maybe,', 'is_loan "maybe" is neither True nor False'],
  ])('rejects a malformed row with its reason: %s', (line, reason) => {
    expect(parseTransferRow(fields(line), 'f', 9, 2006)).toBe(reason);
  });

  it('keeps implausible ages as unknown rather than rejecting the move', () => {
    const r = parseTransferRow(fields('KAA Gent,François Konter,63,Luxembourg,defence,defence,,Retired,,,out,summer,Jupiler Pro League,1997,False,'), 'f', 2, 1997) as TransferRow;
    expect(r.age).toBeNull();
  });

  it('narrows a birth date from an age at a transfer window', () => {
    const b = birthFromAge(18, 2006, 'summer');
    expect([dayText(b.lo), dayText(b.hi)]).toEqual(['1987-06-02', '1988-09-30']);
    const w = birthFromAge(20, 2006, 'winter');
    expect([dayText(w.lo), dayText(w.hi)]).toEqual(['1986-01-02', '1987-02-28']);
  });
});

describe('files that head clubs with the wrong name', () => {
  const row = (file: string, club: string, name: string, movement: 'in' | 'out', dealing: string, line: number): TransferRow => ({
    file, line, club, clubCountry: 'BE', name, key: name.toLowerCase(), age: 25, nationality: 'BE', position: 'Centre-Back', marketValue: null,
    dealing, dealingCountry: 'BE', special: null, fee: 100, movement, window: 'summer', season: 2021, isLoan: false, loanStatus: null,
  });

  it('gives each block of a shifted file the club its counterpart rows name, and rejects blocks nothing names', () => {
    const rows: TransferRow[] = [];
    // A consistent file: 40 moves seen from both sides.
    for (let i = 0; i < 40; i++) {
      rows.push(row('good.csv', 'A', `p${i}`, 'out', 'B', i * 2 + 2), row('good.csv', 'B', `p${i}`, 'in', 'A', i * 2 + 3));
    }
    // A shifted file: rows of club C are headed "D", rows of D are headed "E"; the other side (a
    // consistent file) names the real clubs.
    for (let i = 0; i < 20; i++) rows.push(row('shifted.csv', 'D', `c${i}`, 'out', 'X', i + 2), row('other.csv', 'X', `c${i}`, 'in', 'C', i + 2));
    for (let i = 0; i < 20; i++) rows.push(row('shifted.csv', 'E', `d${i}`, 'out', 'Y', i + 30), row('other.csv', 'Y', `d${i}`, 'in', 'D', i + 30));
    for (let i = 0; i < 3; i++) rows.push(row('shifted.csv', 'F', `e${i}`, 'out', 'Z', i + 60));
    const report = new ImportReport();
    const kept = repairShiftedFiles(rows, report);
    const shifted = kept.filter((r) => r.file === 'shifted.csv');
    expect(shifted.filter((r) => r.key.startsWith('c')).every((r) => r.club === 'C' && r.headedAs === 'D')).toBe(true);
    expect(shifted.filter((r) => r.key.startsWith('d')).every((r) => r.club === 'D' && r.headedAs === 'E')).toBe(true);
    expect(kept.filter((r) => r.file === 'good.csv').every((r) => r.headedAs === undefined)).toBe(true);
    expect(report.rejects.map((r) => r.line)).toEqual([60, 61, 62]);
    expect(report.rejects[0]!.reason).toMatch(/heading "F" is unreliable/);
  });
});

// The shared presentation words (src/domain/wording.ts): the canonical forms the API
// writes, the readable forms the explorer shows for the same dates, and the explorer's own words
// (src/explorer/client/words.ts) held to the API's for the same input.
import { headCoachRecord } from '../../src/domain/league-records';
import { parsePartialDate } from '../../src/domain/partial-date';
import * as explorer from '../../src/explorer/client/words';
import { asKind, type FactModel } from '../../src/domain/models/facts';
import { periodOfFact } from '../../src/domain/sentences';
import * as wording from '../../src/domain/wording';
import { bornWords, dayInputText, euros, parseDayInput, rangeText, rangeWords, readable, recordWords, seasonRunsText } from '../../src/domain/wording';

describe('readable dates', () => {
  it.each([
    ['2021-05-11', '11 May 2021'],
    ['2023-11', 'Nov 2023'],
    ['2021', '2021'],
    ['2022/23', '2022/23'],
    ['2006/07–2010/11', '2006/07–2010/11'],
    ['2022-10–2023-11', 'Oct 2022–Nov 2023'],
    ['since 2023-11', 'since Nov 2023'],
    ['2021-05-11 to 2021-06-02', '11 May 2021 to 2 Jun 2021'],
    ['between 1987-05-12 and 1988-05-11', 'between 12 May 1987 and 11 May 1988'],
    ['1987-05-12..1988-05-11', 'between 12 May 1987 and 11 May 1988'],
    ['2023-11-01..2025-04-30', 'between Nov 2023 and Apr 2025'],
    ['2019-07-01..2021-06-30', 'between 2019/20 and 2020/21'],
    ['between 2023-11-01 and 2025-04-30', 'between Nov 2023 and Apr 2025'],
    ['Steven Defour was succeeded by Besnik Hasi as head coach at KV Mechelen (2023-11).', 'Steven Defour was succeeded by Besnik Hasi as head coach at KV Mechelen (Nov 2023).'],
    ['Ran a marathon in London in 3:26', 'Ran a marathon in London in 3:26'],
    ['since 2023-11-01..2025-04-28', 'began between 1 Nov 2023 and 28 Apr 2025'],
    ['until between 2004-01-01 and 2004-06-30', 'ended between Jan 2004 and Jun 2004'],
  ])('%s reads %s', (text, words) => {
    expect(readable(text)).toBe(words);
  });

  it('says a birth date known from an age as one of two years', () => {
    expect(bornWords('1987-05-12..1988-05-11')).toBe('1987 or 1988');
    expect(bornWords('1987-01-01..1987-06-30')).toBe('1987');
    expect(bornWords('1987-05-12')).toBe('12 May 1987');
  });

  it('keeps the canonical forms the API writes', () => {
    expect(rangeText('2006-07-01', '2011-06-30')).toBe('2006/07–2010/11');
    expect(rangeText('2023-11-01', '2023-11-30')).toBe('2023-11');
    expect(rangeWords('2023-11-01', '2023-11-30')).toBe('Nov 2023');
    expect(seasonRunsText(['2007/08', '2009/10', '2010/11'])).toBe('2007/08, 2009/10–2010/11');
  });
});

describe('day inputs, day first', () => {
  it.each([
    ['15-01-2023', '2023-01-15'],
    ['5/1/2023', '2023-01-05'],
    ['05.01.2023', '2023-01-05'],
    ['2023-01-15', '2023-01-15'],
    [' 29-02-2024 ', '2024-02-29'],
  ])('reads %p as %p', (input, day) => {
    expect(parseDayInput(input)).toBe(day);
  });

  it.each(['01-15-2023', '29-02-2023', '2023/01/15', '15-01-23', 'yesterday', ''])('refuses %p', (input) => {
    expect(parseDayInput(input)).toBeNull();
  });

  it('shows an ISO day day first', () => {
    expect(dayInputText('2023-01-15')).toBe('15-01-2023');
  });
});

describe('the other end of a move', () => {
  it.each([
    ['Without Club', 'no club'],
    ['Retired', 'retirement'],
    ['Unknown', 'a club not named'],
    [null, 'a club not named'],
    ['Hapoel Tel Aviv', 'Hapoel Tel Aviv'],
  ])('%p reads %p', (name, words) => {
    expect(wording.counterpartWords(name)).toBe(words);
  });
});

describe('money', () => {
  it.each([
    [21_760_000, '€21.76m'],
    [7_000_000, '€7m'],
    [750_000, '€750k'],
    [1_500, '€1.5k'],
    [0, '€0'],
  ])('%p euros read %p', (amount, words) => {
    expect(euros(amount)).toBe(words);
  });
});

describe('the explorer and the API, for the same input, say the same', () => {
  const fact = (kind: string, start?: string, end?: string, extra: Partial<FactModel> = {}): FactModel => ({
    id: `fact:${kind}`,
    kind: kind as FactModel['kind'],
    type: null,
    start: start ? parsePartialDate(start) : null,
    end: end ? parsePartialDate(end) : null,
    details: {},
    confidence: 1,
    refs: {},
    ...extra,
  });

  it.each([
    ['2004', '2006', '2004–2006'],
    ['2022-10', '2023-11', 'Oct 2022–Nov 2023'],
    ['2006/07', '2010/11', '2006/07–2010/11'],
    ['2022/23', '2022/23', '2022/23'],
    ['2021-05-11', '2021-06-02', '11 May 2021–2 Jun 2021'],
    ['2023-11', undefined, 'since Nov 2023'],
    [undefined, '2004', 'until 2004'],
    ['2023-11-01..2025-04-28', undefined, 'began between 1 Nov 2023 and 28 Apr 2025'],
    [undefined, undefined, 'undated'],
  ])('a period from %p to %p reads %p on the page and in the API', (start, end, words) => {
    const f = fact('spell', start, end);
    // The page gets each end's canonical text; the API's hop period is built from the dates.
    expect(explorer.period(f.start, f.end)).toBe(words);
    expect(readable(periodOfFact(f, false).text)).toBe(words);
  });

  it.each([
    ['2023-11-01..2025-04-30', 'between Nov 2023 and Apr 2025'],
    ['1987-05-12..1988-05-11', 'between 12 May 1987 and 11 May 1988'],
    ['2021-05-11', '11 May 2021'],
  ])('a moment dated %p reads %p on the page and in the API', (start, words) => {
    const f = fact('transfer', start);
    expect(explorer.when(f.start!)).toBe(words);
    expect(readable(periodOfFact(f, true).text)).toBe(words);
  });

  it('takes its labels for codes from the shared tables, not copies', () => {
    expect(explorer.RELATION_PHRASES).toBe(wording.RELATION_WORDS);
    expect(explorer.TIMELINE_KINDS).toBe(wording.TIMELINE_KIND_WORDS);
    expect(explorer.RELATIONSHIP_TYPES).toBe(wording.RELATIONSHIP_TYPE_WORDS);
    expect(explorer.STAFF_EVIDENCE).toBe(wording.STAFF_EVIDENCE_WORDS);
    expect(explorer.END_REASONS).toBe(wording.TENURE_END_WORDS);
    expect(explorer.TRANSFER_TYPES).toBe(wording.TRANSFER_TYPE_WORDS);
    expect(explorer.RELATION_FILTER).toBe(wording.RELATION_CHOICE_WORDS);
    expect(explorer.SEARCH_FIELDS).toBe(wording.SEARCH_FIELD_WORDS);
    // Staff evidence as the page says it.
    expect(explorer.STAFF_EVIDENCE.OPEN_END).toMatch(/^no source gives the end/);
    expect(explorer.STAFF_EVIDENCE.ATTESTED).toMatch(/^undated tenure, attested/);
  });

  it('offers one filter choice per pair of relations, each standing for itself', () => {
    for (const [relation, choice] of Object.entries(explorer.RELATION_FILTER)) {
      expect(explorer.RELATION_FILTER[choice.value]).toBe(choice);
      expect(Object.keys(wording.RELATION_WORDS)).toContain(relation);
    }
    expect(explorer.RELATION_FILTER.COACHED_BY).toBe(explorer.RELATION_FILTER.COACHED);
    expect(new Set(Object.values(explorer.RELATION_FILTER)).size).toBe(13);
  });

  it("counts a head coach's league record in the words the API's summary uses", () => {
    const match = (day: string, home: number, away: number) =>
      asKind(fact('match', day, undefined, { id: `match:${day}`, type: 'LEAGUE', details: { homeGoals: home, awayGoals: away }, refs: { home: ['club:a'], away: ['club:b'] } }), 'match');
    const tenure = asKind(fact('tenure', '2022-10-01', '2022-12-31', { type: 'HEAD_COACH' }), 'tenure');
    const r = headCoachRecord(tenure, 'club:a', [match('2022-10-08', 2, 0), match('2022-10-15', 1, 1), match('2022-11-05', 0, 3)], new Map());
    expect(recordWords(r.record!)).toBe('3 matches: 1 won, 1 drawn, 1 lost');
    expect(r.summary.startsWith(recordWords(r.record!))).toBe(true);
  });
});

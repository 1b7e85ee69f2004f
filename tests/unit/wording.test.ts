// The shared presentation words (src/presentation/wording.ts): the canonical forms the API
// writes, and the readable forms the explorer shows for the same dates.
import { bornWords, dayInputText, euros, parseDayInput, rangeText, rangeWords, readable, seasonRunsText } from '../../src/presentation/wording';

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
    ['Steven Defour was succeeded by Besnik Hasi as head coach at KV Mechelen (2023-11).', 'Steven Defour was succeeded by Besnik Hasi as head coach at KV Mechelen (Nov 2023).'],
    ['Ran a marathon in London in 3:26', 'Ran a marathon in London in 3:26'],
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

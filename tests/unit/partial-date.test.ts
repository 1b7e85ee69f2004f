import { parsePartialDate, seasonsBetween } from '../../src/domain/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2021-05-11', 'DAY', '2021-05-11', '2021-05-11'],
    ['2021-05', 'MONTH', '2021-05-01', '2021-05-31'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2021', 'YEAR', '2021-01-01', '2021-12-31'],
    ['2011/12', 'SEASON', '2011-07-01', '2012-06-30'],
    ['1999/00', 'SEASON', '1999-07-01', '2000-06-30'],
    ['2011-2012', 'SEASON', '2011-07-01', '2012-06-30'],
    ['1987-05-12..1988-05-11', 'RANGE', '1987-05-12', '1988-05-11'],
  ])('%s is a %s from %s to %s', (text, precision, lo, hi) => {
    expect(parsePartialDate(text)).toMatchObject({ precision, lo, hi });
  });

  it('reads 2011-12 as December 2011, never as a season', () => {
    expect(parsePartialDate('2011-12').precision).toBe('MONTH');
  });

  it.each(['2021-13', '2021-02-30', '2011/13', '21', 'May 2021', '1988-05-11..1987-05-12', ''])('refuses %p', (text) => {
    expect(() => parsePartialDate(text)).toThrow();
  });

  it('lists the seasons a period touches', () => {
    expect(seasonsBetween('2020-08-01', '2021-05-11')).toEqual([2020]);
    expect(seasonsBetween('2022-10-01', '2024-04-30')).toEqual([2022, 2023]);
  });
});

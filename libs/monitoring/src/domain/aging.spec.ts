import { Money } from '@gqt/kernel';
import { bucketOf, emptyFigures, overdueAmount, totalAmount, totalCount } from './aging';

describe('aging buckets', () => {
  it('puts a receivable on or before its due date in notDue', () => {
    expect(bucketOf(-12)).toBe('notDue');
    expect(bucketOf(0)).toBe('notDue');
  });

  it('splits at 30/31, 60/61 and 90/91 days overdue', () => {
    expect([1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf)).toEqual([
      'd1_30',
      'd1_30',
      'd31_60',
      'd31_60',
      'd61_90',
      'd61_90',
      'd90plus',
      'd90plus',
    ]);
  });

  it('totals every bucket exactly', () => {
    const figures = emptyFigures();
    figures.counts = { ...figures.counts, notDue: 2, d31_60: 1, d90plus: 3 };
    figures.amounts = {
      ...figures.amounts,
      notDue: Money.parse('0.01'),
      d31_60: Money.parse('99999999999.99'),
      d90plus: Money.parse('0.02'),
    };
    expect(totalCount(figures)).toBe(6);
    expect(totalAmount(figures).toString()).toBe('100000000000.02');
    expect(overdueAmount(figures).toString()).toBe('100000000000.01');
  });
});

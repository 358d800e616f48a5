import { describe, expect, test } from 'vitest';
import { formatAmount, formatTable } from '../../../scripts/bench/report.ts';

describe('bench report', () => {
  test('amounts carry their unit: kB of 1,000 bytes, ms below a second, seconds above', () => {
    expect(formatAmount('B', 41_770)).toBe('41.8 kB');
    expect(formatAmount('ms', 449.6)).toBe('450 ms');
    expect(formatAmount('ms', 4_694)).toBe('4.7 s');
    expect(formatAmount('characters', 1024)).toBe('1,024 characters');
    expect(formatAmount('ms', null)).toBe('not measured');
  });

  test('a table pads each column to its widest cell, numbers to the right', () => {
    const table = formatTable(
      ['package', 'req', 'status'],
      [
        ['a-long-package-name', '3', 'PASS'],
        ['short', '12', 'FAIL init-fast3g'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'package              req  status',
      '-------------------  ---  ----------------',
      'a-long-package-name    3  PASS',
      'short                 12  FAIL init-fast3g',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import {
  escapeHtml,
  formatInterval,
  formatNumber,
  formatPlusMinus,
  formatSigned,
  periodText,
} from '../../src/report/format.js';
import { confidenceInterval } from '../../src/stats/interval.js';

describe('number and interval text', () => {
  it('rounds, groups thousands and writes a true minus sign', () => {
    expect(formatNumber(1234.56, 1)).toBe('1,234.6');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(-2.5, 0)).toBe('−3');
    expect(formatNumber(Number.NaN, 1)).toBe('–');
    expect(formatSigned(2.06, 1)).toBe('+2.1');
    expect(formatSigned(0.04, 1)).toBe('0.0');
  });

  it('shows an interval as mean [low, high] and mean ±half-width', () => {
    // 1..5: mean 3, sd √2.5, t(0.975, 4) = 2.776445 → half-width 1.963.
    const ci = confidenceInterval([1, 2, 3, 4, 5]);
    expect(formatInterval(ci, 2)).toBe('3.00 [1.04, 4.96]');
    expect(formatPlusMinus(ci, 2)).toBe('3.00 ±1.96');
    expect(formatInterval(confidenceInterval([2, 4, 6]), 1, true)).toBe('+4.0 [−1.0, 9.0]');
  });

  it('says n=1 when one replication defines the value, and – when none does', () => {
    expect(formatInterval(confidenceInterval([7]), 1)).toBe('7.0 (n=1)');
    expect(formatPlusMinus(confidenceInterval([]), 1)).toBe('–');
  });

  it('escapes text for HTML content and attributes', () => {
    expect(escapeHtml(`a < b & "c" 'd' > e`)).toBe(
      'a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e',
    );
  });
});

describe('the simulated period', () => {
  it('says "1 day" for one day and "N days" for more, in both languages', () => {
    expect(periodText(translator('en'), 1, '2024-08-17')).toBe('1 day from 2024-08-17');
    expect(periodText(translator('en'), 7, '2024-10-01')).toBe('7 days from 2024-10-01');
    expect(periodText(translator('zh'), 1, '2024-08-17')).toBe('自 2024-08-17 起共 1 天');
  });
});

/** Every scenario shipped in scenarios/ (at any depth) loads without problems. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';

const files = readdirSync('scenarios', { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join('scenarios', name))
  .sort();

describe('scenarios/**/*.yaml', () => {
  it('has scenarios to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s validates', (file) => {
    const scenario = loadScenario(file);
    expect(scenario.plans.length).toBeGreaterThan(0);
    expect(scenario.crowd.visitorsPerDay).toHaveLength(scenario.calendar.days);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/messages.js';
import { describeShift } from '../../../src/report/sections/section-assumptions.js';
import type { Plan } from '../../../src/scenario/types.js';

type Shift = Plan['officers']['shifts'][number];

const names: Record<string, string> = { station: 'Station', lot: 'Main lot', view: 'Viewpoint' };
const ctx = { siteName: (id: string) => names[id] ?? `?${id}` };
const t = translator('en');
const day: Shift = { start: '07:00', end: '19:00', cars: 2, crew: 2 };

/** A plan whose officers are based at `base` with the given shifts. */
function planWith(base: string, shifts: Shift[]): Plan {
  return {
    name: 'p',
    dispatch: 'nearest',
    officers: { base, shifts },
    platforms: [],
    patrols: [],
    cost: undefined,
  } as unknown as Plan;
}

describe('describeShift names where a shift is based by the plans’ rule', () => {
  it('a shift with its own base is posted there, not at the plan’s base', () => {
    const shift: Shift = { ...day, base: 'lot', mode: 'foot' };
    expect(describeShift(shift, planWith('station', [shift]), ctx, t)).toBe(
      '07:00–19:00: 2 × 2 officers on foot, posted at Main lot',
    );
  });

  it('a shift with a mode but no base of its own is posted at the plan’s base', () => {
    const shift: Shift = { ...day, mode: 'ebike' };
    expect(describeShift(shift, planWith('view', [shift]), ctx, t)).toBe(
      '07:00–19:00: 2 × 2 officers on e-bikes, posted at Viewpoint',
    );
  });

  it('a shift with neither base nor mode drives from the station (the short form)', () => {
    expect(describeShift(day, planWith('station', [day]), ctx, t)).toBe(
      '07:00–19:00: 2 cars × 2 officers',
    );
  });

  it('a shift walking a patrol route names the route, not a post', () => {
    const shift: Shift = {
      ...day,
      mode: 'foot',
      patrol: { route: ['lot', 'view'], dwellMinutes: 5 },
    };
    const text = describeShift(shift, planWith('station', [shift]), ctx, t);
    expect(text).toBe(
      '07:00–19:00: 2 × 2 officers on foot, on a patrol route: Main lot → Viewpoint',
    );
    expect(text).not.toContain('posted');
  });
});

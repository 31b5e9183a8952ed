/**
 * Colours of the report. Each plan keeps one colour in every chart and on its map; the
 * colours are Tableau 10, which stays distinguishable for common colour-vision deficiencies
 * and in greyscale print better than a rainbow.
 */

const PLAN_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/**
 * The colour of each plan, by its position in the run's plan list (repeating after ten).
 *
 * @example planColors(['current', 'extra-car']) // ['#4e79a7', '#f28e2b']
 */
export function planColors(plans: readonly string[]): string[] {
  return plans.map((_, i) => PLAN_COLORS[i % PLAN_COLORS.length]!);
}

/** Sequential scheme of the response-time colours (light yellow = quick, dark red = slow). */
export const RESPONSE_SCHEME = 'YlOrRd' as const;

/** Sequential scheme of the crowd heat map. */
export const OCCUPANCY_SCHEME = 'Blues' as const;

/** Sites without incidents (so without a response time) on the map. */
export const NO_DATA_COLOR = '#d9d9d9';

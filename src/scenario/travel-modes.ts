/**
 * Travel modes on the scenario's links. A link gives minutes by vehicle, on foot (`walk`) and by
 * e-bike; where it gives no e-bike minutes, `travel.ebike` may derive them from another mode's
 * minutes times a factor. Both the reachability checks and the model's network read link
 * minutes through here, so they agree on which links an e-bike can use.
 */

/** E-bike minutes on links that give none: the `from` mode's minutes × `factor`. */
export interface EbikeDerivation {
  readonly from: 'vehicle' | 'walk';
  readonly factor: number;
}

/** A link's minutes by mode, as the scenario gives them. */
export interface LinkMinutes {
  readonly vehicle?: number | undefined;
  readonly walk?: number | undefined;
  readonly ebike?: number | undefined;
}

/**
 * A link's e-bike minutes: its own, else derived from another mode, else undefined (no path).
 * @example ebikeLinkMinutes({ walk: 10 }, { from: 'walk', factor: 0.4 }) // 4
 */
export function ebikeLinkMinutes(
  link: LinkMinutes,
  derivation: EbikeDerivation | undefined,
): number | undefined {
  if (link.ebike !== undefined) return link.ebike;
  if (derivation === undefined) return undefined;
  const base = link[derivation.from];
  return base === undefined ? undefined : base * derivation.factor;
}

/**
 * Observable Plot rendered without a browser: each chart is built in a private linkedom
 * document and serialised to markup (an <svg>, or a <figure> holding a legend and an <svg>),
 * ready to be inlined in the report. No script runs in the report itself.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The DOM document type Plot expects (the project compiles without the DOM library). */
type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/** A fresh document for one chart, so that no state is shared between charts or reports. */
function chartDocument(): PlotDocument {
  // linkedom's Document implements what Plot uses of the DOM; its types are its own.
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as PlotDocument;
}

/**
 * Renders a Plot chart to markup.
 *
 * @example
 * ```ts
 * plotMarkup({ marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' })] }); // '<svg …>…</svg>'
 * ```
 */
export function plotMarkup(options: Plot.PlotOptions): string {
  return Plot.plot({ ...options, document: chartDocument() }).outerHTML;
}

/** Renders a standalone Plot legend (a colour ramp or swatches) to markup. */
export function legendMarkup(options: Plot.LegendScales): string {
  // Plot.legend reads `document` like Plot.plot does, though LegendScales does not declare it.
  const withDocument = { ...options, document: chartDocument() } as Plot.LegendScales;
  return Plot.legend(withDocument).outerHTML;
}

/**
 * A colour scale as a function, for drawing outside Plot (the site map) with the same colours
 * as a Plot legend built from the same options.
 */
export function colorScale(options: Plot.ScaleOptions): (value: number) => string {
  const scale = Plot.scale({ color: options });
  return (value) => String(scale.apply(value));
}

/**
 * Renumbers the element ids Plot generates (clip paths, patterns, markers) in order of
 * appearance. Plot numbers them from a counter that lives as long as the process, so the same
 * report would otherwise differ from one rendering to the next; ids stay unique because Plot's
 * are.
 *
 * @example renumberPlotIds('<clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)">') // …-1 twice
 */
export function renumberPlotIds(markup: string): string {
  const next = new Map<string, number>();
  const renamed = new Map<string, string>();
  return markup.replace(/\bplot-(clip|pattern|marker)-(\d+)\b/g, (id: string, kind: string) => {
    let name = renamed.get(id);
    if (name === undefined) {
      const n = (next.get(kind) ?? 0) + 1;
      next.set(kind, n);
      name = `plot-${kind}-${n}`;
      renamed.set(id, name);
    }
    return name;
  });
}

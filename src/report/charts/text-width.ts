/**
 * Rough widths of label text, for sizing chart margins and placing map labels without a
 * browser to measure them. Chinese characters are about one em wide; Latin letters and digits
 * a little over half an em on average.
 */

/** Matches characters drawn about one em wide (CJK ideographs, kana, full-width forms). */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Estimated width in pixels of a one-line text at a font size.
 *
 * @example estimateTextWidth('迷魂台 (Mihuntai)', 10) // 3 × 10 + 11 × 5.8 ≈ 94
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.58;
  return ems * fontSize;
}

/**
 * A label split into lines at its first " (" so a bilingual name such as
 * "迷魂台 (Mihuntai viewpoint)" takes two short lines instead of one long one; the text itself
 * is unchanged.
 *
 * @example labelLines('迷魂台 (Mihuntai viewpoint)') // ['迷魂台', '(Mihuntai viewpoint)']
 */
export function labelLines(text: string): string[] {
  const at = text.indexOf(' (');
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : [text];
}

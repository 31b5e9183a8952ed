/**
 * The languages peakwatch's reports (and tables) can be written in. Leaders at the reference
 * station read Chinese; researchers and the code read English.
 */

/** A report language: simplified Chinese or English. */
export type Lang = 'zh' | 'en';

/** Every supported language, in the order `--lang` lists them. */
export const LANGS: readonly Lang[] = Object.freeze(['zh', 'en']);

/**
 * Whether a string names a supported language.
 *
 * @example isLang('zh') // true
 */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The value of the HTML `lang` attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

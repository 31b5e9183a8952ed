/**
 * Scenario text in the reader's language. The names and descriptions of a scenario, its sites,
 * incident types and plans are written either as one string, used in every language, or as
 * `{ zh: 袁家界停车场, en: Yuanjiajie parking lot }`; `--lang` picks one. A text that gives only
 * one language is shown in it everywhere (better a Chinese name in an English report than none).
 *
 * @example
 * ```ts
 * inLang({ zh: '迷魂台', en: 'Mihuntai viewpoint' }, 'zh'); // '迷魂台'
 * inLang('Mihuntai', 'zh'); // 'Mihuntai'
 * ```
 */
import { z } from 'zod';
import type { Lang } from '../i18n/lang.js';

const EXPECTED =
  'expected a text: a string, or { zh: 中文, en: English } with at least one of them';

/** A text as a scenario file writes it: one string, or one per language. */
export const LocalTextSchema = z
  .union(
    [
      z.string().min(1, 'must not be empty'),
      z
        .strictObject({
          zh: z.string().min(1, 'must not be empty').optional().describe('simplified Chinese'),
          en: z.string().min(1, 'must not be empty').optional().describe('English'),
        })
        .refine((text) => text.zh !== undefined || text.en !== undefined, EXPECTED),
    ],
    { error: EXPECTED },
  )
  .describe('a string for every language, or { zh: …, en: … }');

/** A text as written in a scenario file (kept so in the resolved scenario). */
export type LocalTextInput = z.infer<typeof LocalTextSchema>;

/**
 * A text in one language: a plain string as it is; otherwise the language asked for, else the
 * other one.
 */
export function inLang(text: LocalTextInput, lang: Lang): string {
  if (typeof text === 'string') return text;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return text[lang] ?? text[other] ?? '';
}

/**
 * What tables and reports call a plan: its label in `lang`, else its name (the id).
 *
 * @example planLabel({ name: 'current', label: { zh: '现行方案' } }, 'en') // '现行方案'
 */
export function planLabel(
  plan: { readonly name: string; readonly label?: LocalTextInput | undefined },
  lang: Lang,
): string {
  return plan.label === undefined ? plan.name : inLang(plan.label, lang);
}

/**
 * Looking up the report's text in the chosen language and filling in its `{name}` placeholders.
 * Values are filled in as plain text; whoever puts the result into HTML escapes it.
 */
import type { Lang } from './lang.js';
import { EN_MESSAGES, type MessageKey, type Messages } from './messages-en.js';
import { ZH_MESSAGES } from './messages-zh.js';

export type { MessageKey, Messages } from './messages-en.js';

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Text of one key in one language, with its placeholders filled. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The dictionary of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'zh' ? ZH_MESSAGES : EN_MESSAGES;
}

/**
 * A translator for one language.
 *
 * @example
 * ```ts
 * const t = translator('zh');
 * t('map.scale', { meters: 500 }); // '500 米'
 * ```
 */
export function translator(lang: Lang): Translate {
  const messages = messagesFor(lang);
  return (key, values = {}) => fillPlaceholders(messages[key], values, key);
}

/**
 * Whether a string is a message key (for keys built at run time, such as `measure.<id>`).
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN_MESSAGES, key);
}

/**
 * The placeholder names of a template, in order of appearance.
 *
 * @example placeholdersOf('{a} of {b}') // ['a', 'b']
 */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * Replaces each `{name}` with its value.
 *
 * @throws Error when a placeholder has no value: a missing value is a bug, and a report with a
 *   literal "{plan}" in it would mislead
 */
function fillPlaceholders(template: string, values: MessageValues, key: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

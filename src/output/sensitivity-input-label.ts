/**
 * What an uncertain input of `peakwatch sensitivity` is called for people: `visitors`,
 * `rate:<type>`, `detection:phone`… as words of the chosen language, the type of a rate by its
 * scenario name. The report's tornado charts and the Chinese console both name inputs this way.
 */
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, type Translate } from '../i18n/messages.js';
import { inLang } from '../scenario/local-text.js';
import type { Scenario } from '../scenario/types.js';

/**
 * An input's name in `lang`: `rate:<type>` with the type's name; an unknown input by its id.
 *
 * @example inputLabel(t, scenario, 'en', 'rate:dispute') // 'Rate of Dispute'
 */
export function inputLabel(
  t: Translate,
  scenario: Scenario | null,
  lang: Lang,
  input: string,
): string {
  if (input.startsWith('rate:')) {
    const id = input.slice('rate:'.length);
    const type = scenario?.incidentTypes.find((x) => x.id === id);
    return t('sens.input.rate', { type: type === undefined ? id : inLang(type.name, lang) });
  }
  const key = `sens.input.${input}`;
  return isMessageKey(key) ? t(key) : input;
}

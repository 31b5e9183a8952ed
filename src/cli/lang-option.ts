/**
 * The `--lang` option, one declaration for every command that writes words for people.
 */
import { LANGS, type Lang } from '../i18n/lang.js';

/**
 * The `--lang` option of every command that writes words for people (a table, a summary, a
 * report): Chinese or English, English by default; `what` says what it applies to in the help.
 *
 * @example yargs.option('lang', langOption('the report'))
 */
export function langOption(what: string) {
  return {
    choices: LANGS,
    default: 'en' as Lang,
    describe: `Language of ${what}: zh (Chinese) or en (English)`,
  } as const;
}

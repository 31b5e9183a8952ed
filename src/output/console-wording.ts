/**
 * The words of the console tables in the user's language (`--lang`): measure labels, unit words
 * and the sentences around the tables, all from the i18n dictionaries that the HTML report uses,
 * so a label reads the same on screen and in the report.
 */
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, type Translate, translator } from '../i18n/messages.js';
import type { MeasureDef } from '../stats/measures.js';

/** Measure labels, units and sentences in one language. */
export interface Wording {
  /** The dictionary lookup, for the tables' sentences (`console.*` keys). */
  readonly t: Translate;
  /** The measure's label, e.g. "Officer utilisation" / "民警出勤利用率". */
  label(def: MeasureDef): string;
  /** The word shown after a value of this unit ('' for counts; costs are in "cost units"). */
  valueUnit(def: MeasureDef): string;
  /** The unit of a difference: percentage points for shares, else the value's unit. */
  differenceUnit(def: MeasureDef): string;
}

const UNIT_KEYS = {
  min: 'unit.min',
  '%': 'unit.percent',
  h: 'unit.hours',
  cost: 'unit.cost',
} as const;

/**
 * The wording of a language (English by default).
 *
 * @example
 * ```ts
 * consoleWording('zh').valueUnit(findMeasure('meanAlertToFirst')); // '分钟'
 * ```
 */
export function consoleWording(lang: Lang = 'en'): Wording {
  const t = translator(lang);
  const valueUnit = (def: MeasureDef) =>
    def.unit in UNIT_KEYS ? t(UNIT_KEYS[def.unit as keyof typeof UNIT_KEYS]) : '';
  return {
    t,
    label: (def) => {
      const key = `measure.${def.id}`;
      return isMessageKey(key) ? t(key) : def.label;
    },
    valueUnit,
    differenceUnit: (def) => (def.unit === '%' ? t('unit.points') : valueUnit(def)),
  };
}

/** The English wording: the default of every table and sentence. */
export const ENGLISH_WORDING: Wording = consoleWording('en');

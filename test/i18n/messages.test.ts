import { describe, expect, it } from 'vitest';
import { isLang, LANGS } from '../../src/i18n/lang.js';
import {
  isMessageKey,
  type MessageKey,
  messagesFor,
  placeholdersOf,
  translator,
} from '../../src/i18n/messages.js';
import {
  DistributionSchema,
  PlanSchema,
  ResponderKind,
  SiteKind,
} from '../../src/scenario/schema.js';
import { MEASURES } from '../../src/stats/measures.js';

const en = messagesFor('en');
const zh = messagesFor('zh');
const CJK = /[\u3400-\u9fff]/u;

describe('dictionaries', () => {
  it('have exactly the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(new Set(placeholdersOf(zh[key])), key).toEqual(new Set(placeholdersOf(en[key])));
    }
  });

  it('translate every English word: a Chinese text that has letters also has Chinese', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const words = en[key].replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
      // Names that stay as they are in Chinese text (the program, a file format, a runtime).
      const names = new Set(['peakwatch', 'CSV', 'Node', 'js', 'SHA', 'UTC', 'csv', 'docs', 'md']);
      if (words.every((w) => names.has(w))) continue;
      expect(zh[key], key).toMatch(CJK);
    }
  });

  it('name every measure, site kind, responder kind, dispatch policy, distribution and month', () => {
    const dispatch = PlanSchema.shape.dispatch.unwrap().options;
    const distributions = DistributionSchema.options.map((o) => o.shape.dist.value);
    const keys = [
      ...MEASURES.map((m) => `measure.${m.id}`),
      ...SiteKind.options.map((k) => `siteKind.${k}`),
      ...ResponderKind.options.map((k) => `responder.${k}`),
      ...dispatch.map((d) => `dispatch.${d}`),
      ...distributions.map((d) => `dist.${d}`),
      ...Array.from({ length: 12 }, (_, m) => `month.${m + 1}`),
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
  });

  it('fill placeholders, and refuse to leave one unfilled', () => {
    expect(translator('zh')('map.scale', { meters: 500 })).toBe('500 米');
    expect(translator('en')('standards.changeItem', { name: 'a', diff: '+1.0' })).toBe(
      'a (+1.0 points)',
    );
    expect(() => translator('en')('map.scale')).toThrow('{meters}');
  });

  it('accept exactly the languages zh and en', () => {
    expect(LANGS).toEqual(['zh', 'en']);
    expect(isLang('zh') && isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});

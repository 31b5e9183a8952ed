/**
 * `peakwatch schema`: valid JSON whose object nodes reject and require what the zod schema
 * does (checked on a few nodes with a tiny checker for `required` and `additionalProperties`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.js';
import { PlatformSchema, ScenarioSchema, ShiftSchema } from '../../src/scenario/schema.js';
import { runCli } from './helpers.js';

interface ObjectNode {
  type?: string;
  properties?: Record<string, ObjectNode>;
  required?: string[];
  additionalProperties?: unknown;
  items?: ObjectNode;
  description?: string;
}

/** Whether an object passes a node's key rules (required keys present, no unknown keys). */
function keysAccepted(node: ObjectNode, value: Record<string, unknown>): boolean {
  const known = Object.keys(node.properties ?? {});
  const hasRequired = (node.required ?? []).every((key) => key in value);
  const noUnknown =
    node.additionalProperties !== false || Object.keys(value).every((key) => known.includes(key));
  return hasRequired && noUnknown;
}

/** Keys of a zod object whose schema does not accept undefined. */
function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

const run = await runCli(['schema']);
const schema = JSON.parse(run.stdout) as ObjectNode & { $schema: string };
const plan = schema.properties!.plans!.items!;
const shift = plan.properties!.officers!.properties!.shifts!.items!;
const platform = plan.properties!.platforms!.items!;

describe('peakwatch schema', () => {
  it('prints JSON Schema (draft-07) on stdout and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('requires exactly the fields zod requires, and forbids unknown keys', () => {
    for (const [node, zodSchema] of [
      [schema, ScenarioSchema],
      [shift, ShiftSchema],
      [platform, PlatformSchema],
    ] as const) {
      expect(node.additionalProperties).toBe(false);
      expect([...(node.required ?? [])].sort()).toEqual(requiredKeys(zodSchema).sort());
    }
  });

  it.each([
    ['a valid shift', { start: '07:00', end: '19:00', cars: 2, crew: 2 }],
    ['a shift with an unknown key', { start: '07:00', end: '19:00', cars: 2, crew: 2, carz: 1 }],
    ['a shift without crew', { start: '07:00', end: '19:00', cars: 2 }],
  ])('agrees with zod on %s', (_, value) => {
    expect(keysAccepted(shift, value)).toBe(ShiftSchema.safeParse(value).success);
  });

  it('carries the field descriptions with their units and defaults', () => {
    expect(schema.properties!.seed!.description).toContain('default 1');
    expect(shift.properties!.crew!.description).toBe('officers per unit');
    expect(schema.description).toContain('docs/scenario.md');
  });

  it('is the schema committed as docs/scenario.schema.json (regenerate with peakwatch schema)', () => {
    expect(JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'))).toEqual(
      scenarioJsonSchema(),
    );
  });
});

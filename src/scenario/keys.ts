/**
 * The keys a scenario file may use at a given place, read from the zod schema itself, so an
 * unknown-key message can list the right alternatives and suggest the closest one.
 */
import { z } from 'zod';
import type { FieldPath } from './paths.js';

/**
 * The keys allowed in the object at `path` of `data` under `schema`, or undefined when the
 * schema has no fixed keys there. Unions of objects (distributions) are resolved by their
 * literal fields, e.g. `dist: lognormal` picks the lognormal option.
 *
 * @example knownKeysAt(ShiftSchema, {}, []) // ['start', 'end', 'cars', 'crew']
 */
export function knownKeysAt(
  schema: z.ZodType,
  data: unknown,
  path: FieldPath,
): string[] | undefined {
  let current: z.ZodType | undefined = schema;
  let value = data;
  for (const segment of path) {
    current = childSchema(objectOption(unwrap(current), value), segment);
    if (current === undefined) return undefined;
    value = childValue(value, segment);
  }
  const node = objectOption(unwrap(current), value);
  if (node instanceof z.ZodObject) return Object.keys(node.shape);
  if (node instanceof z.ZodRecord && node.keyType instanceof z.ZodEnum) {
    return node.keyType.options.map(String);
  }
  return undefined;
}

/** Strips `.optional()`, which does not change the keys. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

/** For a union, the object option whose literal fields match the value (else the schema). */
function objectOption(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodUnion)) return schema;
  const options = schema.options as readonly z.ZodType[];
  const matching = options.find(
    (option) =>
      option instanceof z.ZodObject &&
      isRecord(value) &&
      Object.entries(option.shape as Record<string, z.ZodType>).every(
        ([key, field]) => !(field instanceof z.ZodLiteral) || field.values.has(value[key] as never),
      ),
  );
  return matching ?? schema;
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) {
    return (schema.shape as Record<string, z.ZodType | undefined>)[String(segment)];
  }
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodTuple && typeof segment === 'number') {
    return schema.def.items[segment] as z.ZodType | undefined;
  }
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}

/** The value under a key or index of parsed data, if there is one. */
export function childValue(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value)) return typeof segment === 'number' ? value[segment] : undefined;
  return isRecord(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

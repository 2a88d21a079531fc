// Valid-looking values from the served OpenAPI document's schemas, and the places in a value where
// a mutation can go. Examples (the DTOs' @example) are preferred: they pass validation and reach
// the business rules; generated values explore the rest of each schema.
import fc from 'fast-check';
import { hostileValue } from './hostile.mjs';

const MAX_DEPTH = 6;

export function resolve(document, schema) {
  let current = schema;
  for (let i = 0; current?.$ref && i < 20; i++) {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, key) => node[key], document);
  }
  return current ?? {};
}

function stringFor(schema, known) {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.format === 'uuid' || /id$/i.test(schema.title ?? ''))
    return fc.oneof(fc.constantFrom(...known.ids), fc.uuid());
  const generated = schema.pattern
    ? fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200))
    : fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 80) });
  return generated;
}

function numberFor(schema) {
  const min = schema.minimum ?? -1_000_000;
  const max = schema.maximum ?? 1_000_000;
  return schema.type === 'integer' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

/** A value the schema describes (examples first), with ids drawn from those the server returned. */
export function valueFor(document, rawSchema, known, depth = 0) {
  const schema = resolve(document, rawSchema);
  const alternatives = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueFor(document, s, known, depth + 1)));
  const generated = generatedFor(document, schema, known, depth);
  return schema.example !== undefined
    ? fc.oneof({ weight: 3, arbitrary: fc.constant(schema.example) }, generated)
    : generated;
}

function generatedFor(document, schema, known, depth) {
  if (depth > MAX_DEPTH) return fc.constant(null);
  switch (schema.type) {
    case 'string':
      return stringFor(schema, known);
    case 'integer':
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(document, schema.items ?? {}, known, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    default: {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      const record = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, valueFor(document, property, known, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: required.filter((name) => name in record) });
    }
  }
}

/** Every place in a value (as a path of keys) where a mutation can replace what is there. */
export function placesIn(value, path = []) {
  const places = [path];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) places.push(...placesIn(child, [...path, key]));
  }
  return places;
}

export function replaceAt(value, path, replacement) {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[path[0]] = replaceAt(value?.[path[0]], path.slice(1), replacement);
  return copy;
}

/** A valid value with, at one of its places chosen by the generator, a hostile value instead. */
export function mutatedValueFor(document, schema, known) {
  return fc
    .tuple(valueFor(document, schema, known), fc.nat(), hostileValue, fc.boolean())
    .map(([valid, index, hostile, remove]) => {
      const places = placesIn(valid);
      const place = places[index % places.length];
      if (remove && place.length > 0) return replaceAt(valid, place, undefined);
      return replaceAt(valid, place, hostile);
    });
}

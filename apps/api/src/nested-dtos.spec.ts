import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

/** What class-validator keeps of one decorator (its ValidationMetadata, not exported by the package). */
interface ValidationMetadata {
  type: string;
  name?: string;
  target: object;
  propertyName: string;
  each?: boolean;
}

// @ValidateNested alone lets an array or null stand where an object belongs (issue 12: register-sme
// with "user": [] reached the database). Every nested field must also be an object: use
// @NestedObject / @NestedObjects from @gqt/platform, which say both.
describe('every nested DTO field refuses arrays and null in place of its object', () => {
  const dtoFiles = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(dto|query)\.ts$/.test(file),
  );
  for (const file of dtoFiles) jest.requireActual(join(__dirname, file));
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, ValidationMetadata[]> };
  const nested = [...storage.validationMetadatas.values()]
    .flat()
    .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);

  it('finds the nested fields of the DTOs', () => {
    expect(dtoFiles.length).toBeGreaterThan(20);
    expect(nested.length).toBeGreaterThanOrEqual(5);
  });

  it.each(
    nested.map((metadata) => [`${(metadata.target as { name: string }).name}.${metadata.propertyName}`, metadata]),
  )('%s', (_name, metadata) => {
    const siblings = storage.validationMetadatas.get(metadata.target) ?? [];
    const isObject = siblings.find((m) => m.propertyName === metadata.propertyName && m.name === 'isObject');
    expect(isObject && Boolean(isObject.each)).toBe(Boolean(metadata.each));
  });
});

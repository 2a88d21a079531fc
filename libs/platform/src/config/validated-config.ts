import { registerAs } from '@nestjs/config';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * A config namespace read from the environment once at boot and validated by its schema class;
 * a bad value stops the process with a message naming the variable.
 */
export function validatedConfig<T extends object>(
  namespace: string,
  schema: ClassConstructor<T>,
  read: (env: NodeJS.ProcessEnv) => Record<string, unknown>,
) {
  return registerAs(namespace, (): T => {
    const raw = Object.fromEntries(Object.entries(read(process.env)).filter(([, value]) => value !== undefined));
    const config = plainToInstance(schema, raw, { exposeDefaultValues: true });
    const errors = validateSync(config, { forbidUnknownValues: false });
    if (errors.length > 0) {
      const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}));
      throw new Error(`Invalid ${namespace} configuration: ${problems.join('; ')}`);
    }
    return config;
  });
}

export const envFlag = (value: string | undefined): boolean | undefined =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

export const envInt = (value: string | undefined): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value);

import { QueryFailedError } from 'typeorm';

/**
 * The name of the constraint a failed statement violated (unique, exclusion, check, foreign
 * key), or undefined for any other error. Use cases map known names to domain errors and
 * rethrow the rest.
 */
export function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const constraint = (error as { driverError?: { constraint?: unknown } }).driverError?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/**
 * How the server words an analysis that threw: the line logged (with the stack, for a bug
 * report) and the reason a document's status gives. One place, so that every surface says it
 * the same way.
 */

/** The error's stack when it has one, its message otherwise. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The line logged when the analysis of `what` (a URI or a path) threw. */
export function analysisFailure(what: string, error: unknown): string {
  return `Corroborate could not analyse ${what}: ${errorDetail(error)}`;
}

/** A document's status reason when its analysis threw: the output has the stack. */
export const ANALYSIS_FAILED = 'the analysis failed; see the Corroborate output';

/** Where failures are logged. */
export interface ErrorLog {
  error(message: string): void;
}

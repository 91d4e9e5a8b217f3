/** JSON from outside (settings, the cache file) is checked before use: is this a plain object? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The shapes of the cache's records, and checks that a value read back from the file has them,
 * field by field. The file is outside our control (a write cut short, a disk error, a hand edit):
 * a record that passes these checks can be rebuilt into a corpus entry or published as
 * conflicts without a type error halfway through a scan.
 */
import type { PassFailure } from '../core/annotate.js';
import type { SourceKind } from '../core/attribution/kinds.js';
import type { ConflictAnnotation, ConflictData, Range } from '../core/annotation.js';
import type { ClaimDate } from '../core/corroboration/dates.js';
import type { CorroborationMatch } from '../core/corroboration/index.js';
import type { Quantity } from '../core/corroboration/quantities.js';
import { isRecord } from '../json/isRecord.js';

/** start, end, range (four numbers), terms and entities (space-joined), quantities, dates, source, source kind. */
export type ClaimRow = [number, number, number, number, number, number, string, string, Quantity[] | 0, ClaimDate[] | 0, string | 0, SourceKind | 0, 0 | 1];
/** outlet, template line keys (space-joined), claims, failures, skip reason, credited wire agency. */
export type EntryRow = [string, string, ClaimRow[], PassFailure[] | 0, string | 0, string | 0];

type Check<T> = (value: unknown) => value is T;

const isString = (value: unknown): value is string => typeof value === 'string';
/** Offsets, lines, characters: what JSON gives back for them is a whole number from 0 up. */
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (value): value is T =>
    (values as unknown[]).includes(value);
const isArrayOf =
  <T>(item: Check<T>): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(item);
/** An optional field: absent, or of its type. */
const optional = <T>(record: Record<string, unknown>, field: string, check: Check<T>): boolean => !Object.hasOwn(record, field) || check(record[field]);
/** The writer stores 0 for an empty list (or no value): this is a list of the given items, or 0. */
const orZero =
  <T>(check: Check<T>): Check<T | 0> =>
  (value): value is T | 0 =>
    value === 0 || check(value);

const isPosition = (value: unknown): value is Range['start'] => isRecord(value) && isCount(value['line']) && isCount(value['character']);
const isRange = (value: unknown): value is Range => isRecord(value) && isPosition(value['start']) && isPosition(value['end']);

const isQuantity = (value: unknown): value is Quantity =>
  isRecord(value) &&
  isString(value['text']) &&
  isCount(value['start']) &&
  isCount(value['end']) &&
  isNumber(value['low']) &&
  // JSON writes an open upper bound ("at least 60") as null.
  (value['high'] === null || isNumber(value['high'])) &&
  optional(value, 'hedge', isOneOf('at-most', 'at-least', 'below', 'about', 'vague')) &&
  optional(value, 'unit', isString);

const isClaimDate = (value: unknown): value is ClaimDate => isRecord(value) && isString(value['text']) && isCount(value['month']) && isCount(value['day']) && optional(value, 'year', isCount);

const isClaimRow = (value: unknown): value is ClaimRow =>
  Array.isArray(value) &&
  value.length === 13 &&
  value.slice(0, 6).every(isCount) &&
  isString(value[6]) &&
  isString(value[7]) &&
  orZero(isArrayOf(isQuantity))(value[8]) &&
  orZero(isArrayOf(isClaimDate))(value[9]) &&
  orZero(isString)(value[10]) &&
  orZero(isOneOf<SourceKind>('named', 'group', 'vague', 'impersonal'))(value[11]) &&
  (value[12] === 0 || value[12] === 1);

const isPassFailure = (value: unknown): value is PassFailure =>
  isRecord(value) && isOneOf('boilerplate', 'attribution', 'claims')(value['pass']) && isString(value['message']) && optional(value, 'stack', isString);

/** A corpus entry as the cache stores it. */
export const isEntryRow = (value: unknown): value is EntryRow =>
  Array.isArray(value) &&
  value.length === 6 &&
  isString(value[0]) &&
  isString(value[1]) &&
  isArrayOf(isClaimRow)(value[2]) &&
  orZero(isArrayOf(isPassFailure))(value[3]) &&
  orZero(isString)(value[4]) &&
  orZero(isString)(value[5]);

const isCompared = (value: unknown): value is CorroborationMatch['values'] => isRecord(value) && isString(value['here']) && isString(value['there']) && isOneOf('figures', 'dates')(value['compared']);

const isMatch = (value: unknown): value is CorroborationMatch =>
  isRecord(value) &&
  isString(value['uri']) &&
  isRange(value['range']) &&
  isString(value['text']) &&
  isString(value['outlet']) &&
  isNumber(value['score']) &&
  isOneOf('agrees', 'conflicts', 'related')(value['relation']) &&
  optional(value, 'values', isCompared);

/**
 * A conflict as the cache gives it back: the corroboration pass's, except that its disagreeing
 * matches may be missing (diagnostics do without them).
 */
export type StoredConflict = Omit<ConflictAnnotation, 'data'> & { data: Partial<ConflictData> };

/** A conflict as the corroboration pass publishes it: the claim's range and the disagreeing matches (which diagnostics do without). */
const isConflict = (value: unknown): value is StoredConflict =>
  isRecord(value) &&
  value['kind'] === 'conflict' &&
  value['code'] === 'corroboration/conflict' &&
  isRange(value['range']) &&
  isString(value['message']) &&
  isRecord(value['data']) &&
  optional(value['data'], 'matches', isArrayOf(isMatch));

/** The conflicts of one file, as the cache stores them (the scan writes none for a file without any). */
export const isConflictList = isArrayOf(isConflict);

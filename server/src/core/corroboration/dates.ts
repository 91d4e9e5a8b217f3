/**
 * Calendar dates in a claim ("on November 12", "12 November 2024", "June 19"), for comparing
 * two reports of the same fact: the same day agrees, different days conflict. A year counts
 * only when both give one.
 */
import type { Frame } from './frames.js';

export interface ClaimDate {
  text: string;
  month: number;
  day: number;
  year?: number;
  /** Where the date starts in the text it was read from. */
  offset?: number;
  /** What the date's clause says happened, and whose (see frames.ts). */
  frame?: Frame;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'gi');

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

export function findDates(text: string): ClaimDate[] {
  const dates: ClaimDate[] = [];
  const push = (match: RegExpExecArray, month: string, day: string, year: string | undefined) => {
    const d = Number(day);
    if (d < 1 || d > 31) return;
    dates.push({ text: match[0], month: monthNumber(month), day: d, ...(year ? { year: Number(year) } : {}), offset: match.index });
  };
  for (const m of text.matchAll(MONTH_DAY)) push(m, m[1]!, m[2]!, m[3]);
  for (const m of text.matchAll(DAY_MONTH)) push(m, m[2]!, m[1]!, m[3]);
  return dates;
}

/**
 * The same day agrees. A day apart is a disagreement about one event (time zones, a report
 * dated by its publication): a conflict. Further apart, they are different events.
 */
export function compareDates(a: ClaimDate, b: ClaimDate): 'agrees' | 'conflicts' | 'different-events' {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return 'different-events';
  const year = a.year ?? b.year ?? 2001; // any non-leap year: only the gap in days matters
  const gap = Math.abs(Date.UTC(year, a.month - 1, a.day) - Date.UTC(year, b.month - 1, b.day)) / 86_400_000;
  if (gap === 0) return 'agrees';
  return gap <= 1 ? 'conflicts' : 'different-events';
}

/**
 * Calendar dates in a claim ("on November 12", "12 November 2024", "June 19"), for comparing
 * two reports of the same fact: the same day agrees, different days conflict. A year counts
 * only when both give one.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'gi');
function monthNumber(name) {
    const lower = name.toLowerCase().replace(/\.$/, '');
    return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}
export function findDates(text) {
    const dates = [];
    const push = (match, month, day, year) => {
        const d = Number(day);
        if (d < 1 || d > 31)
            return;
        dates.push({ text: match[0], month: monthNumber(month), day: d, ...(year ? { year: Number(year) } : {}) });
    };
    for (const m of text.matchAll(MONTH_DAY))
        push(m, m[1], m[2], m[3]);
    for (const m of text.matchAll(DAY_MONTH))
        push(m, m[2], m[1], m[3]);
    return dates;
}
export function compareDates(a, b) {
    const sameDay = a.month === b.month && a.day === b.day;
    const sameYear = a.year === undefined || b.year === undefined || a.year === b.year;
    return sameDay && sameYear ? 'agrees' : 'conflicts';
}
//# sourceMappingURL=dates.js.map
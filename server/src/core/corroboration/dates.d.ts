/**
 * Calendar dates in a claim ("on November 12", "12 November 2024", "June 19"), for comparing
 * two reports of the same fact: the same day agrees, different days conflict. A year counts
 * only when both give one.
 */
export interface ClaimDate {
    text: string;
    month: number;
    day: number;
    year?: number;
}
export declare function findDates(text: string): ClaimDate[];
export declare function compareDates(a: ClaimDate, b: ClaimDate): 'agrees' | 'conflicts';

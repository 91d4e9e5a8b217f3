/**
 * Shape detectors for lines that are not prose: web addresses, e-mail, phone numbers,
 * times and dates. These describe how such strings look in any site's text, so they are
 * code; the words that name boilerplate are data (lexicons/).
 */
export declare const URL_PATTERN: RegExp;
export declare const EMAIL_PATTERN: RegExp;
export declare const PHONE_PATTERN: RegExp;
export declare const CURRENCY_PATTERN: RegExp;
export declare const PERCENT_PATTERN: RegExp;
export declare const SOCIAL_HANDLE_PATTERN: RegExp;
/** True when the line is a date, a time, or both, with at most their labels ("Updated:"). */
export declare function isTimestampLine(text: string): boolean;
/** True when the line is only web addresses (with separators or a short label such as "Source:"). */
export declare function isUrlOnlyLine(text: string): boolean;
export declare function hasUrl(text: string): boolean;
export declare function hasEmail(text: string): boolean;
export declare function hasPhone(text: string): boolean;
/**
 * A wire credit or dateline standing alone: a short name followed by a dash ("Agency -",
 * "LONDON (Agency) —"), or an agency name in parentheses.
 */
export declare function isDashCreditLine(text: string): boolean;
/** A breadcrumb trail or menu row: short items joined by », >, |, / or · and nothing else. */
export declare function isBreadcrumbLine(text: string): boolean;

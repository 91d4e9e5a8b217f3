/**
 * The outlet that published an article, read from its own page furniture where it says so —
 * a rights line ("© 2025 Meridian News Agency"), a byline ("Editor of The Courier"), a wire
 * credit ("Meridian -"), a source address ("Source: https://courier.example/…") — else the
 * file's name.
 */
import type { Analysis } from '../annotate.js';
export declare function outletOf(analysis: Analysis, fileName: string): string;

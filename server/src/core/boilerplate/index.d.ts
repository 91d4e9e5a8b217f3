/** The boilerplate pass: verdicts from the classifier, as Annotations. */
import type { Annotation } from '../annotation.js';
import type { Article } from '../article.js';
import { type BoilerplateOptions } from './classify.js';
export type { BoilerplateOptions } from './classify.js';
export declare function boilerplatePass(article: Article, options?: BoilerplateOptions): Annotation[];

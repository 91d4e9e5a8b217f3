/** The boilerplate pass: verdicts from the classifier, as Annotations. */
import type { Annotation } from '../annotation.js';
import type { Article } from '../article.js';
import { boilerplateRuleCode } from '../rules.js';
import { categoryLabel } from './categories.js';
import { classifyBoilerplate, type BoilerplateOptions } from './classify.js';
import { wholeLineVerdicts } from './wholeLines.js';

export type { BoilerplateOptions } from './classify.js';

export function boilerplatePass(article: Article, options: BoilerplateOptions = {}): Annotation[] {
  return wholeLineVerdicts(article, classifyBoilerplate(article, options)).map(({ blockIndex, category, reason }) => {
    const block = article.blocks[blockIndex]!;
    const label = categoryLabel(category);
    return {
      kind: 'boilerplate',
      code: boilerplateRuleCode(category),
      range: article.rangeOf(block.start, block.end),
      message: `Not part of the article: ${label}.`,
      data: { category, label, reason, line: block.line },
    };
  });
}

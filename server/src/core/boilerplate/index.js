import { boilerplateRuleCode } from '../rules.js';
import { categoryLabel } from './categories.js';
import { classifyBoilerplate } from './classify.js';
export function boilerplatePass(article, options = {}) {
    return classifyBoilerplate(article, options).map(({ blockIndex, category, reason }) => {
        const block = article.blocks[blockIndex];
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
//# sourceMappingURL=index.js.map
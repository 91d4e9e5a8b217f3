/**
 * A whole corpus at once, for the CLI and tests: every article analysed, indexed, and its
 * claims corroborated against the others. Pure: texts in, annotations out.
 */
import { analyze, sortByPosition } from './annotate.js';
import { TemplateLines } from './boilerplate/templates.js';
import { CorpusIndex } from './corroboration/corpusIndex.js';
import { corroborationPass, demoteCorroboratedClaims } from './corroboration/index.js';
import { outletOf } from './corroboration/outlet.js';
export function analyzeCorpus(files, options = {}) {
    const templates = new TemplateLines();
    for (const file of files)
        templates.set(file.id, file.text);
    const index = new CorpusIndex();
    const analysed = files.map((file) => {
        const analysis = analyze(file.text, { ...options, fileName: file.fileName, repeatedElsewhere: templates.lookupFor(file.id) });
        const outlet = outletOf(analysis, file.fileName);
        index.set(file.id, outlet, analysis.claims);
        return { id: file.id, outlet, analysis };
    });
    return analysed.map(({ id, outlet, analysis }) => {
        const corroboration = corroborationPass(id, analysis.claims, index, options);
        const own = demoteCorroboratedClaims(analysis.annotations, corroboration);
        return { id, outlet, analysis, annotations: sortByPosition([...own, ...corroboration]) };
    });
}
//# sourceMappingURL=corpus.js.map
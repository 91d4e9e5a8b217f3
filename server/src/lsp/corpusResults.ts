/**
 * Every document of the corpus with all its annotations, open documents as the editor holds
 * them and unopened files as they are on disk: what the report and the export read.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus, CorpusResult } from '../core/corpus.js';
import type { DiskFiles } from './diskFiles.js';
import type { Annotated, DocumentResults } from './documentResults.js';
import { baseName } from './fileFilter.js';
import { annotateOptions, type SettingsStore } from './settings.js';

/** What the corpus's results need of the server. */
export interface CorpusResultDependencies {
  getDocument(uri: string): TextDocument | undefined;
  corpus: Pick<Corpus, 'indexedIds' | 'outlet' | 'annotate'>;
  results: Pick<DocumentResults, 'annotated'>;
  disk: Pick<DiskFiles, 'ensureFindings' | 'analysis'>;
  settings: Pick<SettingsStore, 'forDocument'>;
}

/** Every document of the corpus, open or on disk, with all its annotations, sorted by URI. */
export async function corpusResults(deps: CorpusResultDependencies): Promise<CorpusResult[]> {
  const { corpus } = deps;
  await deps.disk.ensureFindings(corpus.indexedIds());
  const results: CorpusResult[] = [];
  for (const uri of corpus.indexedIds()) {
    const document = deps.getDocument(uri);
    let annotated: Annotated | undefined;
    if (document) {
      annotated = await deps.results.annotated(document);
    } else {
      const analysis = await deps.disk.analysis(uri);
      if (analysis) annotated = { analysis, annotations: corpus.annotate(uri, annotateOptions(await deps.settings.forDocument(uri)), analysis) };
    }
    if (!annotated) continue;
    results.push({ id: uri, outlet: corpus.outlet(uri) ?? baseName(uri), ...annotated });
  }
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

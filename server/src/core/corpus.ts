/**
 * The corpus: every article that the surfaces (the CLI, the report, the language server)
 * annotate together, one object. It holds the template lines (a line many files share is site
 * furniture), the claim index with each article's outlet, and what each article's analysis
 * kept; it analyses a document against the others and corroborates its claims. Documents are
 * added, updated and removed one at a time, so that an editor's change costs that document's
 * analysis and its place in the index, never a rebuild: from text (analysed here), or from a
 * CorpusEntry worked out elsewhere (a worker thread, the cache).
 */
import { analyze, sortByPosition, type Analysis, type AnalyzeOptions, type PassFailure } from './annotate.js';
import type { Annotation } from './annotation.js';
import { templateKeysOf, templateLinesOf, TemplateLines } from './boilerplate/templates.js';
import type { ClaimRecord } from './corroboration/claims.js';
import { CorpusIndex, type ClaimIndex } from './corroboration/corpusIndex.js';
import { corroborationPass, DEFAULT_CONFLICT_THRESHOLD, demoteCorroboratedClaims, type CorroborationOptions } from './corroboration/index.js';
import { outletOf } from './corroboration/outlet.js';
import { wireOf, type CorpusEntry } from './corpusEntry.js';

export interface CorpusFile {
  id: string;
  text: string;
  fileName: string;
}

export interface CorpusResult {
  id: string;
  outlet: string;
  analysis: Analysis;
  /** The document's own annotations and its corroboration, in position order. */
  annotations: Annotation[];
}

/** How a document's annotations are put together: corroboration's thresholds, and whether corroborated claims are demoted. */
export interface AnnotateOptions extends CorroborationOptions {
  /** A claim that other outlets corroborate is not also reported as unattributed (default: true). */
  demoteCorroboratedClaims?: boolean;
}

/** A document of the corpus: its text and what its analysis kept (a CorpusEntry's, less its lines). */
export interface CorpusDocument {
  readonly id: string;
  readonly text: string;
  /** The outlet as the article's furniture names it, or the file name's guess. */
  readonly outlet: string;
  /** The wire agency the article credits, when its furniture names one. */
  readonly wire?: string;
  readonly claims: ClaimRecord[];
  readonly failures: PassFailure[];
  /** Set when the text was not analysed, with the reason. */
  readonly skipped?: string;
  /** The document's own findings; undefined until worked out (an entry from the cache has none). */
  annotations?: Annotation[];
  /** The whole analysis (the parsed article too), for a document analysed here. */
  readonly analysis?: Analysis;
}

/** A document's lines for a worker, which holds no corpus (see Corpus.linesForWorker). */
export interface DocumentLines {
  /** The document's line keys, for TemplateLines.setLines (what TemplateLines.set would compute). */
  keys: string[];
  /** Each normalised line held by other files, with how many hold it; lines no other file holds are left out. */
  repeatedElsewhere: [string, number][];
}

/** One pass over the text's lines, normalised as TemplateLines.set and the article's blocks normalise them. */
export function documentLines(text: string, templates: TemplateLines, id: string): DocumentLines {
  const normalised = templateLinesOf(text);
  const repeatedElsewhere: [string, number][] = [];
  for (const line of normalised) {
    const count = templates.countElsewhere(line, id);
    if (count > 0) repeatedElsewhere.push([line, count]);
  }
  return { keys: templateKeysOf(normalised), repeatedElsewhere };
}

export class Corpus {
  /** Lines repeated across the corpus are template. */
  readonly templates = new TemplateLines();
  private readonly documents = new Map<string, CorpusDocument>();

  /** `index` serves the claims; the in-memory CorpusIndex unless another backend is given. */
  constructor(readonly index: ClaimIndex = new CorpusIndex()) {}

  /** Grows with every change of the index: corroboration computed against the corpus can be cached by it. */
  get generation(): number {
    return this.index.generation;
  }

  /** The documents whose claims are indexed (a skipped document's are not). */
  indexedIds(): string[] {
    return this.index.ids();
  }

  isIndexed(id: string): boolean {
    return this.index.has(id);
  }

  outlet(id: string): string | undefined {
    return this.index.outlet(id);
  }

  document(id: string): CorpusDocument | undefined {
    return this.documents.get(id);
  }

  /**
   * Many documents at once (the CLI): every text's lines join the template lines before any is
   * analysed, so that each is classified against the whole corpus. Returns the analyses in order.
   */
  addAll(files: readonly CorpusFile[], options: AnalyzeOptions = {}): Analysis[] {
    for (const file of files) this.templates.set(file.id, file.text);
    return files.map((file) => this.analyseHere(file.id, file.text, { ...options, fileName: file.fileName }));
  }

  /**
   * Adds or updates a document from its text, analysed here against the template lines of the
   * others, and puts its claims in the index (a skipped text's are taken out). When the analysis
   * throws, the document leaves the corpus's documents and index (its lines stay) and the error
   * goes to the caller.
   */
  addText(id: string, text: string, options: AnalyzeOptions & { fileName: string }): Analysis {
    this.templates.set(id, text);
    return this.analyseHere(id, text, options);
  }

  private analyseHere(id: string, text: string, options: AnalyzeOptions & { fileName: string }): Analysis {
    let analysis: Analysis;
    try {
      analysis = analyze(text, { ...options, repeatedElsewhere: this.templates.lookupFor(id) });
    } catch (error) {
      this.documents.delete(id);
      this.index.remove(id);
      throw error;
    }
    const { claims, failures, skipped, annotations } = analysis;
    this.put({ id, text, outlet: outletOf(analysis, options.fileName), ...wireOf(analysis), claims, failures, ...(skipped ? { skipped } : {}), annotations, analysis });
    return analysis;
  }

  /**
   * Adds or updates a document from what was kept of it elsewhere: a worker's or the cache's
   * entry. `lines` false keeps the template lines as they are (a worker's document, whose lines
   * linesForWorker set already).
   */
  addEntry(id: string, text: string, entry: CorpusEntry, lines = true): void {
    if (lines) this.templates.setLines(id, entry.templateLines);
    const { outlet, wire, claims, failures, skipped, annotations } = entry;
    this.put({ id, text, outlet, ...(wire !== undefined ? { wire } : {}), claims, failures, ...(skipped ? { skipped } : {}), ...(annotations ? { annotations } : {}) });
  }

  private put(document: CorpusDocument): void {
    this.documents.set(document.id, document);
    if (document.skipped) this.index.remove(document.id);
    else this.index.set(document.id, document.outlet, document.claims, document.wire);
  }

  /**
   * A document about to be analysed on a worker, which holds no corpus: its lines join the
   * template lines now, and the counts of those held elsewhere go with the text (see
   * AnalysisJob.repeatedElsewhere). One pass over the text's lines.
   */
  linesForWorker(id: string, text: string): [string, number][] {
    const lines = documentLines(text, this.templates, id);
    this.templates.setLines(id, lines.keys);
    return lines.repeatedElsewhere;
  }

  /** A document whose findings were worked out after it was added (from an entry without them). */
  setFindings(id: string, annotations: Annotation[]): void {
    const document = this.documents.get(id);
    if (document) document.annotations = annotations;
  }

  /** Takes a document out: its lines, its claims and what was kept of it. */
  remove(id: string): void {
    this.documents.delete(id);
    this.templates.remove(id);
    this.index.remove(id);
  }

  /** The documents that share a claim with this one closely enough to corroborate or contradict it. */
  linkedTo(id: string): Set<string> {
    const linked = new Set<string>();
    for (const claim of this.index.claims(id)) for (const candidate of this.index.candidates(id, claim, DEFAULT_CONFLICT_THRESHOLD)) linked.add(candidate.other.id);
    return linked;
  }

  /** The corroboration annotations of the document's claims against the rest of the corpus. */
  corroboration(id: string, options: CorroborationOptions = {}, claims: readonly ClaimRecord[] = this.documents.get(id)?.claims ?? []): Annotation[] {
    return corroborationPass(id, claims, this.index, options);
  }

  /** The document as an Analysis (its own findings, claims, failures), whether analysed here or not; undefined when not in the corpus. */
  analysisOf(id: string): Analysis | undefined {
    const document = this.documents.get(id);
    if (!document) return undefined;
    if (document.analysis) return document.analysis;
    const { text, annotations, claims, failures, skipped } = document;
    return { text, annotations: annotations ?? [], claims, failures, ...(skipped ? { skipped } : {}) };
  }

  /**
   * A document's own annotations with its corroboration, in position order: what every surface
   * shows. `analysis` is the document's (by default the one the corpus holds).
   */
  annotate(id: string, options: AnnotateOptions = {}, analysis: Pick<Analysis, 'annotations' | 'claims'> | undefined = this.analysisOf(id)): Annotation[] {
    if (!analysis) return [];
    const corroboration = this.corroboration(id, options, analysis.claims);
    const own = options.demoteCorroboratedClaims === false ? analysis.annotations : demoteCorroboratedClaims(analysis.annotations, corroboration);
    return sortByPosition([...own, ...corroboration]);
  }

  /** Every document, in the order added, with all its annotations. */
  annotateAll(options: AnnotateOptions = {}): CorpusResult[] {
    const results: CorpusResult[] = [];
    for (const id of this.documents.keys()) {
      const analysis = this.analysisOf(id)!;
      results.push({ id, outlet: this.documents.get(id)!.outlet, analysis, annotations: this.annotate(id, options, analysis) });
    }
    return results;
  }
}

/** A whole corpus at once, for the CLI and tests: texts in, annotations out. */
export function analyzeCorpus(files: readonly CorpusFile[], options: AnalyzeOptions & AnnotateOptions = {}): CorpusResult[] {
  const corpus = new Corpus();
  corpus.addAll(files, options);
  return corpus.annotateAll(options);
}

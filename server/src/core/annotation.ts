/**
 * The one shape every pass produces and every surface (LSP, CLI, report) consumes.
 * Ranges are LSP ranges: 0-based line and UTF-16 character, end exclusive.
 */
import type { CueForm } from './attribution/cues.js';
import type { SourceKind } from './attribution/kinds.js';
import type { BoilerplateCategory } from './boilerplate/categories.js';
import type { CorroborationMatch } from './corroboration/index.js';
import type { IndependentSource } from './corroboration/sources.js';
import type { RuleCodeOf } from './rules.js';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type AnnotationKind = 'boilerplate' | 'attribution' | 'unattributed-claim' | 'vague-attribution' | 'corroboration' | 'conflict';

/*
 * The data of each kind (DESIGN.md, "The Annotation"). Type aliases rather than interfaces, so
 * that each is also a `Record<string, unknown>`: a plain JSON object, as the CLI prints it and
 * a diagnostic carries it.
 */

/** What a boilerplate line is, and why the classifier says so. */
export type BoilerplateData = {
  category: BoilerplateCategory;
  /** The category as users read it ("comment section or comment policy"). */
  label: string;
  /** Why the line was classed so ("a section marker", "under a section marker", ...). */
  reason: string;
  /** The line (0-based) of the block; a line of several paragraphs has several annotations. */
  line: number;
};

/** Who says so, and the words that attribute the sentence to them. */
export type AttributionData = {
  /** The source as this sentence words it: the words at `sourceRange` ("he" in "he said"). */
  source: string;
  cue: string;
  sourceKind: SourceKind;
  /** The source words in this sentence (the pronoun, for a resolved one). */
  sourceRange: Range;
  cueRange: Range;
  form: CueForm;
  /** Inherited from an earlier sentence (a quote that goes on) rather than found here. */
  carried: boolean;
  /** Whether the sentence asserts something checkable. */
  claim: boolean;
  /** Where the named antecedent stands, when the source here is a pronoun or a role. */
  antecedentRange?: Range;
  /** Whom a pronoun or role stands for, named earlier ("Sir Howard Newby" for "he"), at `antecedentRange`. */
  resolvedSource?: string;
  /** The outlet or text that carried a quotation given to its speaker ("CNN" of "…,” Sanders said, according to CNN). */
  reportedBy?: string;
  /** The source is the writer's own "I" or "we", outside any quotation: the article's voice. */
  writer?: true;
};

export type UnattributedClaimData = {
  claim: true;
  /** Set, with `demoted`, when enough other outlets report the claim (demoteCorroboratedClaims). */
  corroboratingOutlets?: number;
  /** Set, with `demoted`: how many independent sources among those outlets confirm the claim. */
  independentSources?: number;
  /** Shown one severity lower. */
  demoted?: true;
};

/** The other articles that report the claim, and their outlets (each once). */
export type CorroborationData = {
  matches: CorroborationMatch[];
  outlets: string[];
  /**
   * The outlets grouped into independent sources (copies of one text, one wire agency, one cited
   * source), this article's group included and marked `withThis`.
   */
  sources: IndependentSource[];
  /** The wire agency this article credits. */
  wire?: string;
  /** The primary source this sentence names, as one name. */
  cites?: string;
};

/** The sentences of other articles whose figures or dates disagree with the claim. */
export type ConflictData = {
  matches: CorroborationMatch[];
  /** Whose figure or date this sentence gives, when it names a source (each match has the other's). */
  source?: string;
};

interface AnnotationOf<K extends AnnotationKind, D, C extends RuleCodeOf<K> = RuleCodeOf<K>> {
  kind: K;
  /** Stable rule id from the rule registry, e.g. `boilerplate/comments`. */
  code: C;
  range: Range;
  /** One plain sentence a user understands. */
  message: string;
  /** Kind-specific details; see DESIGN.md. */
  data: D;
}

export type BoilerplateAnnotation = AnnotationOf<'boilerplate', BoilerplateData>;
export type AttributionAnnotation = AnnotationOf<'attribution', AttributionData>;
export type UnattributedClaimAnnotation = AnnotationOf<'unattributed-claim', UnattributedClaimData>;
/** A vague or impersonal source: the same data as the sentence's attribution. */
export type VagueAttributionAnnotation = AnnotationOf<'vague-attribution', AttributionData>;
/** A claim other articles report (`corroboration/match`), or one no other article reports (`claim/single-source`). */
export type CorroborationAnnotation = AnnotationOf<'corroboration', CorroborationData, 'corroboration/match'> | AnnotationOf<'corroboration', { matches: [] }, 'claim/single-source'>;
export type ConflictAnnotation = AnnotationOf<'conflict', ConflictData>;

/** What every pass produces, by kind: `kind` (and for corroboration, `code`) says what `data` holds. */
export type Annotation = BoilerplateAnnotation | AttributionAnnotation | UnattributedClaimAnnotation | VagueAttributionAnnotation | CorroborationAnnotation | ConflictAnnotation;

/** The annotations of one kind. */
export type AnnotationOfKind<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;

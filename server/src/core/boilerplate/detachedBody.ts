/**
 * The article's start on a whole page whose first prose is not the article's: a search box's
 * prompt ("Type a search term. Use the arrow keys to navigate.") or a menu's blurbs, far above
 * the article and its headline. Without this the first such line passes for the article's first
 * paragraph, and everything from there to the real headline for the article's own lines.
 */
import type { Verdict } from './classify.js';
import { isProse, isRunningText, type BlockFeatures } from './features.js';
import { buildTopicModel, type TopicModel } from './topic.js';

/** How many blocks without article prose part two runs of the page's prose. */
const DETACHED_GAP = 8;
/** A line of prose this short, in no more sentences than these, is a blurb: a menu's, a teaser's, a search box's. */
export const BLURB_MAX_WORDS = 40;
const DETACHED_BLURB_SENTENCES = 3;
/** A headline is a line of a few words, not a paragraph. */
export const HEADLINE_MAX_WORDS = 20;
/** The opening paragraphs of the stretch a headline over it must share words with. */
const OPENING_PARAGRAPHS = 5;
/** The share of its words a headline shares with the opening paragraphs (at least one word). */
const HEADLINE_SHARE = 0.3;
/** Lines with furniture evidence of their own between the page's first prose and the article's stretch. */
const DETACHED_FURNITURE = 3;
/** The number of a section below the first level: "2.1 ", "5.3.3 ". */
const SECTION_NUMBER = /^\d+(?:\.\d+)+\.?\s/u;

export interface DetachedBody {
  bodyStart: number;
  headline: number;
}

/**
 * Where the article starts when the page's first lines of prose stand apart from it. The page's
 * prose falls into runs whose paragraphs stand no more than DETACHED_GAP blocks apart; the
 * article's stretch is the run with the most words, or the first run above it that holds a
 * paragraph longer than a blurb. What lies above the stretch is the page's only when:
 * - every line of prose there is a blurb, with fewer words than the stretch;
 * - at least DETACHED_FURNITURE lines there carry furniture evidence of their own;
 * - no headline of the stretch stands right over the page's first prose (then that prose is
 *   the article's standfirst);
 * - a headline stands over the stretch, with no more than `headlineReach` lines the rules keep
 *   between the two (a byline, share buttons and a photo credit the rules flag do not count),
 *   and no paragraph of prose right above it (that is a subheading between two paragraphs).
 * Undefined when the page's first prose is the article's.
 */
export function detachedBody(
  features: readonly BlockFeatures[],
  verdicts: readonly (Verdict | undefined)[],
  articleLike: (i: number) => boolean,
  firstArticle: number,
  headlineReach: number,
): DetachedBody | undefined {
  // The article's stretch: of the runs of prose whose paragraphs stand no more than
  // DETACHED_GAP blocks apart, the one with the most words.
  const prose = features.map((_, i) => articleLike(i));
  const runStartOf = new Array<number>(features.length).fill(-1);
  let start = -1;
  let stretch = 0;
  let runWords = 0;
  let last = -Infinity;
  for (let i = firstArticle; i < features.length; i++) {
    if (!prose[i]) continue;
    const runStart = i - last > DETACHED_GAP ? i : runStartOf[last]!;
    if (runStart === i) runWords = 0;
    runStartOf[i] = runStart;
    runWords += features[i]!.wordCount;
    last = i;
    if (runWords > stretch) {
      stretch = runWords;
      start = runStart;
    }
  }
  // A run above that holds a paragraph longer than a blurb is the article's too (its opening,
  // above a photo and its credits): the article starts with the first such run. So does a
  // paragraph the rules keep in whatever voice, longer than a blurb (a review or an opening that
  // speaks to the reader: "Picture a deck of tarot cards. What do you see?"): a menu's blurb is
  // short, whoever it speaks to.
  const isBlurb = (f: BlockFeatures) => f.wordCount <= BLURB_MAX_WORDS && f.block.sentences.length <= DETACHED_BLURB_SENTENCES;
  for (let i = firstArticle; i < start; i++) {
    if (prose[i] && !isBlurb(features[i]!)) {
      start = runStartOf[i]!;
      break;
    }
    if (!prose[i] && !verdicts[i] && isRunningText(features[i]!) && !isBlurb(features[i]!)) {
      start = i;
      break;
    }
  }
  if (start <= firstArticle) return undefined;
  // The article holds more prose than the blurbs left above it.
  let above = 0;
  for (let i = firstArticle; i < start; i++) if (prose[i]) above += features[i]!.wordCount;
  if (stretch <= above) return undefined;
  // The page shows furniture of its own between its first prose and the article (a menu's
  // markers, a sign-up line): an article's own table or list between two paragraphs does not.
  let furniture = 0;
  for (let i = firstArticle; i < start; i++) if (verdicts[i]) furniture++;
  if (furniture < DETACHED_FURNITURE) return undefined;
  const opening: BlockFeatures[] = [];
  for (let i = start; i < features.length && opening.length < OPENING_PARAGRAPHS; i++) if (prose[i]) opening.push(features[i]!);
  const openingTopic = buildTopicModel(opening);
  // A headline over the page's first prose makes that prose the article's standfirst.
  for (let i = firstArticle - 1; i >= Math.max(0, firstArticle - 2); i--) {
    if (verdicts[i] || features[i]!.wordCount === 0) continue;
    if (headlineOverlap(features[i]!, openingTopic) > 0) return undefined;
    break;
  }
  // Of the lines close above the stretch, the one that shares the most words with its opening.
  let headline = -1;
  let best = 0;
  let kept = 0;
  for (let i = start - 1; i > firstArticle && kept <= headlineReach; i--) {
    if (verdicts[i] || features[i]!.wordCount === 0) continue;
    kept++;
    // A line with a paragraph of prose right above it is a subheading between two paragraphs.
    let previous = i - 1;
    while (previous >= 0 && features[previous]!.wordCount === 0) previous--;
    if (previous >= 0 && isProse(features[previous]!)) continue;
    const shared = headlineOverlap(features[i]!, openingTopic);
    if (shared > best) {
      best = shared;
      headline = i;
    }
  }
  if (headline === -1) return undefined;
  return { bodyStart: start, headline };
}

/**
 * How many words a line shares with the article's opening paragraphs, when it reads as their
 * headline: a few words, starting with a capital (a row of tags does not), without a full stop,
 * no numbered section's heading ("5.3.3 Early years" heads a part of the article), and sharing
 * at least HEADLINE_SHARE of its words. 0 otherwise.
 */
function headlineOverlap(f: BlockFeatures, opening: TopicModel): number {
  if (f.wordCount < 3 || f.wordCount > HEADLINE_MAX_WORDS || /\.\s*$/.test(f.text) || /^\p{Ll}/u.test(f.text) || SECTION_NUMBER.test(f.text) || isProse(f)) return 0;
  const { shared, ratio } = opening.overlap(f);
  return shared >= 1 && ratio >= HEADLINE_SHARE ? shared : 0;
}

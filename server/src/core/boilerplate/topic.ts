/**
 * The article's own topic: the vocabulary of its opening prose. Lines in the tail that share
 * little of it (a comment policy, an author's biography) are off-topic; the headline and the
 * body share much of it.
 */
import type { BlockFeatures } from './features.js';

export interface TopicOverlap {
  shared: number;
  distinct: number;
  ratio: number;
}

export interface TopicModel {
  /** For a block, how many of its distinct terms occur in other anchor blocks, and which share (the same object each time: read it, never change it). */
  overlap(f: BlockFeatures): Readonly<TopicOverlap>;
}

/** Enough distinct terms for the overlap ratio to mean something. */
const MIN_TERMS_TO_JUDGE = 5;

export function buildTopicModel(anchors: BlockFeatures[]): TopicModel {
  // Anchors are counted once per distinct text: a line repeated word for word (a title shown
  // twice) is no evidence that its words are the article's topic.
  const documentFrequency = new Map<string, number>();
  const anchorTexts = new Set<string>();
  for (const f of anchors) {
    if (anchorTexts.has(f.normalised)) continue;
    anchorTexts.add(f.normalised);
    for (const term of new Set(f.terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  // The rules and the line model ask about the same block many times (on the topic? off it?):
  // each block's overlap is worked out once.
  const overlaps = new Map<BlockFeatures, TopicOverlap>();
  return {
    overlap(f) {
      const known = overlaps.get(f);
      if (known) return known;
      const distinctTerms = new Set(f.terms);
      const own = anchorTexts.has(f.normalised) ? 1 : 0;
      let shared = 0;
      for (const term of distinctTerms) if ((documentFrequency.get(term) ?? 0) - own > 0) shared++;
      const overlap = { shared, distinct: distinctTerms.size, ratio: distinctTerms.size ? shared / distinctTerms.size : 0 };
      overlaps.set(f, overlap);
      return overlap;
    },
  };
}

/** A long paragraph may share a few terms by chance; off-topic needs both a low share and few shared terms. */
const MAX_SHARED_OFF_TOPIC = 3;

export function isOffTopic(topic: TopicModel, f: BlockFeatures): boolean {
  return offTopicOverlap(topic.overlap(f));
}

export function isOnTopic(topic: TopicModel, f: BlockFeatures): boolean {
  return onTopicOverlap(topic.overlap(f));
}

/** isOffTopic, from an overlap already worked out. */
export function offTopicOverlap({ shared, distinct, ratio }: TopicOverlap): boolean {
  return distinct >= MIN_TERMS_TO_JUDGE && ratio < 0.15 && shared <= MAX_SHARED_OFF_TOPIC;
}

/** isOnTopic, from an overlap already worked out. */
export function onTopicOverlap({ shared, ratio }: TopicOverlap): boolean {
  return shared >= 3 || (shared >= 2 && ratio >= 0.25);
}

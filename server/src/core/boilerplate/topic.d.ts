/**
 * The article's own topic: the vocabulary of its opening prose. Lines in the tail that share
 * little of it (a comment policy, an author's biography) are off-topic; the headline and the
 * body share much of it.
 */
import type { BlockFeatures } from './features.js';
export interface TopicModel {
    /** For a block, how many of its distinct terms occur in other anchor blocks, and which share. */
    overlap(f: BlockFeatures): {
        shared: number;
        distinct: number;
        ratio: number;
    };
}
export declare function buildTopicModel(anchors: BlockFeatures[]): TopicModel;
export declare function isOffTopic(topic: TopicModel, f: BlockFeatures): boolean;
export declare function isOnTopic(topic: TopicModel, f: BlockFeatures): boolean;

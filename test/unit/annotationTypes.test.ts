/**
 * The annotation types are the contract between the passes and the surfaces: a rule code the
 * registry does not hold, a code of another kind, a missing data field, or data read without
 * first asking the kind does not compile. Each `@ts-expect-error` below fails the build
 * (`tsc -b`) the day the types loosen and the line compiles.
 */
import assert from 'node:assert/strict';
import type { Annotation, BoilerplateAnnotation, ConflictAnnotation, CorroborationAnnotation, UnattributedClaimAnnotation } from '../../server/src/core/annotation.js';
import { RULES, ruleFor, type RuleCode, type RuleCodeOf } from '../../server/src/core/rules.js';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };

// @ts-expect-error a misspelt rule is not a RuleCode
const misspelt: RuleCode = 'claim/unatributed';
// @ts-expect-error nor is a boilerplate category the registry does not have
const unknownCategory: RuleCode = 'boilerplate/comment-policy';
// @ts-expect-error a vague source is not an unattributed claim's rule
const otherKind: RuleCodeOf<'unattributed-claim'> = 'claim/vague-source';

const claim: UnattributedClaimAnnotation = { kind: 'unattributed-claim', code: 'claim/unattributed', range, message: 'Unattributed claim.', data: { claim: true } };
const boilerplate: BoilerplateAnnotation = {
  kind: 'boilerplate',
  code: 'boilerplate/share',
  range,
  message: 'Not part of the article.',
  // @ts-expect-error a boilerplate annotation says why (reason) and where (line)
  data: { category: 'share', label: 'share or social-media prompt' },
};
const conflict: ConflictAnnotation = {
  kind: 'conflict',
  // @ts-expect-error a conflict's rule is corroboration/conflict
  code: 'corroboration/match',
  range,
  message: 'Figures disagree.',
  data: { matches: [] },
};
const singleSource: CorroborationAnnotation = {
  kind: 'corroboration',
  code: 'claim/single-source',
  range,
  message: 'No other article in the workspace reports this claim.',
  // @ts-expect-error a claim no other article reports has no matches and no outlets
  data: { matches: [], outlets: ['The Herald'] },
};

function sourceOf(annotation: Annotation): string | undefined {
  // @ts-expect-error only attributions have a source: the kind is asked first
  const unasked: string = annotation.data.source;
  void unasked;
  return annotation.kind === 'attribution' || annotation.kind === 'vague-attribution' ? annotation.data.source : undefined;
}

describe('annotation types', function () {
  it('holds in the registry every code the types accept', function () {
    const codes: RuleCode[] = ['attribution/source', 'claim/unattributed', 'claim/vague-source', 'corroboration/match', 'corroboration/conflict', 'claim/single-source', 'boilerplate/comments'];
    for (const code of codes) assert.ok(ruleFor(code), code);
    for (const rule of RULES) assert.equal(ruleFor(rule.code), rule);
    void [misspelt, unknownCategory, otherKind, boilerplate, conflict, singleSource];
  });

  it('reads data by kind', function () {
    assert.equal(sourceOf(claim), undefined);
  });
});

/** References on a claim: the sentences of other articles that report it, agreeing or not, so Peek works. */
import type { Location, Position } from 'vscode-languageserver';
import type { Annotation } from '../core/annotation.js';
import { containsPosition } from './ranges.js';

export function referencesAt(annotations: readonly Annotation[], position: Position): Location[] {
  const locations: Location[] = [];
  for (const annotation of annotations) {
    if ((annotation.kind !== 'corroboration' && annotation.kind !== 'conflict') || !containsPosition(annotation.range, position)) continue;
    for (const match of annotation.data.matches) locations.push({ uri: match.uri, range: match.range });
  }
  return locations;
}

/**
 * What an open document holds at one moment: its version and its text. A client may send a
 * version number again with other text (a didOpen after a close, a didChange that repeats a
 * version), so a result is for a state only when both match: the version alone would let
 * hovers, diagnostics and fix-alls answer for text the document no longer holds.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface DocumentState {
  version: number;
  text: string;
}

export function stateOf(document: TextDocument): DocumentState {
  return { version: document.version, text: document.getText() };
}

/**
 * Whether the document still holds this state. The text is compared by value, but
 * TextDocument keeps one string until the next change, so for an unchanged document this is
 * a reference comparison, whatever its length.
 */
export function holds(document: TextDocument | undefined, state: DocumentState | undefined): boolean {
  return document !== undefined && state !== undefined && document.version === state.version && document.getText() === state.text;
}

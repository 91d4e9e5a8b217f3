/** Article text is untrusted: everything shown in Markdown is escaped, never interpreted. */

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

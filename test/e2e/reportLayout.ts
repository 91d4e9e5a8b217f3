/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What a reader of the corroboration report panel sees, measured in its webview: which layout
 * is on (the claims-by-outlets table or the stacked cards), words that the browser broke across
 * two lines, the narrowest box holding text, and whether the sticky header hides the rows that
 * scroll under it.
 */
import type { FrameLocator, Page } from 'playwright-core';

/** The report's document, inside VS Code's two webview iframes. */
export function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

export interface ReportLayout {
  /** The page's width in CSS pixels. */
  width: number;
  /** The cards (one per claim) are shown rather than the table. */
  stacked: boolean;
  /** Runs of letters or digits the browser laid out on more than one line ("report|s"). */
  brokenWords: string[];
  /** The narrowest visible box (a cell, a card's line) that holds text, and its text. */
  narrowest: { text: string; width: number } | undefined;
  /** The outlet headers: shown text, the full name in their title, and whether their text is clipped. */
  headers: { text: string; title: string | null; clipped: boolean }[];
}

export function reportLayout(frame: FrameLocator): Promise<ReportLayout> {
  return frame.locator('body').evaluate((body) => {
    const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) brokenWords.push(word[0]);
      }
    }
    let narrowest: { text: string; width: number } | undefined;
    for (const e of body.querySelectorAll('th, td, .outlet-name, .verdict')) {
      const text = (e as HTMLElement).innerText.trim();
      // Boxes, not words: an inline span is as wide as its text.
      if (!text || !visible(e) || getComputedStyle(e).display === 'inline') continue;
      const width = e.getBoundingClientRect().width;
      if (!narrowest || width < narrowest.width) narrowest = { text, width };
    }
    const thead = body.querySelector('thead');
    return {
      width: document.documentElement.clientWidth,
      stacked: !thead || !visible(thead),
      brokenWords,
      narrowest,
      headers: [...body.querySelectorAll('th.outlet')].map((th) => ({ text: (th as HTMLElement).innerText, title: th.getAttribute('title'), clipped: th.scrollWidth > th.clientWidth })),
    };
  });
}

/**
 * Scrolls the report by `by` pixels and says which header cells do not hide what is under them:
 * one that is not the topmost element at its own top edge, or whose background lets text through.
 */
export function headerLeaks(frame: FrameLocator, by: number): Promise<{ scrolled: number; leaks: string[] }> {
  return frame.locator('body').evaluate(async (body, by) => {
    window.scrollTo(0, by);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const leaks: string[] = [];
    for (const th of body.querySelectorAll('thead th')) {
      const box = th.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
      if (!top || !th.contains(top)) leaks.push(`${(th as HTMLElement).innerText}: under ${top?.outerHTML.slice(0, 60)}`);
      const background = getComputedStyle(th).backgroundColor;
      const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(background)?.[1];
      if (background === 'transparent' || (alpha !== undefined && Number(alpha) < 1)) leaks.push(`${(th as HTMLElement).innerText}: background ${background}`);
    }
    const scrolled = window.scrollY;
    window.scrollTo(0, 0);
    return { scrolled, leaks };
  }, by);
}

/**
 * The one shape every pass produces and every surface (LSP, CLI, report) consumes.
 * Ranges are LSP ranges: 0-based line and UTF-16 character, end exclusive.
 */
export {};
//# sourceMappingURL=annotation.js.map
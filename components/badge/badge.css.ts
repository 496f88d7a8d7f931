/** Badge styles, isolated in each badge's shadow root so neither page nor badge restyles the other. */
export const BADGE_CSS = `
:host { all: initial; display: block; margin: 2px 0 4px 0; }
.badge {
  display: inline-block; max-width: 100%; box-sizing: border-box;
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 1px 8px; border-radius: 10px; border: 1px solid transparent;
  white-space: nowrap; unicode-bidi: isolate;
}
.on-time { background: #e6f4ea; color: #1e6b34; border-color: #b7dfc2; }
.due-soon { background: #fff4e0; color: #8a4b00; border-color: #f5cf8e; }
.overdue { background: #fde8e8; color: #a3160f; border-color: #f4b4b0; }
.answered { background: #eef1f5; color: #3b4a5c; border-color: #d3dae3; }
.handled, .backlog { background: #f3f3f3; color: #555; border-color: #ddd; font-weight: 500; }
.moderato { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #3b4a5c; }
.actions { display: inline-flex; align-items: center; gap: 6px; min-width: 0; }
.actions button { font: inherit; color: #1c4f9c; background: none; border: 0; padding: 1px 4px; border-radius: 6px; cursor: pointer; }
.actions button:hover, .actions button:focus-visible { background: #e8eef8; outline: none; }
.claimed { font-weight: 600; color: #5b3a9c; }
.count { display: inline-block; margin-left: 3px; padding: 0 5px; border-radius: 8px; background: #1c4f9c; color: #fff; font-size: 11px; }
.note-latest { color: #555; max-width: 28em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate; }
.notes { flex-basis: 100%; display: grid; gap: 4px; max-width: 36em; padding: 6px 8px; border: 1px solid #d3dae3; border-radius: 8px; background: #fafbfc; }
.notes ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.note .text { display: block; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; color: #1d2733; }
.note .meta { color: #6b7785; font-size: 11px; }
.notes textarea { font: inherit; width: 100%; box-sizing: border-box; resize: vertical; }
.notes .save-note { justify-self: start; font: inherit; }
.error { color: #a3160f; }
.notes .error { margin: 0; }
.suggest-toggle { font: inherit; color: #1c4f9c; background: none; border: 0; padding: 1px 4px; border-radius: 6px; cursor: pointer; }
.suggest-toggle:hover, .suggest-toggle:focus-visible { background: #e8eef8; outline: none; }
.suggestions { flex-basis: 100%; display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.suggestions .chip { font: inherit; color: #1d2733; background: #eef3fb; border: 1px solid #c9d6ea; border-radius: 12px; padding: 1px 10px; cursor: pointer; max-width: 24em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.suggestions .chip:hover, .suggestions .chip:focus-visible { background: #dce7f7; outline: 2px solid #1c4f9c; outline-offset: 1px; }
.suggestions .chip.too-long-chip { border-style: dashed; border-color: #d08a2e; }
.suggestions .muted { color: #6b7785; }
.canned, .too-long { font-weight: 600; color: #8a4b00; background: #fff4e0; border: 1px solid #f5cf8e; border-radius: 10px; padding: 0 8px; }
/* Dark by the site's own theme, not the system's (see lib/overlay/page-shade.ts). */
:host([data-dark]) .moderato { color: #cfd6df; }
:host([data-dark]) .actions button { color: #9cc0ff; }
:host([data-dark]) .notes { background: #1f242b; border-color: #3b4a5c; }
:host([data-dark]) .note .text { color: #e8edf3; }
:host([data-dark]) .on-time { background: #123d22; color: #b9ecc7; border-color: #1e6b34; }
:host([data-dark]) .due-soon { background: #4a3000; color: #ffd9a0; border-color: #8a4b00; }
:host([data-dark]) .overdue { background: #4d0f0c; color: #ffc9c5; border-color: #a3160f; }
:host([data-dark]) .answered, :host([data-dark]) .handled, :host([data-dark]) .backlog { background: #2a2f36; color: #cfd6df; border-color: #3b4a5c; }
:host([data-dark]) .suggest-toggle { color: #9cc0ff; }
:host([data-dark]) .actions button:hover, :host([data-dark]) .actions button:focus-visible, :host([data-dark]) .suggest-toggle:hover, :host([data-dark]) .suggest-toggle:focus-visible { background: #9cc0ff26; }
:host([data-dark]) .claimed { color: #c3a6ff; }
:host([data-dark]) .count { background: #9cc0ff; color: #10161d; }
:host([data-dark]) .note-latest, :host([data-dark]) .note .meta, :host([data-dark]) .suggestions .muted { color: #9aa5b1; }
:host([data-dark]) .error { color: #ff8a80; }
`;

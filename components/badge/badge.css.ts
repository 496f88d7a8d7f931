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
@media (prefers-color-scheme: dark) {
  .on-time { background: #123d22; color: #b9ecc7; border-color: #1e6b34; }
  .due-soon { background: #4a3000; color: #ffd9a0; border-color: #8a4b00; }
  .overdue { background: #4d0f0c; color: #ffc9c5; border-color: #a3160f; }
  .answered, .handled, .backlog { background: #2a2f36; color: #cfd6df; border-color: #3b4a5c; }
}
`;

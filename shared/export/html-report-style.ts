/**
 * The report's stylesheet, inlined so the file is self-contained (no fonts, images or scripts
 * to fetch). Marks carry a symbol and a text style besides colour (underline, strike-through,
 * dotted outline) so they read in greyscale print and for colour-blind readers.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ins: #d7f0e6; --del: #f7dccc; --chg: #fff1a8; --muted: #5d6270; --border: #d9d9d3; }
body { font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1f23; margin: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--border); }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--border); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f2f2ee; font-size: 12px; }
.rows td { font: 14px/1.55 Georgia, 'Times New Roman', serif; min-width: 180px; }
.rows td.gap { color: var(--muted); font: italic 12px system-ui, sans-serif; background: repeating-linear-gradient(135deg, transparent 0 6px, #f1f1ec 6px 8px); }
.rows td.unique { box-shadow: inset 4px 0 0 #cc79a7; }
.rows td.wire { color: var(--muted); }
.rows th.row-head { font-weight: normal; white-space: nowrap; }
.badge { font: 11px system-ui, sans-serif; border: 1px solid var(--border); border-radius: 9px; padding: 0 6px; margin-right: 4px; white-space: nowrap; }
ins { background: var(--ins); text-decoration: underline; }
ins::before { content: '+'; font-size: 10px; vertical-align: super; }
del { background: var(--del); text-decoration: line-through; color: var(--muted); }
del::before { content: '−'; font-size: 10px; vertical-align: super; }
mark.chg { background: var(--chg); outline: 1px dotted #8a6100; }
.bar { display: flex; height: 14px; border: 1px solid #888; width: 260px; }
.bar .shared { background: #0072b2; } .bar .uniq { background: repeating-linear-gradient(45deg, #cc79a7 0 4px, #fff 4px 6px); }
.differs { font-weight: 600; } .differs::before { content: '≠ '; }
.note { font: 12px system-ui, sans-serif; background: #fff8dc; border-left: 3px solid #e69f00; padding: 2px 6px; margin-top: 4px; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

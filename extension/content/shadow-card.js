/**
 * clauselens: what the tooltip and the explanation popover share: severity labels, the
 * "flagged by" line, elements built with textContent only (never innerHTML with page or
 * service text), a style sheet adopted into a shadow root, and placing a card beside its anchor.
 */
(function (clauselens) {
  'use strict';

  const SEVERITY_LABELS = {
    high: 'High risk',
    medium: 'Medium risk',
    low: 'Low risk',
    info: 'Worth knowing',
    good: 'Protects you',
  };

  /** The severity chips' colours, light and dark, for a shadow root's style sheet. */
  const SEVERITY_CHIP_CSS = `
    .severity { flex: none; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600; color: #fff; }
    [data-severity="high"] .severity, .severity[data-severity="high"] { background: #c5221f; }
    [data-severity="medium"] .severity, .severity[data-severity="medium"] { background: #b95000; }
    [data-severity="low"] .severity, .severity[data-severity="low"] { background: #8a6d00; }
    [data-severity="info"] .severity, .severity[data-severity="info"] { background: #1a5fb4; }
    [data-severity="good"] .severity, .severity[data-severity="good"] { background: #1e7e34; }
    .severity[data-severity="none"] { background: #5b6473; }
  `;

  function element(tag, className, text) {
    const created = document.createElement(tag);
    if (className) created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  }

  /** A constructed style sheet is not an inline <style>, so a strict page CSP cannot block it. */
  function adoptStyle(shadow, css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      shadow.append(element('style', '', css));
    }
  }

  /** "core@1.0.0" and "core/content-license.perpetual" → "Flagged by the core pack (1.0.0) · content-license.perpetual". */
  function sourceLine({ pack, rule }) {
    const [packId, version] = pack.split('@');
    const ruleId = rule.startsWith(`${packId}/`) ? rule.slice(packId.length + 1) : rule;
    return `Flagged by the ${packId} pack${version ? ` (${version})` : ''} · ${ruleId}`;
  }

  /** Puts `host` (fixed at 0,0) so that `box` is below `anchorRect` when it fits, above otherwise, inside the viewport. */
  function placeBeside(host, box, anchorRect, gapPx = 8) {
    const size = box.getBoundingClientRect();
    const below = anchorRect.bottom + gapPx;
    const top = below + size.height <= window.innerHeight ? below : Math.max(gapPx, anchorRect.top - gapPx - size.height);
    const left = Math.min(Math.max(gapPx, anchorRect.left), window.innerWidth - size.width - gapPx);
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  clauselens.shadowCard = { SEVERITY_LABELS, SEVERITY_CHIP_CSS, element, adoptStyle, sourceLine, placeBeside };
})(globalThis.clauselens);

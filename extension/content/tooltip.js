/**
 * clauselens: the one-line reason shown beside a highlight on hover and keyboard focus.
 * It lives in a shadow root so the page's CSS cannot restyle or hide it.
 */
(function (clauselens) {
  'use strict';

  const { SEVERITY_LABELS, SEVERITY_CHIP_CSS, element, adoptStyle, sourceLine, placeBeside } =
    clauselens.shadowCard;
  const MAX_FINDINGS_SHOWN = 3;
  const HIDE_DELAY_MS = 120;
  const GAP_PX = 8;

  const STYLE = `
    :host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; pointer-events: none; }
    :host([hidden]) { display: none; }
    .card {
      box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); padding: 10px 12px 9px;
      border-radius: 8px; border: 1px solid #d6d9de; background: #ffffff; color: #1d2330;
      box-shadow: 0 6px 24px rgba(15, 23, 42, 0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
    }
    .finding + .finding { margin-top: 8px; padding-top: 8px; border-top: 1px solid #e6e8eb; }
    .head { display: flex; align-items: baseline; gap: 8px; }
    .title { font-weight: 600; }
    .summary { margin-top: 3px; }
    .source { margin-top: 4px; font-size: 11px; color: #5b6473; }
    .more { margin-top: 6px; font-size: 11px; color: #5b6473; }
    ${SEVERITY_CHIP_CSS}
    @media (prefers-color-scheme: dark) {
      .card { background: #1f2430; color: #e8eaed; border-color: #3b4252; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
      .finding + .finding { border-top-color: #3b4252; }
      .source, .more { color: #aab1bd; }
    }
  `;

  class Tooltip {
    constructor() {
      this.host = null;
      this.card = null;
      this.hideTimer = null;
      this.shownFor = null;
    }

    ensureHost() {
      if (this.host?.isConnected) return;
      this.host = document.createElement('clauselens-tooltip');
      this.host.dataset.clauselensTooltip = '';
      const shadow = this.host.attachShadow({ mode: 'open' });
      adoptStyle(shadow, STYLE);
      this.card = element('div', 'card');
      this.card.setAttribute('role', 'tooltip');
      shadow.append(this.card);
      document.documentElement.appendChild(this.host);
    }

    /** Shows the findings of `clause` next to `anchorElement` (a highlight). */
    show(anchorElement, clause) {
      clearTimeout(this.hideTimer);
      this.ensureHost();
      this.shownFor = anchorElement;
      this.card.replaceChildren(...this.renderFindings(clause));
      this.host.hidden = false;
      this.place(anchorElement);
    }

    renderFindings(clause) {
      const parts = clause.findings.slice(0, MAX_FINDINGS_SHOWN).map((finding) => {
        const block = element('div', 'finding');
        block.dataset.severity = finding.severity;
        const head = element('div', 'head');
        head.append(element('span', 'severity', SEVERITY_LABELS[finding.severity] ?? finding.severity));
        head.append(element('span', 'title', finding.title));
        block.append(head, element('div', 'summary', finding.summary));
        block.append(element('div', 'source', sourceLine(finding)));
        return block;
      });
      const hidden = clause.findings.length - MAX_FINDINGS_SHOWN;
      if (hidden > 0) parts.push(element('div', 'more', `and ${hidden} more in the clauselens popup`));
      return parts;
    }

    place(anchorElement) {
      placeBeside(this.host, this.card, anchorElement.getBoundingClientRect(), GAP_PX);
    }

    /** Keeps the tooltip beside its highlight while the page scrolls. */
    follow() {
      if (this.shownFor?.isConnected && !this.host.hidden) this.place(this.shownFor);
    }

    hideSoon() {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
    }

    hide() {
      clearTimeout(this.hideTimer);
      this.shownFor = null;
      if (this.host) this.host.hidden = true;
    }

    remove() {
      this.hide();
      this.host?.remove();
      this.host = null;
    }
  }

  clauselens.Tooltip = Tooltip;
})(globalThis.clauselens);

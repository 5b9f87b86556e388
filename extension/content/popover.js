/**
 * clauselens: the "Explain this clause" popover: the clause's severity, what it lets them do
 * in plain words, its words explained, the terms the page defines, and what the reader can
 * do. A non-modal dialog in an open shadow root, anchored at the selection or the highlight;
 * Esc, its close button and a click outside close it, and focus goes back where it was.
 */
(function (clauselens) {
  'use strict';

  const { SEVERITY_LABELS, SEVERITY_CHIP_CSS, element, adoptStyle, sourceLine, placeBeside } = clauselens.shadowCard;
  const GAP_PX = 8;
  const CLAUSE_EXCERPT_CHARS = 180;
  const TITLE_ID = 'clauselens-popover-title';
  const TERM_SOURCES = { document: 'defined in this page', glossary: 'clauselens glossary' };
  const UNREACHABLE_CODES = new Set(['service_unreachable', 'service_timeout', 'bad_response']);

  const STYLE = `
    :host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
    :host([hidden]) { display: none; }
    .dialog {
      --bg: #ffffff; --fg: #1d2330; --muted: #5b6473; --border: #d6d9de; --raised: #f6f7f9; --accent: #2b5cab; --error: #c5221f;
      box-sizing: border-box; display: flex; flex-direction: column;
      width: min(440px, calc(100vw - 16px)); max-height: min(560px, calc(100vh - 16px));
      border-radius: 10px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
      box-shadow: 0 10px 32px rgba(15, 23, 42, 0.22); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
      text-align: left; overflow: hidden;
    }
    .dialog:focus { outline: none; }
    .dialog:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 10px 8px 14px; border-bottom: 1px solid var(--border); }
    h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 700; }
    .close {
      flex: none; width: 28px; height: 28px; border: 0; border-radius: 6px; background: none; color: var(--muted);
      font: 20px/1 system-ui, sans-serif; cursor: pointer;
    }
    .close:hover { background: var(--raised); color: var(--fg); }
    button:focus-visible, .body:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
    .body { overflow-y: auto; padding: 10px 14px 12px; }
    .clause {
      margin: 0 0 10px; padding: 6px 10px; border-left: 3px solid var(--border); background: var(--raised);
      color: var(--muted); font-size: 12.5px; font-style: italic;
    }
    .summary { margin: 0 0 8px; font-size: 15px; font-weight: 600; }
    .findings, .points, .actions { margin: 0; padding: 0; list-style: none; }
    .finding { margin: 0 0 6px; }
    .finding .title { font-weight: 600; }
    .source, .term-source, .readability { font-size: 11.5px; color: var(--muted); }
    .source { display: block; }
    h3 { margin: 12px 0 4px; font-size: 11.5px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
    .points li, .actions li { position: relative; margin: 0 0 4px; padding-left: 14px; }
    .points li::before, .actions li::before { content: ""; position: absolute; left: 2px; top: 0.62em; width: 5px; height: 5px; border-radius: 50%; background: var(--muted); }
    .actions li::before { background: var(--accent); }
    dl { margin: 0; }
    dt { font-weight: 600; }
    dd { margin: 0 0 6px; }
    .term-source { margin-left: 6px; font-weight: 400; }
    .readability { margin: 12px 0 0; }
    .status { margin: 0; color: var(--muted); }
    .problem { margin: 0 0 6px; font-weight: 600; color: var(--error); }
    .body p.line { margin: 0 0 6px; }
    code { font: 12px ui-monospace, Menlo, Consolas, monospace; background: var(--raised); padding: 1px 4px; border-radius: 4px; }
    ${SEVERITY_CHIP_CSS}
    @media (prefers-color-scheme: dark) {
      .dialog {
        --bg: #1f2430; --fg: #e8eaed; --muted: #aab1bd; --border: #3b4252; --raised: #2a303c; --accent: #8ab4f8; --error: #ff8a80;
        box-shadow: 0 10px 32px rgba(0, 0, 0, 0.55);
      }
    }
  `;

  function excerpt(text) {
    return text.length > CLAUSE_EXCERPT_CHARS ? `${text.slice(0, CLAUSE_EXCERPT_CHARS - 1)}…` : text;
  }

  /** "perpetual: it never ends." → <strong>perpetual</strong>: it never ends. */
  function labelledLine(tag, text) {
    const line = element(tag);
    const colon = text.indexOf(': ');
    if (colon > 0 && colon < 60) line.append(element('strong', '', text.slice(0, colon)), text.slice(colon));
    else line.textContent = text;
    return line;
  }

  function section(title, ...content) {
    return [element('h3', '', title), ...content];
  }

  function severityChip(severity) {
    const chip = element('span', 'severity', severity ? SEVERITY_LABELS[severity] ?? severity : 'No rule matched');
    chip.dataset.severity = severity ?? 'none';
    return chip;
  }

  class Popover {
    constructor() {
      this.host = null;
      this.dialog = null;
      this.anchor = null;
      this.returnFocusTo = null;
      this.onOutsidePointer = (event) => {
        if (!event.composedPath().includes(this.host)) this.close({ restoreFocus: false });
      };
    }

    get isOpen() {
      return Boolean(this.host?.isConnected && !this.host.hidden);
    }

    ensureHost() {
      if (this.host?.isConnected) return;
      this.host = document.createElement('clauselens-popover');
      this.host.dataset.clauselensPopover = '';
      const shadow = this.host.attachShadow({ mode: 'open' });
      adoptStyle(shadow, STYLE);
      this.dialog = element('div', 'dialog');
      this.dialog.setAttribute('role', 'dialog');
      this.dialog.setAttribute('aria-labelledby', TITLE_ID);
      this.dialog.tabIndex = -1;
      this.dialog.addEventListener('keydown', (event) => this.onKeydown(event));
      shadow.append(this.dialog);
      document.documentElement.appendChild(this.host);
    }

    /** Opens the popover at `anchor` (a Range or an element) while the clause is being explained. */
    showLoading(anchor, clauseText, returnFocusTo) {
      if (!this.isOpen) this.returnFocusTo = returnFocusTo;
      this.anchor = anchor;
      this.render('loading', 'Explain this clause', null, [
        element('blockquote', 'clause', excerpt(clauseText)),
        element('p', 'status', 'Explaining…'),
      ]);
    }

    /** The service's answer (POST /v1/explain): severity, summary, findings, points, terms, actions. */
    showExplanation({ clause, explanation, readability }) {
      const body = [element('blockquote', 'clause', excerpt(clause.text))];
      const summary = element('p', 'summary', explanation.summary);
      summary.id = 'clauselens-popover-summary';
      body.push(summary);
      if (clause.findings.length) {
        const findings = element('ul', 'findings');
        for (const finding of clause.findings) {
          const item = element('li', 'finding');
          item.dataset.severity = finding.severity;
          item.append(element('span', 'title', finding.title), element('span', 'source', sourceLine(finding)));
          findings.append(item);
        }
        body.push(findings);
      }
      if (explanation.points.length) {
        const points = element('ul', 'points');
        points.append(...explanation.points.map((point) => labelledLine('li', point)));
        body.push(...section('The words, in plain terms', points));
      }
      if (explanation.terms.length) {
        const terms = element('dl', 'terms');
        for (const { term, definition, source } of explanation.terms) {
          const name = element('dt', 'term', term);
          const origin = element('span', 'term-source', TERM_SOURCES[source] ?? source);
          origin.dataset.source = source;
          name.append(origin);
          terms.append(name, element('dd', 'definition', definition));
        }
        body.push(...section('Defined terms', terms));
      }
      if (explanation.actions.length) {
        const actions = element('ul', 'actions');
        actions.append(...explanation.actions.map((action) => labelledLine('li', action)));
        body.push(...section('What you can do', actions));
      }
      if (readability) {
        const grades = `Reading grade (Flesch–Kincaid): the clause ${readability.clause_grade}, this explanation ${readability.explanation_grade}.`;
        body.push(element('p', 'readability', grades));
      }
      this.render('explained', 'What this clause means', clause.severity, body);
      this.dialog.setAttribute('aria-describedby', summary.id);
    }

    /** The worker's {code, message, url} when the service failed or could not be reached. */
    showError(error) {
      const lines = UNREACHABLE_CODES.has(error.code)
        ? [
            element('p', 'problem', 'The clauselens service cannot be reached.'),
            element('p', 'line', `Tried ${error.url ?? 'the service URL in Options'}. ${error.message}`),
            element('p', 'line', 'Start it with scripts/serve (or clauselens serve), or set its address in the extension’s Options.'),
          ]
        : [
            element('p', 'problem', 'The clauselens service could not explain this clause.'),
            element('p', 'line', error.message),
            element('p', 'line', `Error code: ${error.code}`),
          ];
      this.render('error', 'Explain this clause', null, lines);
    }

    /** Something to fix before asking (no selection, a selection too long), said in the popover. */
    showProblem(anchor, returnFocusTo, problem, hint) {
      if (!this.isOpen) this.returnFocusTo = returnFocusTo;
      this.anchor = anchor;
      this.render('problem', 'Explain this clause', null, [element('p', 'problem', problem), element('p', 'line', hint)]);
    }

    render(state, title, severity, bodyParts) {
      this.ensureHost();
      const heading = element('h2', '', title);
      heading.id = TITLE_ID;
      const close = element('button', 'close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', 'Close');
      close.addEventListener('click', () => this.close());
      const header = element('header');
      header.append(...(state === 'explained' ? [severityChip(severity)] : []), heading, close);
      const body = element('div', 'body');
      body.append(...bodyParts);
      this.dialog.removeAttribute('aria-describedby');
      this.dialog.setAttribute('aria-busy', String(state === 'loading'));
      this.dialog.replaceChildren(header, body);
      this.host.dataset.state = state;
      this.host.hidden = false;
      document.addEventListener('pointerdown', this.onOutsidePointer, true);
      this.place();
      // A long explanation scrolls: its body must then be reachable and scrollable by keyboard.
      if (body.scrollHeight > body.clientHeight) {
        body.tabIndex = 0;
        body.setAttribute('aria-label', 'Explanation');
      }
      this.dialog.focus({ preventScroll: true });
    }

    place() {
      const rect = this.anchor?.getBoundingClientRect?.();
      // Without a selection in this page (one in a frame, say), the top middle of the window.
      const anchorRect = rect && (rect.width || rect.height) ? rect : { top: GAP_PX, bottom: GAP_PX, left: (window.innerWidth - 440) / 2 };
      placeBeside(this.host, this.dialog, anchorRect, GAP_PX);
    }

    /** Keeps the popover beside its selection or highlight while the page scrolls. */
    follow() {
      if (this.isOpen) this.place();
    }

    focusables() {
      return [...this.dialog.querySelectorAll('button, [tabindex="0"]')];
    }

    onKeydown(event) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      } else if (event.key === 'Tab') {
        // Tab cycles inside the popover, as in a dialog; Esc leaves it.
        const focusables = this.focusables();
        const current = this.host.shadowRoot.activeElement;
        const first = focusables[0];
        const last = focusables[focusables.length - 1];
        if (event.shiftKey && (current === first || current === this.dialog)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && current === last) {
          event.preventDefault();
          first.focus();
        }
      }
    }

    /** Closes; with `restoreFocus` (Esc, the close button) focus goes back to where it was before. */
    close({ restoreFocus = true } = {}) {
      if (!this.isOpen) return;
      document.removeEventListener('pointerdown', this.onOutsidePointer, true);
      const hadFocus = this.host.shadowRoot.activeElement !== null;
      this.host.hidden = true;
      this.dialog.replaceChildren();
      this.anchor = null;
      const target = this.returnFocusTo;
      this.returnFocusTo = null;
      if (restoreFocus && hadFocus && target?.isConnected && typeof target.focus === 'function') {
        target.focus({ preventScroll: true });
      }
    }
  }

  clauselens.Popover = Popover;
})(globalThis.clauselens);

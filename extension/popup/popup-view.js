/** clauselens popup: builds the popup's DOM from the tab's state (textContent only, no innerHTML). */

import { categoryName } from '../common/categories.js';
import { SEVERITIES, SEVERITY_LABELS, worstSeverity } from '../common/severity.js';

const DOCUMENT_KINDS = { terms: 'Terms', privacy: 'Privacy policy', cookies: 'Cookie policy', other: 'Legal page' };

export function element(tag, attributes = {}, ...children) {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') created.className = value;
    else if (name.startsWith('data-')) created.setAttribute(name, value === true ? '' : value);
    else created[name] = value;
  }
  created.append(...children.filter((child) => child !== null && child !== undefined));
  return created;
}

/** A box with a title, sentences and an optional button: never a blank popup. */
export function notice({ kind = 'info', title, lines = [], action = null }) {
  return element(
    'section',
    { class: 'notice', 'data-kind': kind, 'data-notice': kind },
    element('h2', {}, title),
    ...lines.map((line) => element('p', {}, ...[line].flat())),
    action,
  );
}

export function button(label, onClick, { secondary = false, name } = {}) {
  const created = element('button', { class: secondary ? 'button secondary' : 'button', type: 'button', 'data-action': name }, label);
  created.addEventListener('click', onClick);
  return created;
}

function summaryBlock(summary, state) {
  const flagged = summary.clauses.length;
  const kind = DOCUMENT_KINDS[summary.kind] ?? 'Legal page';
  return element(
    'section',
    { class: 'summary' },
    element('div', { class: 'grade', 'data-grade': summary.grade, title: `Grade ${summary.grade} (A is best, E worst)` }, summary.grade),
    element(
      'div',
      { class: 'summary-text' },
      element('strong', {}, `${summary.riskyCount} risky clause${summary.riskyCount === 1 ? '' : 's'}`),
      element('span', {}, `${kind} · grade ${summary.grade} · ${flagged} clause${flagged === 1 ? '' : 's'} flagged`),
      state.drawn !== null && state.drawn !== undefined && state.visible !== false && state.drawn < flagged
        ? element('span', { class: 'drawn-note' }, ` · ${state.drawn} of ${flagged} found on the page`)
        : null,
    ),
  );
}

function countChips(counts) {
  return element(
    'ul',
    { class: 'counts', 'aria-label': 'Clauses by severity' },
    ...SEVERITIES.map((severity) =>
      element(
        'li',
        { class: 'count', 'data-severity': severity, 'data-zero': !counts[severity] },
        element('span', { class: 'dot' }),
        `${counts[severity] ?? 0} ${SEVERITY_LABELS[severity].toLowerCase()}`,
      ),
    ),
  );
}

/** "acme/source-safety@1.2.0" → "acme/source-safety 1.2.0". */
function packLabel(ref) {
  return ref.replace('@', ' ');
}

/** Which packs' rules ran on the page, with their versions. */
function packsLine(packs) {
  if (!packs?.length) return null;
  return element('p', { class: 'packs-line' }, `Rule packs: ${packs.map(({ id, version }) => `${id} ${version}`).join(' · ')}`);
}

/** The clause's riskiest finding decides its group and its line. */
function leadingFinding(clause) {
  const worst = worstSeverity(clause.findings.map((finding) => finding.severity));
  return clause.findings.find((finding) => finding.severity === worst);
}

function clauseGroups(clauses) {
  const groups = new Map();
  for (const clause of clauses) {
    const finding = leadingFinding(clause);
    if (!groups.has(finding.category)) groups.set(finding.category, []);
    groups.get(finding.category).push({ clause, finding });
  }
  const rank = (severity) => SEVERITIES.indexOf(severity);
  for (const items of groups.values()) items.sort((a, b) => rank(a.clause.severity) - rank(b.clause.severity));
  return [...groups.entries()].sort(([, a], [, b]) => rank(a[0].clause.severity) - rank(b[0].clause.severity));
}

function clauseList(clauses, onPick) {
  return clauseGroups(clauses).map(([category, items]) =>
    element(
      'section',
      { class: 'category', 'data-category': category },
      element('h2', {}, categoryName(category), element('span', { class: 'tally' }, `· ${items.length}`)),
      element(
        'ul',
        { class: 'clauses' },
        ...items.map(({ clause, finding }) => {
          const item = element(
            'button',
            { class: 'clause', type: 'button', 'data-clause-id': clause.id, 'data-severity': clause.severity, title: 'Show it on the page' },
            element('span', { class: 'dot', 'data-severity': clause.severity }),
            element(
              'span',
              {},
              element('span', { class: 'clause-title' }, finding.title),
              element('span', { class: 'clause-excerpt' }, clause.excerpt),
              element('span', { class: 'clause-pack' }, `${SEVERITY_LABELS[clause.severity]} · ${packLabel(finding.pack)}`),
            ),
          );
          item.addEventListener('click', () => onPick(clause.id));
          return element('li', {}, item);
        }),
      ),
    ),
  );
}

/** The analysed page: grade, counts, the highlight switch and the clauses by category. */
export function analysisView(state, { onPick, onToggle }) {
  const summary = state.summary;
  const toggle = element('input', { type: 'checkbox', checked: state.visible !== false, id: 'highlights-switch' });
  toggle.setAttribute('role', 'switch');
  toggle.addEventListener('change', () => onToggle(toggle.checked));
  const parts = [
    summaryBlock(summary, state),
    countChips(summary.counts),
    element('label', { class: 'toggle', htmlFor: 'highlights-switch' }, element('span', {}, 'Show highlights on the page'), toggle),
  ];
  const packs = packsLine(summary.packs);
  if (packs) parts.push(packs);
  if (!summary.clauses.length) {
    parts.push(element('p', { class: 'note' }, 'Nothing in this page matched a rule of your packs.'));
  }
  parts.push(...clauseList(summary.clauses, onPick));
  return parts;
}

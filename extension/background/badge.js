/** clauselens: the toolbar badge, per tab: the number of risky clauses, coloured by the worst. */

import { BADGE_COLOURS, worstSeverity } from '../common/severity.js';

async function setBadge(tabId, text, colour) {
  await chrome.action.setBadgeText({ tabId, text });
  if (colour) {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: colour });
    await chrome.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
}

/** The count of risky clauses; green "0" when the page was analysed and nothing is risky. */
export function showRiskyClauses(tabId, summary) {
  const risky = summary.clauses.filter((clause) => clause.risky);
  const worst = worstSeverity(risky.map((clause) => clause.severity));
  return setBadge(tabId, String(risky.length), BADGE_COLOURS[worst ?? 'none']);
}

/** "?" where the page looks legal and the user chose to be asked; "!" when the service failed. */
export function showStatus(tabId, status) {
  if (status === 'ask') return setBadge(tabId, '?', BADGE_COLOURS.ask);
  if (status === 'error') return setBadge(tabId, '!', BADGE_COLOURS.error);
  return setBadge(tabId, '', null);
}

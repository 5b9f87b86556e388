/** clauselens: the severity scale (DESIGN §4) as the popup and the toolbar badge show it. */

/** From most to least risky. */
export const SEVERITIES = ['high', 'medium', 'low', 'info', 'good'];
export const RISKY = new Set(['high', 'medium', 'low']);

export const SEVERITY_LABELS = {
  high: 'High risk',
  medium: 'Medium risk',
  low: 'Low risk',
  info: 'Worth knowing',
  good: 'Protects you',
};

/** Badge backgrounds: dark enough for white text on any toolbar. */
export const BADGE_COLOURS = {
  high: '#c5221f',
  medium: '#b95000',
  low: '#8a6d00',
  none: '#1e7e34',
  ask: '#1a5fb4',
  error: '#5f6368',
};

export function isRisky(severity) {
  return RISKY.has(severity);
}

/** The riskiest severity among `severities`, or null. */
export function worstSeverity(severities) {
  let worst = null;
  for (const severity of severities) {
    if (worst === null || SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(worst)) worst = severity;
  }
  return worst;
}

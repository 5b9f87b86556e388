/** clauselens: periodic work, by chrome.alarms since the worker does not stay alive between events. */

import { refreshSubscriptions } from './subscriptions.js';
import { pruneTabStates } from './tab-state.js';

const ALARMS = {
  'clauselens-prune-tab-state': { periodInMinutes: 60, run: pruneTabStates },
  // Each subscription has its own expiry; this only looks often enough to honour it.
  'clauselens-refresh-packs': { periodInMinutes: 10, run: () => refreshSubscriptions() },
};

export async function scheduleAlarms() {
  for (const [name, { periodInMinutes }] of Object.entries(ALARMS)) {
    if (!(await chrome.alarms.get(name))) await chrome.alarms.create(name, { periodInMinutes });
  }
}

export function onAlarm(alarm) {
  return ALARMS[alarm.name]?.run();
}

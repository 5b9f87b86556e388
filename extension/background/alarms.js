/** clauselens: periodic work, by chrome.alarms since the worker does not stay alive between events. */

import { pruneTabStates } from './tab-state.js';

const ALARMS = {
  'clauselens-prune-tab-state': { periodInMinutes: 60, run: pruneTabStates },
};

export async function scheduleAlarms() {
  for (const [name, { periodInMinutes }] of Object.entries(ALARMS)) {
    if (!(await chrome.alarms.get(name))) await chrome.alarms.create(name, { periodInMinutes });
  }
}

export function onAlarm(alarm) {
  return ALARMS[alarm.name]?.run();
}

/** clauselens: messages to a tab's content script, injecting it first where it is not running. */

const contentScripts = chrome.runtime.getManifest().content_scripts[0];

/**
 * Sends `message` to the tab. With `inject`, a tab without the content script (opened
 * before the extension was installed, or a page it does not run on by default) gets it
 * injected, told that the user asked, and the message is sent again.
 */
export async function sendToTab(tabId, message, { inject = false } = {}) {
  try {
    return await chrome.tabs.sendMessage(tabId, message);
  } catch (error) {
    if (!inject) throw error;
  }
  const target = { tabId };
  await chrome.scripting.executeScript({
    target,
    func: () => {
      (globalThis.clauselens ??= {}).startedOnDemand = true;
    },
  });
  await chrome.scripting.insertCSS({ target, files: contentScripts.css });
  await chrome.scripting.executeScript({ target, files: contentScripts.js });
  return chrome.tabs.sendMessage(tabId, message);
}

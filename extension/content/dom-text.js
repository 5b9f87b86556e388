/**
 * clauselens: walks the live DOM in document order and feeds its visible text nodes to a
 * TextMapBuilder (skipping script, style, hidden and aria-hidden content, and editors),
 * in time slices. Also gathers what legal-page detection looks at.
 */
(function (clauselens) {
  'use strict';

  const SKIPPED_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED',
    'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'svg', 'math', 'HEAD', 'CLAUSELENS-TOOLTIP', 'CLAUSELENS-POPOVER',
  ]);
  const PRESERVING_WHITE_SPACE = { pre: 'pre', 'pre-wrap': 'pre', 'break-spaces': 'pre', 'pre-line': 'pre-line' };
  // A bold title that opens a paragraph ("<b>No Refunds.</b> All fees are final.") goes on a
  // line of its own, so that the service can tell it is a heading and not a clause.
  const RUN_IN_TITLE_TAGS = new Set(['B', 'STRONG']);
  const MAX_RUN_IN_TITLE_WORDS = 8;
  const ENDS_WITH_FULL_STOP = /\.["'”’)\]]*$/;

  /** How an element takes part in the text: null when skipped, else {block, whiteSpace, visible}. */
  function describeElement(element) {
    if (SKIPPED_TAGS.has(element.tagName) || element.getAttribute('aria-hidden') === 'true') return null;
    if (element.isContentEditable && !element.parentElement?.isContentEditable) return null;
    const style = getComputedStyle(element);
    if (style.display === 'none') return null;
    return {
      block: !(style.display.startsWith('inline') || style.display === 'contents' || style.display.startsWith('ruby')),
      whiteSpace: PRESERVING_WHITE_SPACE[style.whiteSpace] ?? 'normal',
      // visibility inherits, but a child may set it back to visible: decided per text node's parent.
      visible: style.visibility === 'visible',
      lineBreak: element.tagName === 'BR',
    };
  }

  /**
   * The visible text of `root` (default: the body) as a TextMap, built in slices of
   * `slicer` (a TimeSlicer) so that huge pages stay responsive.
   */
  async function buildTextMap(slicer, root = document.body) {
    const builder = new clauselens.textMap.TextMapBuilder();
    if (!root) return builder.finish();
    const stack = [{ element: root, description: describeElement(root) ?? { block: true, whiteSpace: 'normal', visible: true } }];
    let node = root.firstChild;
    while (node) {
      const parent = stack[stack.length - 1].description;
      let entered = false;
      if (node.nodeType === Node.TEXT_NODE) {
        if (parent.visible) builder.addText(node, node.data, parent.whiteSpace);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const description = describeElement(node);
        if (description?.lineBreak) builder.addLineBreak();
        else if (description) {
          if (description.block) builder.addBlockBoundary();
          if (node.firstChild) {
            const runInTitle = !description.block && RUN_IN_TITLE_TAGS.has(node.tagName) && builder.atLineStart();
            stack.push({ element: node, description, runInTitle });
            node = node.firstChild;
            entered = true;
          } else if (description.block) builder.addBlockBoundary();
        }
      }
      if (!entered) node = nextNode(node, stack, builder, root);
      if (slicer.due()) await slicer.yield();
    }
    return builder.finish();
  }

  /** The next node in document order, closing the elements left on the way up. */
  function nextNode(node, stack, builder, root) {
    while (node && node !== root) {
      if (node.nextSibling) return node.nextSibling;
      node = node.parentNode;
      const closed = stack.pop();
      if (closed?.description.block) builder.addBlockBoundary();
      else if (closed?.runInTitle && isRunInTitle(closed.element)) builder.addLineBreak();
    }
    return null;
  }

  function isRunInTitle(element) {
    const title = squeeze(element.textContent);
    return ENDS_WITH_FULL_STOP.test(title) && title.split(' ').length <= MAX_RUN_IN_TITLE_WORDS;
  }

  function squeeze(text) {
    return text.replace(/\s+/g, ' ').trim();
  }

  /** What legal-page detection reads, from the live page and its visible text. */
  function pageFeatures(text) {
    const headings = Array.from(document.querySelectorAll('h1, h2, h3, [role="heading"]'), (h) => squeeze(h.textContent));
    const linkTexts = Array.from(document.querySelectorAll('a[href]'), (a) => squeeze(a.textContent)).slice(0, 2000);
    return { url: location.href, title: document.title, headings: headings.slice(0, 300), linkTexts, text };
  }

  clauselens.domText = { buildTextMap, pageFeatures };
})(globalThis.clauselens);

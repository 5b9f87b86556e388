/**
 * clauselens: decides whether a page looks like a legal document (terms, privacy or cookie
 * policy, licence agreement) from its URL, title, headings, link texts and the density of
 * legal vocabulary in its visible text. Pure, tested under Node; tuned on real pages with
 * scripts/legal_detection_report.py.
 */
(function (exports) {
  'use strict';

  const LEGAL_DOCUMENT_NAME = new RegExp(
    [
      'terms\\s+(?:of|and)\\s+(?:service|use|sale|business)',
      'terms\\s*(?:&|and)\\s*conditions',
      'conditions\\s+(?:of|générales)\\s+(?:use|d.utilisation|service)',
      '(?:privacy|cookies?|data(?:\\s+protection)?|acceptable\\s+use|refund|community)\\s+(?:policy|notice|statement)',
      'user\\s+agreement',
      '(?:end[\\s-]+user\\s+)?licen[cs]e\\s+agreement',
      '\\beula\\b',
      'data\\s+processing\\s+(?:agreement|addendum)',
      'legal\\s+(?:notice|terms|information)',
      '(?:service|subscription|customer|master\\s+services?)\\s+agreement',
      '\\bimpressum\\b',
      '\\bnutzungsbedingungen\\b',
      '\\bdatenschutzerkl',
    ].join('|'),
    'i',
  );

  // A path segment that names a legal document ("/legal/terms-of-service", "/privacy.html"),
  // not one that merely contains the word (a news story at "/video-app-terms").
  const LEGAL_PATH_SEGMENT =
    /^(?:terms|tos|legal|privacy|policy|policies|conditions|eula|user-agreement|agreement|cookies?|gdpr|ccpa|dpa|imprint|impressum|disclaimer|acceptable-use|aup|datenschutz|agb)(?:[-_](?:of|and|use|service|services|conditions|policy|policies|notice|statement|agreement|center|centre))*(?:\.[a-z]+)?$/i;

  const SECTION_NAME =
    /\b(?:limitation\s+of\s+liability|disclaimers?(?:\s+of\s+warrant(?:y|ies))?|indemnif(?:y|ication)|governing\s+law|arbitration|dispute\s+resolution|termination|changes\s+to\s+(?:these|this|the|our)\s+(?:terms|policy|agreement)|intellectual\s+property|(?:your\s+)?(?:privacy\s+)?rights|data\s+retention|third[\s-]part(?:y|ies)|severability|entire\s+agreement|warrant(?:y|ies)|liability|information\s+we\s+collect|how\s+we\s+use|cookies|children|contact\s+us|definitions|eligibility|acceptance\s+of\s+(?:the\s+)?terms|user\s+content|prohibited\s+(?:uses|conduct))\b/i;

  const LEGAL_VOCABULARY =
    /\b(?:agree(?:s|d|ment|ments)?|terms|liab(?:le|ility|ilities)|indemnif\w*|warrant(?:y|ies|s)?|disclaim\w*|arbitrat\w*|jurisdiction\w*|governing|hereby|herein|hereunder|thereof|thereto|pursuant|notwithstanding|shall|third[\s-]part(?:y|ies)|personal\s+(?:data|information)|consent\w*|licen[cs]\w*|terminat\w*|breach\w*|applicable\s+law|laws?|rights?|obligations?|provisions?|part(?:y|ies)|damages|claims?|comply|compliance|prohibited|permitted|expressly|limitation|privacy|policy|process(?:ing|ed)?|collect(?:s|ed|ion)?|retain|retention|disclos\w*|subsidiar\w*|affiliates?|legal|court|dispute\w*|accordance|reserve[sd]?|sole|discretion|waive\w*|statutory)\b/gi;

  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  const MIN_WORDS_FOR_DENSITY = 250;
  // The first 100,000 characters (some 15,000 words) tell as much as a whole 1 MB page and
  // keep the assessment to a few milliseconds.
  const DENSITY_SAMPLE_CHARS = 100_000;
  const LEGAL_SCORE_THRESHOLD = 4;

  /** Legal-vocabulary hits per 1,000 words of `text`, and the word count. */
  function vocabularyDensity(text) {
    const words = text.match(WORD)?.length ?? 0;
    if (words === 0) return { words, density: 0 };
    const hits = text.match(LEGAL_VOCABULARY)?.length ?? 0;
    return { words, density: (hits * 1000) / words };
  }

  function hasLegalPath(url) {
    try {
      return new URL(url).pathname.split('/').some((segment) => LEGAL_PATH_SEGMENT.test(decodeURIComponent(segment)));
    } catch {
      return false;
    }
  }

  /**
   * How legal a page looks. `page` is {url, title, headings: [text], linkTexts: [text],
   * text}. Returns {looksLegal, score, reasons} where reasons name each signal that counted.
   */
  function assessLegalPage({ url = '', title = '', headings = [], linkTexts = [], text = '' }) {
    const reasons = [];
    let score = 0;
    const add = (points, reason) => {
      score += points;
      reasons.push(reason);
    };
    if (hasLegalPath(url)) add(2, 'url');
    // A news story about a company's terms has the name in its title too: the name counts
    // once, and the text itself must read like a legal document to tip the balance.
    const topHeadings = headings.slice(0, 3);
    if (LEGAL_DOCUMENT_NAME.test(title)) add(3, 'title');
    else if (topHeadings.some((heading) => LEGAL_DOCUMENT_NAME.test(heading))) add(3, 'heading');
    const sectionHeadings = headings.filter((heading) => heading.length < 120 && SECTION_NAME.test(heading));
    if (sectionHeadings.length >= 3) add(2, 'section-headings');
    const sectionLinks = linkTexts.filter((link) => link.length < 120 && SECTION_NAME.test(link));
    if (sectionLinks.length >= 4) add(1, 'section-links');
    const { words, density } = vocabularyDensity(text.slice(0, DENSITY_SAMPLE_CHARS));
    if (words >= MIN_WORDS_FOR_DENSITY) {
      if (density >= 38) add(4, 'vocabulary-dense');
      else if (density >= 28) add(2, 'vocabulary');
      else if (density >= 20) add(1, 'vocabulary-some');
      else if (density < 12) add(-2, 'vocabulary-rare');
    } else if (words < 80) {
      add(-3, 'too-short');
    }
    return { looksLegal: score >= LEGAL_SCORE_THRESHOLD, score, reasons, words, density };
  }

  exports.assessLegalPage = assessLegalPage;
  exports.vocabularyDensity = vocabularyDensity;
})(typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).legalPage = {}));

/** clauselens: readable names of the built-in categories (DESIGN §4); team packs may add others. */

const CATEGORY_NAMES = {
  arbitration: 'Arbitration instead of court',
  'class-action-waiver': 'Class-action waiver',
  jurisdiction: "Disputes in the provider's courts",
  'governing-law': 'Governing law',
  'limitation-of-liability': 'Limited liability',
  indemnification: 'You pay their legal costs',
  'unilateral-change': 'They can change the terms',
  'unilateral-termination': 'They can close your account',
  'content-removal': 'They can delete your content',
  'contract-by-using': 'Bound just by using it',
  'content-license': 'Licence to your content',
  'ai-training': 'AI training on your content',
  'data-ownership': 'They own data about your use',
  'data-sharing': 'Data shared with others',
  tracking: 'Tracking',
  'data-retention': 'Data kept after deletion',
  'government-access': 'Disclosure to authorities',
  monitoring: 'They may read your messages',
  'auto-renewal': 'Renewals and refunds',
};

/** A category's readable name; unknown ids (from team packs) are shown tidied up. */
export function categoryName(categoryId) {
  if (CATEGORY_NAMES[categoryId]) return CATEGORY_NAMES[categoryId];
  const words = categoryId.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

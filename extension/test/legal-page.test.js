// Legal-page detection: legal documents are recognised, other pages (even ones about terms) are not.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { assessLegalPage, vocabularyDensity } = require('../content/legal-page.js');

function fixture(name) {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

const privacyPolicy = fixture('privacy-policy.txt');
const newsAboutTerms = fixture('news-about-terms.txt');
const recipe = fixture('recipe.txt');

test('a privacy policy is legal from its text alone, without URL or title', () => {
  const result = assessLegalPage({ text: privacyPolicy });
  assert.ok(result.looksLegal, JSON.stringify(result));
  assert.ok(result.reasons.includes('vocabulary-dense'));
});

test('a legal title and URL add to the text', () => {
  const result = assessLegalPage({
    url: 'https://lumen.example/legal/privacy?lang=en',
    title: 'Privacy Policy – Lumen Notes',
    headings: ['Privacy Policy', 'Information we collect', 'Data retention', 'Your rights'],
    text: privacyPolicy,
  });
  assert.deepEqual(result.reasons.slice(0, 3), ['url', 'title', 'section-headings']);
  assert.ok(result.score >= 10);
});

test('a news story about a company changing its terms is not a legal page', () => {
  const result = assessLegalPage({
    url: 'https://news.example/technology/2025/video-app-terms',
    title: 'Video app rewrites its terms of service after user outcry',
    headings: ['Video app rewrites its terms of service after user outcry'],
    text: newsAboutTerms,
  });
  assert.equal(result.looksLegal, false, JSON.stringify(result));
});

test('a recipe with "Terms of Service" and "Privacy Policy" links in its footer is not legal', () => {
  const result = assessLegalPage({
    url: 'https://kitchen.example/lemon-pasta',
    title: 'Weeknight lemon pasta in 20 minutes',
    headings: ['Weeknight lemon pasta in 20 minutes', 'What you need'],
    linkTexts: ['Home', 'Privacy Policy', 'Terms of Service', 'Cookies'],
    text: recipe,
  });
  assert.equal(result.looksLegal, false);
  assert.ok(result.reasons.includes('vocabulary-rare'));
});

test('a short page titled like a legal page but without its text is not enough', () => {
  const result = assessLegalPage({ url: 'https://app.example/login', title: 'Sign in', text: 'Email Password Sign in Forgot your password? Terms of Service' });
  assert.equal(result.looksLegal, false);
});

test('a terms page whose text is still short (loading) counts on its title, URL and headings', () => {
  const result = assessLegalPage({
    url: 'https://app.example/legal/terms',
    title: 'Terms of Service',
    headings: ['Terms of Service', 'Termination', 'Limitation of liability', 'Governing law'],
    text: 'Terms of Service. Termination. Limitation of liability. Governing law. '.repeat(10),
  });
  assert.ok(result.looksLegal, JSON.stringify(result));
});

test('vocabulary density counts legal words per thousand words', () => {
  assert.deepEqual(vocabularyDensity(''), { words: 0, density: 0 });
  const { words, density } = vocabularyDensity('You shall indemnify the company. Nice weather today.');
  assert.equal(words, 8);
  assert.equal(density, 250);
  assert.ok(vocabularyDensity(privacyPolicy).density > vocabularyDensity(newsAboutTerms).density * 2);
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { openDesk } from '../../../src/core/desk.js';
import { tempCorpus } from '../../helpers/tempCorpus.js';

/** A saved article page as a browser writes it: navigation, cookie banner, scripts, related stories, footer. */
const PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ministers agree 5G security rules | The Daily Wire</title>
<meta property="og:title" content="Ministers agree 5G security rules in Prague">
<meta property="og:site_name" content="The Daily Wire">
<meta name="author" content="Jana Novak">
<meta property="article:published_time" content="2019-05-03T10:00:00Z">
<link rel="canonical" href="https://dailywire.example/2019/05/03/5g-rules">
<script>window.tracking = "<p>Subscribe now to read on</p>";</script>
<style>.x { color: red }</style>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Technology</a></nav></header>
<div class="cookie-banner" id="consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main>
<article>
  <h1>Ministers agree 5G security rules in Prague</h1>
  <p class="byline">By Jana Novak</p>
  <p>Officials from 32 countries met in Prague on Friday to agree on security rules for 5G networks, the conference organisers said in a statement after the meeting.</p>
  <p>&ldquo;Security must come first,&rdquo; said the Czech prime minister. The proposals are not binding, but they set a direction for governments in Europe and beyond.</p>
  <h2>What comes next</h2>
  <p>The recommendations will be discussed again at a meeting in Brussels later this year, officials said, and operators will be consulted.</p>
  <aside class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Huawei denies spying claims in long interview</a></li></ul></aside>
  <div class="share-bar">Share this article: Twitter Facebook Email</div>
</article>
</main>
<footer><p>Copyright 2019 The Daily Wire. All rights reserved.</p><p>Sign up for our newsletter</p></footer>
</body></html>`;

describe('web pages', () => {
  it('read the article only, with title, author, outlet, date and link from the page', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'saved/5g-rules.html': PAGE }));
    expect(corpus.problems).toEqual([]);
    const [doc] = corpus.documents;
    expect(doc!.format).toBe('html');
    expect(doc!.source).toEqual({
      id: 'saved/5g-rules',
      title: 'Ministers agree 5G security rules in Prague',
      author: 'Jana Novak',
      outlet: 'The Daily Wire',
      published: '2019-05-03T10:00',
      url: 'https://dailywire.example/2019/05/03/5g-rules',
    });
    expect(doc!.paragraphs.map((p) => p.text)).toEqual([
      'Officials from 32 countries met in Prague on Friday to agree on security rules for 5G networks, the conference organisers said in a statement after the meeting.',
      '\u201CSecurity must come first,\u201D said the Czech prime minister. The proposals are not binding, but they set a direction for governments in Europe and beyond.',
      'What comes next',
      'The recommendations will be discussed again at a meeting in Brussels later this year, officials said, and operators will be consulted.',
    ]);
  });

  it('leave navigation, cookie banners, scripts, related stories and footers out of answers', async () => {
    const desk = await openDesk(tempCorpus({ 'page.html': PAGE }));
    for (const question of ['cookies', 'subscribe newsletter', 'Huawei spying claims', 'world technology home', 'share twitter facebook']) {
      expect(desk.ask(question).results, question).toEqual([]);
    }
    expect(desk.checkQuote('\u201CSecurity must come first,\u201D said the Czech prime minister').verdict).toBe('verbatim');
  });

  it('fall back to <title> and <h1>, and to <time datetime>', async () => {
    const page = (head: string, body: string) => `<html><head>${head}</head><body><article>${body}<p>The regulator published the list of approved vendors for the national network on Monday morning, officials said.</p></article></body></html>`;
    const corpus = await loadCorpus(
      tempCorpus({
        'a.html': page('<title>Regulator lists vendors</title>', '<time datetime="2020-01-29">29 January</time>'),
        'b.htm': page('', '<h1>Vendors listed</h1>'),
      }),
    );
    const byId = Object.fromEntries(corpus.documents.map((d) => [d.source.id, d.source]));
    expect(byId.a).toMatchObject({ title: 'Regulator lists vendors', published: '2020-01-29' });
    expect(byId.b).toMatchObject({ title: 'Vendors listed' });
    expect(byId.b!.author).toBeUndefined();
  });

  it("mark a page's subheadings and block quotations on their paragraphs", async () => {
    const body = '<p>The regulator published the list of approved vendors for the national network on Monday morning, officials said.</p><h2>What they said</h2><p>The minister said:</p><blockquote><p>Security must come first in every network we build.</p><p>We will not compromise on it.</p></blockquote><p>The list will be reviewed every year by the regulator and the ministry together.</p>';
    const corpus = await loadCorpus(tempCorpus({ 'a.html': `<html><head><title>Regulator lists vendors</title></head><body><article>${body}</article></body></html>` }));
    const flags = corpus.documents[0]!.paragraphs.map((p) => [p.text.slice(0, 20), p.heading, p.quoted]);
    expect(flags).toEqual([
      ['The regulator publis', undefined, undefined],
      ['What they said', 2, undefined],
      ['The minister said:', undefined, undefined],
      ['Security must come f', undefined, true],
      ['We will not compromi', undefined, true],
      ['The list will be rev', undefined, undefined],
    ]);
  });

  it('report a page with no article text', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'empty.html': '<html><head><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>' }));
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'empty.html', message: expect.stringMatching(/no article text|no text to quote/) })]);
  });
});

describe('a web page Q&A (round 14)', () => {
  it('marks a paragraph set wholly in <strong> or <b> as strong, and no paragraph merely holding bold words', async () => {
    const page = `<!doctype html><html><head><title>Q&amp;A: Gareth Linton | Pitch Weekly</title></head><body><article>
<h1>Q&amp;A: Gareth Linton</h1>
<p>Two years ago Ashby Town were bottom of League Two. We met their manager at the training ground on a wet Monday.</p>
<p><strong>That sounds small.</strong></p>
<p>It is <b>small</b>. That is the point, and the players know it, because we talk about it every single day.</p>
<p><b>How did <i>that</i> feel?</b></p>
<p>Neil and I speak every day, and he said that with my blessing, so it did not bother me at all.</p>
</article></body></html>`;
    const corpus = await loadCorpus(tempCorpus({ 'qa.html': page }));
    const [doc] = corpus.documents;
    expect(doc?.paragraphs.map((p) => [p.text, p.strong === true])).toEqual([
      ['Two years ago Ashby Town were bottom of League Two. We met their manager at the training ground on a wet Monday.', false],
      ['That sounds small.', true],
      ['It is small. That is the point, and the players know it, because we talk about it every single day.', false],
      ['How did that feel?', true],
      ['Neil and I speak every day, and he said that with my blessing, so it did not bother me at all.', false],
    ]);
  });
});

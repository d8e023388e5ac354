/**
 * Escapes text for Slack mrkdwn: only `&`, `<` and `>` are special there, and they are what
 * `<!channel>`, `<@U…>` mentions and `<url|text>` links are made of. Every string that comes from a
 * person or from the corpus goes through this before it is put in mrkdwn.
 *
 * ```ts
 * escapeMrkdwn('<!channel> & <https://evil|bank>') // '&lt;!channel&gt; &amp; &lt;https://evil|bank&gt;'
 * ```
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A link in mrkdwn to a URL from the corpus metadata: only plain http(s) URLs, and the label escaped
 * (a `|` or `>` in a URL would end the link early, so such URLs are shown as text instead).
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s<>|]+$/.test(url)) return escapeMrkdwn(label);
  return `<${url}|${escapeMrkdwn(label).replace(/\|/g, '\u2223')}>`;
}

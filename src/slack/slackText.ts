/**
 * Turns the text Slack sends (HTML-escaped, with `<@U…>`, `<#C…|name>` and `<url|label>` sequences)
 * back into what the person typed, for searching. Output is escaped again when it is rendered.
 *
 * ```ts
 * readSlackText('<@U1> did they say &quot;x&quot; &amp; <https://a.b|a link>?') // ' did they say "x" & a link?'
 * ```
 */
export function readSlackText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, '')
    .replace(/<#C[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, '')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

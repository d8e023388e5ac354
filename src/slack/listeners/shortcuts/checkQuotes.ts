import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { quotedPhrases } from '../../../core/quotes/quotedPhrases.js';
import { InputError, MAX_INPUT_LENGTH } from '../../../core/desk.js';
import type { AppDeps } from '../../deps.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { renderNotice } from '../../render/blocks.js';
import { renderQuoteChecks } from '../../render/quoteCheck.js';
import { readSlackText } from '../../slackText.js';

/** The message shortcut's callback id (declared in manifest.yml). */
export const CHECK_QUOTES_CALLBACK = 'check_quotes';

/**
 * "Check quotes against sources" on any message: every quoted phrase in it (straight or curly quotes)
 * is checked, and the verdicts are shown to the user who asked, privately. A message with no quoted
 * phrase is checked as a whole.
 */
export function checkQuotes(deps: AppDeps) {
  return async ({ ack, shortcut }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = readSlackText(shortcut.message.text ?? '');
    const phrases = quotedPhrases(text);
    await deps.track(
      (async () => {
        if (phrases.length === 0 && (!text || text.length > MAX_INPUT_LENGTH)) {
          await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...renderNotice('No quoted phrase found in that message: put the words to check in quotation marks.') });
          return;
        }
        const checks = [];
        for (const phrase of phrases.length > 0 ? phrases : [text]) {
          try {
            checks.push(deps.desk().checkQuote(phrase));
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        }
        await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...renderQuoteChecks(checks) });
      })(),
    );
  };
}

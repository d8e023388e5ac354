import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { quotedPhrases } from '../../../core/quotes/quotedPhrases.js';
import { MAX_INPUT_LENGTH } from '../../../core/desk.js';
import type { AppDeps } from '../../deps.js';
import { postToResponseUrl } from '../../postToResponseUrl.js';
import { isFirstSighting } from '../../answerOnce.js';
import { renderNotice } from '../../render/blocks.js';
import { withoutShareButton } from '../../replyToText.js';
import { readSlackText } from '../../slackText.js';
import { quoteSubcommand } from '../../subcommands/quote.js';
import { answerSubcommand } from '../../subcommands/runSubcommand.js';

/** The message shortcut's callback id (declared in manifest.yml). */
export const CHECK_QUOTES_CALLBACK = 'check_quotes';
/** Its name in the message menu, as manifest.yml declares it (Slack allows 24 characters). */
export const CHECK_QUOTES_NAME = 'Check quotes vs sources';

/**
 * "Check quotes vs sources" on any message: every quoted phrase in it (straight or curly quotes)
 * is checked, and the verdicts are shown to the user who asked, privately. A message with no quoted
 * phrase is checked as a whole. A phrase too long to check is named, with the limit, never skipped.
 */
export function checkQuotes(deps: AppDeps) {
  return async ({ ack, shortcut, context, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = readSlackText(shortcut.message.text ?? '');
    const phrases = quotedPhrases(text);
    await deps.track(
      (async () => {
        if (!(await isFirstSighting(context))) return;
        if (phrases.length === 0 && (!text || text.length > MAX_INPUT_LENGTH)) {
          const whole = text ? `, and the whole message is too long to check as one quote (${text.length} characters; the limit is ${MAX_INPUT_LENGTH})` : '';
          await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...renderNotice(`No quoted phrase found in that message${whole}: put the words to check in quotation marks.`) });
          return;
        }
        // The same check as `/prague quote` (its quoted phrases, or the whole message), shown privately.
        const request = { deps, args: text, userId: shortcut.user.id, channelId: shortcut.channel.id, teamId: context.teamId, client };
        const reply = withoutShareButton(await answerSubcommand(quoteSubcommand, request));
        await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...reply });
      })(),
    );
  };
}

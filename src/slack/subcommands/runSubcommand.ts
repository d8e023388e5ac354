import { InputError } from '../../core/desk.js';
import { StateUnavailableError } from '../../state/types.js';
import { renderNotice } from '../render/blocks.js';
import type { Subcommand, SubcommandContext, SubcommandReply, SubcommandRequest } from './subcommand.js';

/**
 * Answers a request with a subcommand: its scope is read first (the channel's collection, from the
 * shared state), then the subcommand runs in its turn of the answer queue, so that an answer's search
 * never runs outside the queue's one-answer-a-turn pace.
 */
export async function answerSubcommand(subcommand: Subcommand, request: SubcommandRequest): Promise<SubcommandReply> {
  const scope = await request.deps.scopeOf(request.teamId, request.channelId);
  return request.deps.answers.run(() => runSubcommand(subcommand, { ...request, scope }));
}

/**
 * Runs a subcommand; bad input becomes a clear notice for the person, and an unexpected failure is
 * logged and answered with an apology rather than silence.
 */
export async function runSubcommand(subcommand: Subcommand, ctx: SubcommandContext): Promise<SubcommandReply> {
  try {
    return await subcommand.run(ctx);
  } catch (error) {
    if (error instanceof InputError) return renderNotice(`Sorry: ${error.message}`);
    if (error instanceof StateUnavailableError) {
      ctx.deps.logger.warn({ subcommand: subcommand.name }, 'subcommand refused: state unavailable');
      return renderNotice('The desk\u2019s shared state cannot be reached just now, so nothing was changed. Please try again in a minute.');
    }
    ctx.deps.logger.error({ err: error, subcommand: subcommand.name }, 'subcommand failed');
    return renderNotice('Sorry, something went wrong answering that. It has been logged; please try again.');
  }
}

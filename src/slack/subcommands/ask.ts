import { searchedNote } from '../channelScope.js';
import { renderAnswer } from '../render/blocks.js';
import type { Subcommand } from './subcommand.js';

/** `/prague <question>` (or `/prague ask <question>`): verbatim quotes with citations. */
export const askSubcommand: Subcommand = {
  name: 'ask',
  usage: '/prague <question>',
  summary: 'verbatim quotes that answer it, each with its source',
  shareable: true,
  run({ deps, args, sharedBy, scope }) {
    const desk = deps.desk();
    const answer = desk.ask(args, { limit: 3, scope });
    return renderAnswer(answer, { share: { k: 'ask', a: args }, sharedBy, searched: searchedNote(scope, desk) });
  },
};

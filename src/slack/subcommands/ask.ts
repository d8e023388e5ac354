import { renderAnswer } from '../render/blocks.js';
import type { Subcommand } from './subcommand.js';

/** `/prague <question>` (or `/prague ask <question>`): verbatim quotes with citations. */
export const askSubcommand: Subcommand = {
  name: 'ask',
  usage: '/prague <question>',
  summary: 'verbatim quotes that answer it, each with its source',
  shareable: true,
  run({ deps, args, sharedBy }) {
    const answer = deps.desk().ask(args, { limit: 3 });
    return renderAnswer(answer, { share: { k: 'ask', a: args }, sharedBy });
  },
};

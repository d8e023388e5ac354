import { searchedNote } from '../channelScope.js';
import { renderSources } from '../render/blocks.js';
import type { Subcommand } from './subcommand.js';

/** `/prague sources`: what is on file, newest first, and any file that failed to load. */
export const sourcesSubcommand: Subcommand = {
  name: 'sources',
  usage: '/prague sources',
  summary: 'the documents on file',
  shareable: true,
  run({ deps, sharedBy, scope }) {
    const desk = deps.desk();
    return renderSources(desk.sources(scope), desk.problems, { share: { k: 'sources', a: '' }, sharedBy, searched: searchedNote(scope, desk) });
  },
};

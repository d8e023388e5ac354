import { mention, renderNotice, renderSafeSections } from '../render/blocks.js';
import { escapeMrkdwn } from '../render/escape.js';
import { mayChangeSettings, type Subcommand, type SubcommandContext, type SubcommandReply } from './subcommand.js';

/** Collections listed in a reply at most (a corpus may have many folders). */
const LISTED = 30;

function listOf(names: string[]): string {
  if (names.length === 0) return 'none: the corpus has no subfolders';
  const shown = names.slice(0, LISTED).map((n) => `\`${escapeMrkdwn(n)}\``).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

async function show(ctx: SubcommandContext, names: string[]): Promise<SubcommandReply> {
  const bound = ctx.scope.collection;
  if (!bound) {
    return renderSafeSections([
      `This channel searches everything on file. Collections: ${listOf(names)}.`,
      'Bind it to one with `/prague collection NAME`.',
    ]);
  }
  const gone = names.includes(bound) ? '' : ' (no longer on file)';
  return renderSafeSections([
    `This channel searches the *${escapeMrkdwn(bound)}* collection${gone}: answers, quote checks, mentions and its daily briefing.`,
    `Other collections: ${listOf(names.filter((n) => n !== bound))}. \`/prague collection all\` searches everything again.`,
  ]);
}

/**
 * `/prague collection [NAME | all]`: binds the channel to one collection of the corpus (a subfolder),
 * shows the binding, or removes it. A change is announced in the channel, so everyone there knows what
 * its answers are drawn from.
 */
export const collectionSubcommand: Subcommand = {
  name: 'collection',
  usage: '/prague collection [NAME | all]',
  summary: 'search one collection in this channel (or `all`); without a name, which one it searches',
  shareable: false,
  async run(ctx) {
    const { deps, scope } = ctx;
    const names = deps.desk().collections({ team: scope.team });
    const name = ctx.args.trim().replace(/^\/+|\/+$/g, '');
    if (!name) return show(ctx, names);
    if (!deps.channels.available) return renderNotice('Collections cannot be bound in this app (it runs without state).');
    if (!mayChangeSettings(ctx)) return renderNotice('Only the desk\u2019s admins (PRAGUE_ADMINS) can change which collection this channel searches.');
    if (name.toLowerCase() === 'all') {
      if (!(await deps.channels.unbind(ctx.channelId))) return renderNotice('This channel already searches everything on file.');
      return { ...renderSafeSections([`${mention(ctx.userId)} set this channel to search everything on file again (all collections).`]), inChannel: true };
    }
    const match = names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === name.toLowerCase());
    if (!match) {
      return renderSafeSections([`There is no collection \u201C${escapeMrkdwn(name)}\u201D. Collections: ${listOf(names)}. Nothing was changed.`]);
    }
    await deps.channels.bind({ channel: ctx.channelId, team: ctx.teamId, collection: match, boundBy: ctx.userId, boundAt: deps.now().toISOString() });
    return {
      ...renderSafeSections([
        `${mention(ctx.userId)} set this channel to search the *${escapeMrkdwn(match)}* collection: answers, quote checks, mentions and the daily briefing here now draw on it only. \`/prague collection all\` searches everything again.`,
      ]),
      inChannel: true,
    };
  },
};

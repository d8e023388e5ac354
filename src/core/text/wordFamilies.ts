import { stemmer } from 'stemmer';

/**
 * Porter stemming joins a word's regular forms ("attended", "attending" → "attend") but not an irregular
 * verb's ("rose" / "rise") nor a verb and its noun ("decide" / "decision"). News questions and stories
 * are full of both ("how much did imports rise" / "imports rose"), so these two tables join the common
 * ones: irregular forms are read as their base word before stemming, and a noun's stem as its verb's.
 */

/** Irregular past forms → base word (forms that are also everyday nouns, such as "left" or "saw", are left out). */
const IRREGULAR = new Map<string, string>(
  `rose:rise risen:rise fell:fall fallen:fall sold:sell bought:buy paid:pay won:win lost:lose held:hold
  met:meet grew:grow grown:grow took:take taken:take gave:give given:give made:make began:begin begun:begin
  spent:spend sought:seek came:come became:become brought:bring kept:keep led:lead built:build chose:choose
  chosen:choose drew:draw drawn:draw drove:drive driven:drive struck:strike fought:fight spoke:speak
  spoken:speak wrote:write written:write withdrew:withdraw withdrawn:withdraw broke:break broken:break
  stood:stand caught:catch dealt:deal fled:flee sank:sink sunk:sink shrank:shrink shrunk:shrink
  overtook:overtake overtaken:overtake undertook:undertake undertaken:undertake forbade:forbid
  forbidden:forbid froze:freeze frozen:freeze swore:swear sworn:swear hung:hang taught:teach
  understood:understand sent:send lent:lend bent:bend sped:speed slid:slide arose:arise arisen:arise
  beaten:beat bore:bear borne:bear rang:ring rung:ring sang:sing sung:sing shook:shake
  shaken:shake stole:steal stolen:steal threw:throw thrown:throw wore:wear worn:wear woke:wake
  foresaw:foresee foreseen:foresee forgave:forgive forgiven:forgive forgot:forget forgotten:forget
  mistook:mistake mistaken:mistake`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Nouns → the verbs they come from, as Porter stems them (computed once, so the table stays words). */
const DERIVED = new Map<string, string>(
  `decision:decide acquisition:acquire merger:merge agreement:agree intervention:intervene
  explanation:explain payment:pay expansion:expand reduction:reduce sale:sell denial:deny failure:fail
  growth:grow loss:lose success:succeed application:apply permission:permit competition:compete
  introduction:introduce description:describe recovery:recover delivery:deliver analysis:analyse
  conclusion:conclude emphasis:emphasize employment:employ unemployment:unemployed threat:threaten
  withdrawal:withdraw refusal:refuse arrival:arrive approval:approve invasion:invade defence:defend
  defense:defend response:respond suspension:suspend extension:extend inclusion:include exclusion:exclude
  admission:admit submission:submit solution:solve division:divide provision:provide
  consumption:consume assumption:assume investment:invest announcement:announce
  negotiation:negotiate election:elect resignation:resign prohibition:prohibit proposal:propose
  participation:participate attendance:attend criticism:criticize`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':').map((word) => stemmer(word)) as [string, string])
    .filter(([noun, verb]) => noun !== verb),
);

/**
 * The base word of an irregular verb form, or the word itself.
 *
 * ```ts
 * baseWord('rose') // 'rise'
 * baseWord('rise') // 'rise'
 * ```
 */
export function baseWord(word: string): string {
  return IRREGULAR.get(word) ?? word;
}

/**
 * The stem of the verb a noun's stem comes from, or the stem itself.
 *
 * ```ts
 * verbStem('decis') // 'decid'  ("decision" → "decide")
 * verbStem('attend') // 'attend'
 * ```
 */
export function verbStem(stem: string): string {
  return DERIVED.get(stem) ?? stem;
}

/**
 * Derivational endings Porter stemming keeps, as they stand on its stems: an agent or a comparative
 * ("teacher", "settler", "smaller"), "-ship", "-age", "-ly", "-al", "-able", "-ian", "-ic". Longest first.
 */
const FAMILY_ENDINGS = ['ship', 'ian', 'abl', 'ibl', 'ag', 'li', 'er', 'or', 'al', 'ic'];

/** The shortest a family's root may be: shorter ones ("pap" of "paper") join unrelated words. */
const MIN_ROOT = 4;

/**
 * The root a term shares with its word family: one derivational ending of a stem cut (only while four
 * letters stay) and a final "e" dropped, so that "citizenship" and "citizen", "percentage" and
 * "percent", "teacher" and "teach", "tribal" and "tribe", "yearly" and "year" meet. Coarser than a stem
 * on purpose: search reads a family member as a lesser match (`RANKING.family`), never as the word itself.
 *
 * ```ts
 * familyRoot('citizenship') // 'citizen'
 * familyRoot('tribe')       // 'trib'   (and familyRoot('tribal') too)
 * ```
 */
export function familyRoot(stem: string): string {
  const ending = FAMILY_ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_ROOT);
  const root = ending ? stem.slice(0, -ending.length) : stem;
  return root.length > MIN_ROOT && root.endsWith('e') ? root.slice(0, -1) : root;
}

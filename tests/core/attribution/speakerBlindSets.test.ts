import { describe, expect, it } from 'vitest';
import { describeScore, isRight, type LabelledSentence, scoreLabelledSet } from './labelledSet.js';

/**
 * The speaker rules on six sets labelled blind (Reuters-21578 stories drawn at random and pieces in
 * other newsroom styles: UK single quotes, features, statements and press releases, interviews and
 * transcripts, "according to", officials by title, colon attributions, opinion). Each set was measured
 * once before the rules were changed for it (figures in the fixtures' commits and the README); the floors
 * below sit at or a little under what the rules reach now, so that a change that loses ground fails.
 * Sets 4 and 5 (64 more Reuters stories) were first measured at 89/118 and 52/66 named, 25 and 8 wrong,
 * narration 368/369 and 126/128; set 4 then guided rule changes, set 5 was measured again after them and
 * its floors pin where it stands (below the issue's 95%: the misses it shows are left for later).
 * Set 6 (40 more stories of the same population, drawn by drawBlindSet.mjs) was labelled before any rule
 * change of its branch and measured once at the end (114/136 named, 17 wrong); it then guided the next
 * branch's changes and its floors pin where it stands now. Set 7 (40 more, seed 7) was labelled before
 * those changes and measured once at their end; it then guided speakers7's changes and its floors pin
 * where it stands now. Set 8 (40 more, seed 8) was labelled before those changes and measured once at
 * their end; it then guided speakers8's changes and its floors pin where it stands now. Set 9 (30 more,
 * seed 9) was labelled before those changes and measured once at their end; it then guided speakers9's changes
 * and its floors pin where it stands now.
 * Speakers11 worked from the misses left on sets 4, 5, 8, 9 and 10 (no new set measured): 4 117/118 (was
 * 116), 5 63/66 (61), 8 122/126 with 0 wrong and narration 283/283 (105, 1 wrong, 282/283), 10 74/75
 * (71); sets 1-3, 6, 7 and 9 unchanged.
 * Set 10 (25 more, seed 10) was labelled before speakers9's changes and measured once before them, with the
 * rules as set 9 measured them. It then guided speakers10's changes, so it is no longer held out: its floors
 * pin where it stands now.
 */
const sets = ['blind-set-1', 'blind-set-2', 'blind-set-3', 'blind-set-4', 'blind-set-5', 'blind-set-6', 'blind-set-7', 'blind-set-8', 'blind-set-9', 'blind-set-10', 'blind-set-11', 'blind-set-13', 'blind-set-14', 'blind-set-15', 'blind-set-16', 'blind-set-18', 'blind-set-19', 'blind-set-20', 'blind-set-26', 'blind-set-27', 'blind-set-28', 'blind-set-29', 'blind-set-30', 'blind-set-31', 'blind-set-32', 'blind-set-33', 'blind-set-35', 'blind-set-37', 'blind-set-38', 'blind-set-44', 'blind-set-45', 'blind-set-46', 'blind-set-47', 'blind-set-48', 'blind-set-49', 'blind-set-52', 'blind-set-53', 'blind-set-57', 'blind-set-58', 'blind-set-59', 'blind-set-63', 'blind-set-64', 'blind-set-68', 'blind-set-69', 'blind-set-70', 'blind-set-74', 'blind-set-75', 'blind-set-76', 'blind-set-80', 'blind-set-81', 'blind-set-82', 'blind-set-86', 'blind-set-87', 'blind-set-88', 'blind-set-92', 'blind-set-93', 'blind-set-94', 'blind-set-98', 'blind-set-99', 'blind-set-100', 'blind-set-102', 'blind-set-103', 'blind-set-104', 'blind-set-105', 'blind-set-106', 'blind-set-23', 'blind-set-109', 'blind-set-108', 'blind-set-110', 'blind-set-111', 'blind-set-115', 'blind-set-118', 'blind-set-120', 'blind-set-121', 'blind-set-122', 'blind-set-125', 'blind-set-126', 'blind-set-129', 'blind-set-123', 'blind-set-124', 'blind-set-127', 'blind-set-128', 'blind-set-132', 'blind-set-134', 'blind-set-136', 'blind-set-138', 'blind-set-141', 'blind-set-142', 'blind-set-144', 'blind-set-148', 'blind-set-150', 'blind-set-152', 'blind-set-156', 'blind-set-158', 'blind-set-159', 'blind-set-161', 'blind-set-164', 'blind-set-168', 'blind-set-171', 'blind-set-172', 'blind-set-177', 'blind-set-178', 'blind-set-179', 'blind-set-180', 'blind-set-181', 'blind-set-182', 'blind-set-188', 'blind-set-189', 'blind-set-190', 'blind-set-192', 'blind-set-187', 'blind-set-191', 'blind-set-198', 'blind-set-199', 'blind-set-200', 'blind-set-201', 'blind-set-202', 'blind-set-203', 'blind-set-204', 'blind-set-205', 'blind-set-209', 'blind-set-210', 'blind-set-211', 'blind-set-215', 'blind-set-216', 'blind-set-143', 'blind-set-220', 'blind-set-221', 'blind-set-225', 'blind-set-226', 'blind-set-230', 'blind-set-231', 'blind-set-235', 'blind-set-236', 'blind-set-240', 'blind-set-241', 'blind-set-244', 'blind-set-245', 'blind-set-242', 'blind-set-243', 'blind-set-248', 'blind-set-250', 'blind-set-251', 'blind-set-252', 'blind-set-254', 'blind-set-256', 'blind-set-258', 'blind-set-259', 'blind-set-261', 'blind-set-264', 'blind-set-265', 'blind-set-266', 'blind-set-267', 'blind-set-269', 'blind-set-271', 'blind-set-274', 'blind-set-275', 'blind-set-279', 'blind-set-281', 'blind-set-278', 'blind-set-285', 'blind-set-286', 'blind-set-290', 'blind-set-291', 'blind-set-294', 'blind-set-296', 'blind-set-299', 'blind-set-300', 'blind-set-301', 'blind-set-304', 'blind-set-305', 'blind-set-306', 'blind-set-309', 'blind-set-310', 'blind-set-311', 'blind-set-314', 'blind-set-315', 'blind-set-316', 'blind-set-319', 'blind-set-320', 'blind-set-321', 'blind-set-318', 'blind-set-325', 'blind-set-326', 'blind-set-328', 'blind-set-329', 'blind-set-331', 'blind-set-335', 'blind-set-336', 'blind-set-337', 'blind-set-339', 'blind-set-340', 'blind-set-342', 'blind-set-343', 'blind-set-344', 'blind-set-347', 'blind-set-348', 'blind-set-351', 'blind-set-352', 'blind-set-355', 'blind-set-356', 'blind-set-357', 'blind-set-359', 'blind-set-350', 'blind-set-364'] as const;
/** What each set labels at least: sentences, named quotations, narration (the third, a last check, is smaller). */
const MIN_LABELS: Record<(typeof sets)[number], { sentences: number; named: number; narration: number }> = {
  'blind-set-1': { sentences: 150, named: 60, narration: 100 },
  'blind-set-2': { sentences: 150, named: 60, narration: 100 },
  'blind-set-3': { sentences: 120, named: 45, narration: 75 },
  'blind-set-4': { sentences: 500, named: 110, narration: 350 },
  'blind-set-5': { sentences: 200, named: 60, narration: 120 },
  'blind-set-6': { sentences: 500, named: 130, narration: 340 },
  'blind-set-7': { sentences: 480, named: 140, narration: 320 },
  'blind-set-8': { sentences: 430, named: 120, narration: 280 },
  'blind-set-9': { sentences: 340, named: 105, narration: 220 },
  'blind-set-10': { sentences: 280, named: 70, narration: 185 },
  'blind-set-11': { sentences: 400, named: 120, narration: 260 },
  'blind-set-13': { sentences: 240, named: 100, narration: 75 },
  'blind-set-14': { sentences: 220, named: 90, narration: 75 },
  'blind-set-15': { sentences: 260, named: 110, narration: 105 },
  // (Named 147 since refs9: the NGO report's 13 own sentences count as its own voice, `kind: report`.)
  'blind-set-16': { sentences: 300, named: 145, narration: 80 },
  'blind-set-18': { sentences: 250, named: 120, narration: 80 },
  'blind-set-19': { sentences: 250, named: 120, narration: 70 },
  'blind-set-20': { sentences: 380, named: 90, narration: 265 },
  'blind-set-26': { sentences: 270, named: 150, narration: 70 },
  'blind-set-27': { sentences: 330, named: 140, narration: 90 },
  'blind-set-28': { sentences: 330, named: 180, narration: 75 },
  'blind-set-29': { sentences: 360, named: 190, narration: 95 },
  'blind-set-30': { sentences: 300, named: 190, narration: 80 },
  'blind-set-31': { sentences: 420, named: 115, narration: 280 },
  'blind-set-32': { sentences: 330, named: 180, narration: 80 },
  'blind-set-33': { sentences: 400, named: 220, narration: 120 },
  'blind-set-35': { sentences: 360, named: 220, narration: 100 },
  'blind-set-37': { sentences: 395, named: 135, narration: 245 },
  'blind-set-38': { sentences: 320, named: 175, narration: 130 },
  'blind-set-44': { sentences: 270, named: 150, narration: 110 },
  'blind-set-45': { sentences: 275, named: 125, narration: 60 },
  'blind-set-46': { sentences: 300, named: 160, narration: 120 },
  'blind-set-47': { sentences: 305, named: 140, narration: 115 },
  'blind-set-48': { sentences: 320, named: 140, narration: 105 },
  'blind-set-49': { sentences: 300, named: 130, narration: 90 },
  'blind-set-52': { sentences: 275, named: 135, narration: 130 },
  'blind-set-53': { sentences: 400, named: 200, narration: 125 },
  'blind-set-57': { sentences: 330, named: 165, narration: 105 },
  'blind-set-58': { sentences: 345, named: 165, narration: 100 },
  'blind-set-59': { sentences: 415, named: 115, narration: 265 },
  'blind-set-63': { sentences: 315, named: 180, narration: 85 },
  'blind-set-64': { sentences: 310, named: 135, narration: 120 },
  'blind-set-68': { sentences: 390, named: 105, narration: 260 },
  'blind-set-69': { sentences: 235, named: 125, narration: 95 },
  'blind-set-70': { sentences: 300, named: 130, narration: 95 },
  'blind-set-74': { sentences: 345, named: 110, narration: 225 },
  'blind-set-75': { sentences: 305, named: 140, narration: 160 },
  'blind-set-76': { sentences: 290, named: 135, narration: 85 },
  'blind-set-80': { sentences: 450, named: 135, narration: 275 },
  'blind-set-81': { sentences: 270, named: 120, narration: 120 },
  'blind-set-82': { sentences: 440, named: 210, narration: 85 },
  'blind-set-86': { sentences: 390, named: 125, narration: 255 },
  'blind-set-87': { sentences: 330, named: 150, narration: 145 },
  'blind-set-88': { sentences: 415, named: 185, narration: 115 },
  'blind-set-92': { sentences: 390, named: 110, narration: 255 },
  'blind-set-93': { sentences: 310, named: 185, narration: 120 },
  'blind-set-94': { sentences: 485, named: 310, narration: 65 },
  'blind-set-98': { sentences: 385, named: 110, narration: 265 },
  'blind-set-99': { sentences: 320, named: 175, narration: 130 },
  'blind-set-100': { sentences: 455, named: 180, narration: 145 },
  'blind-set-102': { sentences: 355, named: 210, narration: 125 },
  'blind-set-103': { sentences: 510, named: 245, narration: 90 },
  'blind-set-104': { sentences: 405, named: 115, narration: 280 },
  'blind-set-105': { sentences: 300, named: 170, narration: 95 },
  'blind-set-106': { sentences: 590, named: 365, narration: 120 },
  'blind-set-23': { sentences: 235, named: 125, narration: 90 },
  'blind-set-109': { sentences: 450, named: 185, narration: 70 },
  'blind-set-108': { sentences: 330, named: 160, narration: 140 },
  'blind-set-110': { sentences: 445, named: 115, narration: 300 },
  'blind-set-111': { sentences: 300, named: 165, narration: 110 },
  'blind-set-115': { sentences: 600, named: 330, narration: 100 },
  'blind-set-118': { sentences: 635, named: 345, narration: 120 },
  'blind-set-120': { sentences: 450, named: 250, narration: 170 },
  'blind-set-121': { sentences: 650, named: 415, narration: 70 },
  'blind-set-122': { sentences: 790, named: 525, narration: 145 },
  'blind-set-125': { sentences: 680, named: 350, narration: 155 },
  'blind-set-126': { sentences: 725, named: 400, narration: 215 },
  'blind-set-129': { sentences: 725, named: 415, narration: 80 },
  'blind-set-123': { sentences: 455, named: 105, narration: 320 },
  'blind-set-124': { sentences: 445, named: 220, narration: 200 },
  'blind-set-127': { sentences: 370, named: 110, narration: 235 },
  'blind-set-128': { sentences: 460, named: 240, narration: 185 },
  'blind-set-132': { sentences: 445, named: 250, narration: 175 },
  'blind-set-134': { sentences: 965, named: 545, narration: 160 },
  'blind-set-136': { sentences: 705, named: 410, narration: 70 },
  'blind-set-138': { sentences: 420, named: 115, narration: 280 },
  'blind-set-141': { sentences: 780, named: 510, narration: 95 },
  'blind-set-142': { sentences: 735, named: 360, narration: 125 },
  'blind-set-144': { sentences: 440, named: 115, narration: 300 },
  'blind-set-148': { sentences: 685, named: 355, narration: 225 },
  'blind-set-150': { sentences: 720, named: 360, narration: 95 },
  'blind-set-152': { sentences: 550, named: 95, narration: 410 },
  'blind-set-156': { sentences: 790, named: 445, narration: 145 },
  'blind-set-158': { sentences: 730, named: 180, narration: 85 },
  'blind-set-159': { sentences: 505, named: 95, narration: 360 },
  'blind-set-161': { sentences: 415, named: 235, narration: 155 },
  'blind-set-164': { sentences: 635, named: 300, narration: 150 },
  'blind-set-168': { sentences: 430, named: 255, narration: 135 },
  'blind-set-171': { sentences: 560, named: 155, narration: 90 },
  'blind-set-172': { sentences: 885, named: 500, narration: 115 },
  'blind-set-177': { sentences: 735, named: 525, narration: 125 },
  'blind-set-178': { sentences: 590, named: 215, narration: 125 },
  'blind-set-179': { sentences: 740, named: 165, narration: 145 },
  'blind-set-180': { sentences: 630, named: 440, narration: 150 },
  'blind-set-181': { sentences: 715, named: 220, narration: 70 },
  'blind-set-182': { sentences: 645, named: 135, narration: 10 },
  'blind-set-188': { sentences: 665, named: 195, narration: 120 },
  'blind-set-189': { sentences: 715, named: 375, narration: 230 },
  'blind-set-190': { sentences: 615, named: 135, narration: 0 },
  'blind-set-192': { sentences: 615, named: 165, narration: 5 },
  'blind-set-187': { sentences: 650, named: 435, narration: 165 },
  'blind-set-191': { sentences: 775, named: 560, narration: 155 },
  'blind-set-198': { sentences: 625, named: 145, narration: 80 },
  'blind-set-199': { sentences: 745, named: 380, narration: 135 },
  'blind-set-200': { sentences: 720, named: 260, narration: 140 },
  'blind-set-201': { sentences: 555, named: 215, narration: 30 },
  'blind-set-202': { sentences: 795, named: 310, narration: 120 },
  'blind-set-203': { sentences: 620, named: 365, narration: 115 },
  'blind-set-204': { sentences: 600, named: 265, narration: 80 },
  'blind-set-205': { sentences: 535, named: 240, narration: 190 },
  // (209's narration count shrinks by round 58's own voice of a "regulator's enforcement notice", its issuer's by its genre
  // now: 165 → 140.)
  'blind-set-209': { sentences: 670, named: 365, narration: 140 },
  'blind-set-210': { sentences: 625, named: 310, narration: 135 },
  'blind-set-211': { sentences: 630, named: 235, narration: 95 },
  'blind-set-215': { sentences: 720, named: 390, narration: 110 },
  // (216's named and narration counts shrink by round 58's own voice of a "regulatory decision notice": 350 and 205 → 320
  // and 165.)
  'blind-set-216': { sentences: 805, named: 320, narration: 165 },
  'blind-set-143': { sentences: 695, named: 385, narration: 170 },
  'blind-set-220': { sentences: 580, named: 210, narration: 65 },
  'blind-set-221': { sentences: 705, named: 380, narration: 275 },
  'blind-set-225': { sentences: 765, named: 345, narration: 230 },
  'blind-set-226': { sentences: 685, named: 210, narration: 25 },
  'blind-set-230': { sentences: 625, named: 355, narration: 70 },
  // (231's staff briefing counts as own voice from round 37's second batch: 28 named and 13 narration sentences moved.)
  'blind-set-231': { sentences: 685, named: 285, narration: 170 },
  'blind-set-235': { sentences: 625, named: 265, narration: 95 },
  'blind-set-236': { sentences: 550, named: 260, narration: 135 },
  'blind-set-240': { sentences: 670, named: 285, narration: 110 },
  'blind-set-241': { sentences: 605, named: 295, narration: 60 },
  'blind-set-244': { sentences: 440, named: 255, narration: 160 },
  // (245 counts fewer named quotations and narration sentences from round 40's third batch: its safeguarding review is a
  // report by kind now, whose reviewer's own text counts as own voice.)
  'blind-set-245': { sentences: 685, named: 235, narration: 105 },
  'blind-set-242': { sentences: 350, named: 44, narration: 290 },
  'blind-set-243': { sentences: 395, named: 37, narration: 350 },
  'blind-set-248': { sentences: 380, named: 35, narration: 325 },
  // (250 counts fewer named quotations and narration sentences from round 41's second batch: its laboratory's incident
  // investigation report is a report by kind now, whose own text counts as its issuer's own voice; and from its fourth
  // batch, its "lecture text" a lecture by kind.)
  'blind-set-250': { sentences: 525, named: 255, narration: 70 },
  'blind-set-251': { sentences: 550, named: 195, narration: 130 },
  'blind-set-252': { sentences: 360, named: 40, narration: 310 },
  'blind-set-254': { sentences: 485, named: 195, narration: 165 },
  // (256 counts fewer named quotations and narration sentences from round 42's first batch: its trustees' report is the
  // charity's own account by kind now, whose sentences count as own voice.)
  'blind-set-256': { sentences: 545, named: 160, narration: 55 },
  'blind-set-258': { sentences: 350, named: 35, narration: 305 },
  'blind-set-259': { sentences: 520, named: 260, narration: 180 },
  // (261 counts fewer named quotations and narration sentences from round 43's third batch: its flash appeal and summit
  // declaration are their issuers' own by genre now, whose sentences count as own voice.)
  'blind-set-261': { sentences: 530, named: 145, narration: 85 },
  'blind-set-264': { sentences: 535, named: 235, narration: 275 },
  // (265 and 266 count fewer named quotations and narration sentences from round 44's second batch: 265's planning
  // officer's report is the council's own account by kind now, and 266's interview's answers, catalogue foreword and
  // chair's foreword are their speakers' own, whose sentences count as own voice.)
  'blind-set-265': { sentences: 635, named: 95, narration: 65 },
  'blind-set-266': { sentences: 630, named: 220, narration: 120 },
  'blind-set-267': { sentences: 340, named: 40, narration: 285 },
  'blind-set-269': { sentences: 650, named: 290, narration: 310 },
  'blind-set-271': { sentences: 480, named: 190, narration: 60 },
  'blind-set-274': { sentences: 410, named: 200, narration: 170 },
  // (275 counts fewer named quotations and narration sentences from round 46's first batch: its medicines agency's safety
  // bulletin is the agency's own by kind now, its sentences own voice.)
  'blind-set-275': { sentences: 715, named: 185, narration: 95 },
  'blind-set-279': { sentences: 530, named: 265, narration: 185 },
  'blind-set-281': { sentences: 630, named: 220, narration: 80 },
  'blind-set-278': { sentences: 335, named: 40, narration: 275 },
  'blind-set-285': { sentences: 760, named: 280, narration: 160 },
  'blind-set-286': { sentences: 855, named: 240, narration: 65 },
  // (290 counts fewer named quotations and narration sentences from round 49's second batch: its cabinet report is its
  // author's own by kind now, whose sentences count as own voice.)
  'blind-set-290': { sentences: 925, named: 360, narration: 325 },
  'blind-set-291': { sentences: 920, named: 590, narration: 210 },
  'blind-set-294': { sentences: 590, named: 260, narration: 240 },
  'blind-set-296': { sentences: 845, named: 410, narration: 225 },
  'blind-set-299': { sentences: 570, named: 275, narration: 260 },
  'blind-set-300': { sentences: 790, named: 220, narration: 225 },
  'blind-set-301': { sentences: 730, named: 295, narration: 125 },
  'blind-set-304': { sentences: 560, named: 240, narration: 240 },
  // (305 and 306 count fewer named quotations and narration sentences from round 52's batch: a proclamation, an ASX
  // announcement and an 8-K are their signer's or issuer's own by kind now, whose sentences count as own voice; and 305
  // fewer again from the same batch's school board agenda, its district's own, and its written comments, their
  // commenters'.)
  'blind-set-305': { sentences: 720, named: 170, narration: 120 },
  'blind-set-306': { sentences: 840, named: 340, narration: 145 },
  'blind-set-309': { sentences: 610, named: 280, narration: 245 },
  'blind-set-310': { sentences: 835, named: 300, narration: 280 },
  'blind-set-311': { sentences: 845, named: 395, narration: 130 },
  // (315's and 316's named and narration counts shrink by round 54's own voice of a select committee's and a charity
  // trustees' report: 289 and 350 named, 151 and 170 narration.)
  'blind-set-314': { sentences: 620, named: 275, narration: 235 },
  'blind-set-315': { sentences: 855, named: 285, narration: 150 },
  'blind-set-316': { sentences: 990, named: 350, narration: 170 },
  'blind-set-319': { sentences: 655, named: 265, narration: 270 },
  // (320's named and narration counts shrink by round 55's own voice of a charity's annual report, its parts in brackets
  // after its genre: 410 named, 240 narration.)
  'blind-set-320': { sentences: 840, named: 410, narration: 240 },
  'blind-set-321': { sentences: 900, named: 515, narration: 255 },
  'blind-set-318': { sentences: 650, named: 310, narration: 205 },
  // (325's and 326's named and narration counts shrink by round 56's own voice of an ombudsman's investigation report, an
  // NGO's field report, an employment tribunal's judgment with written reasons and a record of inquest: 470 and 325 named,
  // 340 and 240 narration.)
  'blind-set-325': { sentences: 970, named: 470, narration: 340 },
  'blind-set-326': { sentences: 820, named: 325, narration: 240 },
  'blind-set-328': { sentences: 600, named: 250, narration: 220 },
  'blind-set-329': { sentences: 720, named: 390, narration: 250 },
  'blind-set-331': { sentences: 1020, named: 460, narration: 285 },
  // (335's and 336's named and narration counts shrink by round 58's first batch, an accident investigation report, a UN
  // agency's "humanitarian situation report", a "parliamentary select committee report" and a "regulator's enforcement
  // notice" their issuers' by their genres: 425 and 325 → 395 and 295; 325 and 240 → 240 and 140.)
  'blind-set-335': { sentences: 985, named: 395, narration: 295 },
  'blind-set-336': { sentences: 875, named: 240, narration: 140 },
  // Held out through round 58 (speakerHeldOutSets.test.ts), guides from round 59's start: news 337 (Irish and Scottish
  // papers), forms 339 (UK institutional) and forms 340 (Australia, New Zealand, South Africa, Ireland).
  'blind-set-337': { sentences: 565, named: 290, narration: 210 },
  'blind-set-339': { sentences: 825, named: 240, narration: 145 },
  // (340's named and narration counts shrink by round 59's first batch, an ombudsman's final report on a complaint, a royal
  // commission's interim report chapter and a portfolio committee's oversight report their authors' or bodies' by their
  // genres: 505 → 455, 320 → 230.)
  'blind-set-340': { sentences: 975, named: 455, narration: 230 },
  // Held out through round 59 (speakerHeldOutSets.test.ts), guides from round 60's start: news 342 (Indian and Caribbean
  // papers, US local TV, a court wire), forms 343 (UK records) and forms 344 (North American and international records).
  'blind-set-342': { sentences: 625, named: 255, narration: 235 },
  // (343's named and narration counts shrink by round 60's second batch, an ombudsman's "final decision on a complaint", a
  // charity regulator's "statutory inquiry report", a coroner's "findings of fact and record of an inquest" and a police
  // force's "misconduct hearing outcome notice" their issuers' by their genres: 425 → 320, 410 → 320.)
  'blind-set-343': { sentences: 920, named: 320, narration: 320 },
  // (344's named and narration counts shrink by round 60's third batch, a hospital's "serious incident review report" the
  // trust's by its genre: 600 → 570, 250 → 180.)
  'blind-set-344': { sentences: 970, named: 570, narration: 180 },
  // Held out through round 60 (speakerHeldOutSets.test.ts), guides from round 61's start: forms 347 (minutes, sentencing
  // remarks, a coroner's finding, a consultation response, disciplinary reasons, a parish newsletter, notices, a union
  // circular) and forms 348 (an inquiry hearing, a UN briefing, a doorstop, central bank minutes, Senate estimates, an
  // ombudsman's summary, a tribunal decision, an earnings call, a State of the City address, a witness statement).
  'blind-set-347': { sentences: 895, named: 430, narration: 350 },
  // (348's named and narration counts shrink by round 61's first batch, an NGO's "field report (NGO programme monitoring
  // report …)", a human rights commission's "inquiry report" and an ombudsman's "case summary" their issuers' by their
  // genres: 585 → 485, 210 → 120.)
  'blind-set-348': { sentences: 1115, named: 485, narration: 120 },
  // Held out through round 61 (speakerHeldOutSets.test.ts), guides from round 62's start: forms 351 (a Federal Register
  // proposed rule with comments, an appellate opinion and dissent, county board minutes, a state audit with the agency's
  // response, a university release, a synod's record, a transit board transcript, a police chief's briefing, a
  // superintendent's letter, an Ontario ombudsman's report, a hospital statement with FAQ, a nonprofit's annual report) and
  // forms 352 (a select committee report, an Oireachtas committee debate, a planning appeal decision, a football
  // disciplinary commission's reasons, an AGM chair's address, a WHO briefing, a school inspection report, a radio
  // phone-in, a European Parliament verbatim, a pension fund's statement, a regulator's final notice, a charity appeal).
  // (351's and 352's named and narration counts shrink by round 62's first batch, a state audit's, an ombudsman's, a select
  // committee's and a school inspection's "report (… report, …)" their issuers' by the report their brackets name: 460 →
  // 405, 340 → 230 and 400 → 375, 200 → 115.)
  'blind-set-351': { sentences: 960, named: 405, narration: 230 },
  'blind-set-352': { sentences: 845, named: 375, narration: 115 },
  // Held out through round 62 (speakerHeldOutSets.test.ts), guides from round 63's start: forms 355 (US public life: a
  // rulemaking docket's comment letter, a state supreme court opinion with a special concurrence, school board minutes, an
  // inspector general's audit with the auditee's response, a House subcommittee hearing, a governor's flood press
  // conference, faculty senate minutes, a bishop's pastoral letter, a council staff report, a deposition, a utility
  // commission's rate order, a foundation's annual report) and forms 356 (UK, Irish and Commonwealth public life: a Commons
  // committee report, Hansard written answers, a coroner's prevention of future deaths report, an employment tribunal
  // judgment, an Ofcom decision, a district cabinet's minutes, a Scottish Parliament question time, an NHS trust chief
  // executive's board report, a charity's trustees' report, a university release, an Oireachtas committee, a podcast).
  // (355's and 356's named and narration counts shrink by round 63's first batch, a comment letter, a staff report, a
  // regulator's decision, a coroner's Regulation 28 report and a chief executive's board report their issuers' or authors'
  // own voice: 420 → 350, 380 → 295 and 300 → 240, 170 → 120.)
  'blind-set-355': { sentences: 1015, named: 350, narration: 295 },
  'blind-set-356': { sentences: 730, named: 240, narration: 120 },
  // Held out through round 63 (speakerHeldOutSets.test.ts), guides from round 64's start: news 357 (Gulf and Middle East
  // desks: The National, Gulf News, Arab News, Haaretz, Jordan Times, Daily News Egypt, Gulf Times, a Khaleej Times court
  // report, a Times of Israel live blog, an Al-Monitor Q&A, an Al Jazeera explainer, an Oman Observer football report) and
  // forms 359 (European and international institutions: a European Parliament verbatim report with a change of chair, a
  // Council of the EU press release, a Commission midday briefing, a Security Council record, a special rapporteur's
  // end-of-visit statement, an OECD survey release, a PACE committee opinion, an ECtHR judgment release with a joint
  // dissent, an EU Ombudsman decision, an ECB press conference, a NATO doorstep, an IAEA Director General's statement).
  'blind-set-357': { sentences: 575, named: 205, narration: 315 },
  'blind-set-359': { sentences: 715, named: 320, narration: 75 },
  // Held out until round 65's start, then guides: news 350 (round 61's: Politico Europe, The Local Sweden, a Euronews live
  // blog, the Kyiv Independent, a Times of Malta court report, the Cyprus Mail, a US minor-league game story, a state
  // capitol budget story, a markets wire, a Lloyd's List Q&A, an obituary, a letters page) and forms 364 (round 64's: an
  // Irish Ombudsman decision, a Commonwealth Ombudsman report, an employment tribunal judgment, an ICO decision notice, an
  // FCA Final Notice, a Lok Sabha question hour, a Kenyan Hansard, US school board minutes, a police release after a
  // sentencing, a FEMA briefing, a mayor's state of the city address, a public inquiry hearing).
  'blind-set-350': { sentences: 625, named: 265, narration: 330 },
  'blind-set-364': { sentences: 855, named: 390, narration: 270 },
};
/** The figures each set must reach: named right at least, wrong speaker at most, narration unattributed at least. */
const FLOORS: Record<(typeof sets)[number], { named: number; wrong: number; narration: number }> = {
  'blind-set-1': { named: 0.95, wrong: 0.02, narration: 0.97 },
  'blind-set-2': { named: 0.95, wrong: 0.02, narration: 0.97 },
  'blind-set-3': { named: 0.95, wrong: 0.02, narration: 0.97 },
  // 116/118 named, 0 wrong, narration 369/369; after speakers11 (a naming verb's long object): 117/118.
  'blind-set-4': { named: 0.99, wrong: 0.02, narration: 0.99 },
  // 61/66 named, 0 wrong, narration 128/128 (was 52/66, 8 wrong, 126/128 before the set-4/5 fixes of speakers5);
  // after speakers11 (a story's one lower-case titled speaker, "azpurua said"): 63/66, 0 wrong.
  'blind-set-5': { named: 0.95, wrong: 0.02, narration: 0.99 },
  // Measured once, after the rules were changed on sets 4 and 5: 114/136 named, 17 wrong, narration 350/350;
  // then the guide of speakers6's rule changes (descriptions resolved to issuers and roles): 136/136, 0 wrong.
  'blind-set-6': { named: 0.97, wrong: 0.02, narration: 0.99 },
  // Measured once, after the set-6 fixes: 127/147 named, 16 wrong, narration 321/321; then the guide of
  // speakers7's rule changes (a story's own issuer first, names read whole): 147/147, 0 wrong.
  'blind-set-7': { named: 0.97, wrong: 0.02, narration: 0.99 },
  // Measured once, after the set-7 fixes of speakers7: 96/126 named, 16 wrong, narration 282/283; then the
  // guide of speakers8's rule changes (names read whole or nobody): 101/126, 1 wrong, 282/283; after
  // speakers9's (a lower-case name after "daily" is the publication): 105/126, 1 wrong, 282/283; after
  // speakers11's (documents speak for the issuer the story ties them to; naming verbs, beliefs, relative
  // clauses; a rank for its one holder; a story's own term in quotation marks is narration): 122/126, 0 wrong, 283/283.
  'blind-set-8': { named: 0.96, wrong: 0.01, narration: 0.99 },
  // Measured once, after the set-8 fixes of speakers8: 101/109 named, 7 wrong, narration 225/225 (misses in the README);
  // then the guide of speakers9's rule changes: 108/109, 0 wrong, 225/225.
  'blind-set-9': { named: 0.98, wrong: 0.01, narration: 0.99 },
  // Measured once, with the rules set 9 was measured with (before speakers9's changes): 58/75 named,
  // 12 wrong, narration 190/190 (misses in the README); then the guide of speakers10's rule changes (no
  // opening participle, "Former …" run or acronym as a speaker; a clause after ", but"; '“…?” he asked.'
  // as the question's attribution): 71/75, 1 wrong, 190/190. No longer held out. After speakers11's changes
  // (a naming verb's long object, a relative clause's own subject, a quotation cut over a paragraph
  // break): 74/75, 1 wrong ('He said "…"' still read as Yeutter, not Denman: no safe rule found).
  'blind-set-10': { named: 0.98, wrong: 0.02, narration: 0.99 },
  // Sets 11 (35 Reuters stories, seed 11) and 13, 15, 16 (twelve documents each in today's newsroom styles,
  // written for testing: UK single quotes, transcripts, statements, press releases, features, op-eds) were
  // labelled blind and measured once with the rules of speakers10 (11: 108/123 named, 4 wrong; 13: 83/103,
  // 8 wrong; 15: 90/115, 11 wrong; 16: 109/160, 20 wrong; narration all unattributed), then with those of
  // speakers11 and of the marks branch (straight single quotes): 109/123, 4; 92/103, 10; 93/115, 14;
  // 121/160, 20. They then guided the next rounds, so they are no longer held out. Sets 12, 17, 18, 19 and 21
  // are held out: see speakerHeldOutSets.test.ts.
  // After names9 (names without titles, offices or party labels; no name run across a sentence's end; "&"
  // and "to" inside organisations' names; transcript labels with an outlet; a name after a description and
  // comma; straight-quoted speech running on after its attribution): 11 111/123, 2 wrong (was 109, 4);
  // 13 100/103, 2 (92, 10); 15 111/115, 3 (93, 14); 16 142/160, 2 (121, 20); narration all unattributed,
  // own voice unchanged; sets 1-10 unchanged.
  // After refs9 (a role's or organisation's one holder however far back, abbreviated titles; a passive
  // reporting verb's clause; a singular "they" for an unnamed source; issued reports and rulings; a
  // quotation paragraph between two of one person's; "the company" never a public body): 11 120/123, 2
  // wrong (was 109, 4); 13 93/103, 9 (92, 10); 15 95/115, 13 (93, 14); 16 125/147, 18, own voice 48/48
  // (121/160, 20, 35/35: `kind: report` now speaks in its issuer's voice). Narration unchanged everywhere.
  // names9 and refs9 merged: 11 122/123, 0 wrong; 13 101/103, 1; 15 113/115, 2; 16 146/147, 0 (own voice 48/48).
  'blind-set-11': { named: 0.99, wrong: 0.01, narration: 0.99 },
  'blind-set-13': { named: 0.98, wrong: 0.01, narration: 0.99 },
  'blind-set-15': { named: 0.98, wrong: 0.02, narration: 0.99 },
  'blind-set-16': { named: 0.99, wrong: 0.01, narration: 0.99 },
  // Set 14 (twelve documents in today's styles) was held out through rounds 8 and 9: speakers10 69/96
  // named, 16 wrong, narration 76/77; speakers11 and marks 76/96, 18; names9 and refs9 the same. No gain on
  // it from rounds that gained much on the sets they were tuned on, so it became a guide for round 10.
  // Set 20 (35 Reuters stories, seed 20) was labelled blind and measured once with names9's rules: 82/95
  // named, 8 wrong, narration 268/271 (refs9: the same); a guide for round 10.
  // names10 (names read by the story's evidence; committee transcript labels): 14 76/96, 18 wrong, narration
  // 76/77 → 87/96, 7 wrong, 77/77; 20 narration 268/271 → 269/271 (named 82/95, 8 wrong, unchanged).
  // pronouns10 (a "he" or "she" goes on about the subject of the sentence before it, centering): set 14
  // 76/96 named, 18 wrong → 82/96, 12 wrong; narration 76/77 unchanged; every other set unchanged.
  // Both merged: 14 93/96, 1 wrong, 77/77; 20 82/95, 8 wrong, 269/271.
  'blind-set-14': { named: 0.96, wrong: 0.011, narration: 0.99 },
  // Round 12 ("quoted X telling …" without "as"): 20 → 85/95, 5 wrong.
  'blind-set-20': { named: 0.89, wrong: 0.053, narration: 0.99 },
  // Written and labelled blind this session (twelve documents in other styles: AP court ruling, Irish Times with
  // straight single quotes, Reuters central bank, BBC Wales flood, Politico, a press release, a mayoral debate
  // transcript, a Q&A interview, a Guardian feature, an NGO statement, DW, Bloomberg) and first measured with
  // round 12's rules: 134/157 named, 23 wrong (16 of them the debate's "MODERATOR:" turns given as "Moderator"),
  // narration 73/74. Then the guide of the role-label rule: 149/157, 8 wrong.
  // Round 13 (a first name beside a relation, "His daughter, Linh,"): 153/157, 4 wrong; a courtesy title telling
  // two of one surname apart ("Ms O'Dwyer"): 155/157, 2 wrong.
  'blind-set-26': { named: 0.97, wrong: 0.026, narration: 0.98 },
  // Round 13 (seventh session): sets written and labelled blind in the forms desks file (transcripts, Q&A
  // interviews, live blogs, speeches, round-ups, translated copy, newsletters) and Reuters set 31, each first
  // measured before it guided anything (README, "Round 13"): 27 99/146 (15 wrong) and 28 77/187 (49 wrong)
  // with round 12's rules; 29 175/196 (9), 30 123/194 (5) and 31 107/117 (5) with round 13 as of f5cf4bd;
  // 32 162/184 (3) and 33 187/223 (25) as of 87e54d7; 35 173/222 (44) as of e192ee4. Then guides.
  'blind-set-27': { named: 0.97, wrong: 0.01, narration: 0.99 },
  // Round 14 (a first name the story shows to be a person's once is a mention wherever it stands again; "his
  // younger brother Tiago"): 28 178 -> 181/187 (9 -> 6 wrong), 33 199 -> 207/223 (16 -> 12), 35 218 -> 220/222 (2 -> 0).
  'blind-set-28': { named: 0.96, wrong: 0.033, narration: 0.99 },
  'blind-set-29': { named: 0.95, wrong: 0.016, narration: 0.99 },
  'blind-set-30': { named: 0.96, wrong: 0.026, narration: 0.99 },
  // Round 14 (an acronym standing alone is an organisation, "But the DOT said it would not wait"): 31 112 -> 114/117, 4 -> 2 wrong.
  'blind-set-31': { named: 0.97, wrong: 0.018, narration: 0.99 },
  // Round 14 ("Emma Holt, who finished 14th": a person, whom a "she" after her can stand for): 32 171 -> 175/184;
  // a live blog's hand-over ("Here's X, speaking through a translator:") and its entries' time stamps: 181/184.
  'blind-set-32': { named: 0.98, wrong: 0.017, narration: 0.99 },
  // Round 14 (a coordinated verb's subject past an opening phrase and an office; "Niamh, a staff nurse": a
  // role among an appositive's first words): 33 194 -> 199/223, 20 -> 16 wrong.
  // Round 15: 215/223, 4 wrong (a podcast's listener, a wine importer's firm, plural titles).
  // (Round 16: a quoted question merged with its lower-case attribution, by script: the same 4 wrong over one
  // sentence fewer, 0.0180; the floor moves from 0.018 to 0.019.)
  'blind-set-33': { named: 0.96, wrong: 0.019, narration: 0.99 },
  // Round 14 ("Mrs Marsh" is not the one Marsh named in full, a man): 35 196 -> 203/222, 21 -> 14 wrong; a
  // think tank's report by two researchers is the think tank's own voice (14 sentences): 213/222, 4 wrong; a
  // "She …" sentence goes on about the woman before it, not a name it mentions: 215/222, 2 wrong; "A reader,
  // Jim, has emailed in:": 218/222.
  'blind-set-35': { named: 0.99, wrong: 0.005, narration: 0.99 },
  // Round 14 (eighth session): 35 Reuters stories (seed 37), drawn and labelled blind, first measured with round
  // 13's final rules (eae6edf): 133/140 named, 4 wrong, narration 249/249; and twelve documents of ordinary news
  // copy from many outlets (set 38), written and labelled blind: 165/179, 5 wrong, 133/133. Then guides.
  // Round 14 ("X of <firm> said" is X, not an office before a name): 37 134/140, 3 wrong. "The 23-year-old said"
  // with no age printed: the one heard speaking in the sentence before: 38 167/179, 3 wrong. An appositive's name
  // past an opening phrase, and "Lyng called U.S. … subsidies “…”": 37 136/140, 2 wrong.
  'blind-set-37': { named: 0.97, wrong: 0.015, narration: 0.99 },
  // Round 15: 38 171/179, 3 wrong ("the yard at Tŷ Isaf …, and Emrys Pugh is").
  'blind-set-38': { named: 0.95, wrong: 0.017, narration: 0.99 },
  // Written and labelled blind late in round 14 (44: news copy; 45: other forms) and first measured with the
  // round as of 0aab906's merge: 44 142/154 named, 8 wrong, 115/115; 45 113/142, 13 wrong, 64/64, own voice 38/38.
  // Then guides: a court's "press summary" is its own voice (45: 113/128, own voice 52/52); a body the story only
  // describes by its capitalised words is named without "the" (44: 143/154, 7 wrong); a newspaper's leader column
  // and editorial are its issued words, "its editorial says" (45: 116/128, 10 wrong).
  // Round 15 (ninth session), guides and round 14's sets: 44 144/154, 6 wrong; 45 119/128, 7 wrong (a podcast
  // host reading a listener's message; a court's bare "counsel").
  'blind-set-44': { named: 0.93, wrong: 0.039, narration: 0.99 },
  'blind-set-45': { named: 0.95, wrong: 0.032, narration: 0.99 },
  // Round 15's fresh guides, written and labelled blind at the session's start (46, 47: news copy; 48, 49: other
  // forms) and mid-session (52: news copy; 53: other forms), first measured with round 14's rules (46-49) or
  // the round as it then stood (52, 53): 46 157/164 named, 7 wrong; 47 131/145, 13; 48 103/141, 6; 49 118/133,
  // 1; 52 126/139, 10; 53 167/206, 10 (201 after its lone "»" sentences were merged). Now: 46 162/164, 2; 47
  // 143/145, 1; 48 138/141, 2; 49 130/133, 1; 52 132/139, 4; 53 170/201, 7.
  'blind-set-46': { named: 0.98, wrong: 0.013, narration: 0.99 },
  'blind-set-47': { named: 0.98, wrong: 0.007, narration: 0.99 },
  'blind-set-48': { named: 0.97, wrong: 0.015, narration: 0.98 },
  'blind-set-49': { named: 0.97, wrong: 0.008, narration: 0.98 },
  'blind-set-52': { named: 0.94, wrong: 0.029, narration: 0.99 },
  'blind-set-53': { named: 0.96, wrong: 0.015, narration: 0.99 },
  // Round 16's fresh guides, written or drawn and labelled blind at the session's start (57, 58: other forms;
  // 59: Reuters, seed 59) and mid-session (63: other forms; 64: news copy), first measured with round 15's rules
  // (57-59) or the round as it then stood (63, 64): 57 138/170 named, 23 wrong; 58 142/170, 4; 59 109/119, 4;
  // 63 170/188, 8; 64 128/140, 10. Now: 57 164/170, 1; 58 166/170, 3; 59 116/119, 1; 63 173/186, 4 (two quoted
  // questions merged with their attributions); 64 132/140, 6.
  'blind-set-57': { named: 0.96, wrong: 0.006, narration: 0.99 },
  'blind-set-58': { named: 0.97, wrong: 0.018, narration: 0.99 },
  'blind-set-59': { named: 0.97, wrong: 0.009, narration: 0.99 },
  'blind-set-63': { named: 0.93, wrong: 0.022, narration: 0.97 },
  'blind-set-64': { named: 0.94, wrong: 0.043, narration: 0.99 },
  // Round 17's fresh guides, drawn or written and labelled blind at the session's start (68: Reuters, seed 68; 69:
  // news copy; 70: other forms) and mid-session (74: Reuters, seed 74; 75: news; 76: other forms), first measured
  // with round 16's rules (68-70) or the round as it then stood (74-76): 68 99/109 named, 6 wrong; 69 121/129, 8;
  // 70 108/132, 7; 74 106/114, 4; 75 140/145, 3; 76 110/138, 4. Now: 68 109/109, 0; 69 129/129, 0; 70 131/132, 1;
  // 74 109/114, 1; 75 142/145, 2; 76 137/138, 0 (narration 87/88).
  'blind-set-68': { named: 0.99, wrong: 0, narration: 0.99 },
  'blind-set-69': { named: 0.99, wrong: 0, narration: 0.99 },
  'blind-set-70': { named: 0.99, wrong: 0.008, narration: 0.99 },
  'blind-set-74': { named: 0.95, wrong: 0.009, narration: 0.99 },
  'blind-set-75': { named: 0.97, wrong: 0.014, narration: 0.99 },
  'blind-set-76': { named: 0.99, wrong: 0, narration: 0.98 },
  // Round 18 (twelfth session), drawn or written and labelled blind by helpers, guides from their first measure:
  // Reuters 80 (seed 80) 127/139 → 133/139, 5 → 2 wrong; news 81 116/125 → 118/125, 3 → 2; other forms 82 145/213
  // → 209/213, 29 → 0 (a European Parliament verbatim report, an interview whose introduction names a law, a
  // press review); Reuters 86 (seed 86) 120/130 → 122/130, 4 → 3; news 87 139/156 → 149/156, 16 → 6; other forms
  // 88 177/189 → 188/189, 2 → 0 (a Holyrood official report, an obituary).
  'blind-set-80': { named: 0.95, wrong: 0.015, narration: 0.99 },
  'blind-set-81': { named: 0.94, wrong: 0.016, narration: 0.99 },
  'blind-set-82': { named: 0.98, wrong: 0, narration: 0.99 },
  'blind-set-86': { named: 0.93, wrong: 0.024, narration: 0.99 },
  // (Round 20: 149 → 152/156, 6 → 4 wrong: "the accused said".)
  'blind-set-87': { named: 0.97, wrong: 0.026, narration: 0.99 },
  'blind-set-88': { named: 0.99, wrong: 0, narration: 0.99 },
  // Round 19 (thirteenth session), drawn or written and labelled blind by helpers, guides from their first measure
  // (with round 18's rules) to now: Reuters 92 (seed 92) 90/110 → 102/110, 15 → 4 wrong (a name read in parts before
  // a particle, "Sheikh Ali al-Khalifa al-Sabah"); news 93 177/185 → 180/185, 5 → 4; other forms 94 205/311 →
  // 299/311, 10 → 3 wrong, narration 58/69 → 69/69 (four US hearing transcripts as the Government Publishing Office
  // and two state legislatures print them, a Bundestag record); Reuters 98 (seed 98) 100/113 → 108/113, 9 → 1;
  // news 99 165/176 → 166/176, 3 → 3; other forms 100 90/180 → 172/180, 13 → 4 (a web-Hansard Lords question, a
  // GPO markup, a press review). 94 and 100 were relabelled once, after their first measure, for one convention
  // only: a hearing's turn label printed as a sentence of its own ("The CHAIRMAN.") is either nobody or its speaker,
  // as 97 and 103 label it (the figures above are on the relabelled sets).
  'blind-set-92': { named: 0.92, wrong: 0.037, narration: 0.99 },
  'blind-set-93': { named: 0.97, wrong: 0.022, narration: 0.99 },
  'blind-set-94': { named: 0.96, wrong: 0.01, narration: 0.99 },
  'blind-set-98': { named: 0.95, wrong: 0.009, narration: 0.99 },
  'blind-set-99': { named: 0.94, wrong: 0.018, narration: 0.99 },
  'blind-set-100': { named: 0.95, wrong: 0.023, narration: 0.99 },
  // Round 20 (fourteenth session) made guides of round 19's held-out news copy (102) and other forms (103), the two
  // sets furthest from the issue's 95%, measured once at round 19's end: 102 174/213 named, 20 wrong, narration
  // 127/127; 103 173/248, 36 wrong, 90/95, own voice 84/88. At round 20's end: 102 192/213, 5 wrong; 103 233/248,
  // 7 wrong, 93/95.
  'blind-set-102': { named: 0.9, wrong: 0.024, narration: 0.99 },
  'blind-set-103': { named: 0.93, wrong: 0.029, narration: 0.97 },
  // Round 20's guides, drawn or written and labelled blind at the session's start, as first measured (round 19's
  // rules): 104 (Reuters, seed 104) 112/115 named, 3 wrong, narration 284/284; 105 (news copy) 147/173, 18 wrong,
  // 96/96; 106 (other forms) 217/367, 37 wrong, 117/123, own voice 18/24. At the round's end: 104 the same; 105
  // 158/173, 9 wrong; 106 356/367, 9 wrong, 121/123, own voice 24/24.
  'blind-set-104': { named: 0.97, wrong: 0.027, narration: 0.99 },
  'blind-set-105': { named: 0.91, wrong: 0.047, narration: 0.99 },
  'blind-set-106': { named: 0.98, wrong: 0.006, narration: 0.98 },
  // Set 23 was held out from round 10 to round 19.
  // Round 10 (first measured): 92/128, 1 wrong, 91/91; round 11: the same. Round 12: a rule reading "its
  // founder X" as a person failed this floor (one more wrong speaker) and was reverted, unread. Round 13: reading
  // any parenthesis after a name as a transcript label's ("Name (…):") failed it (100/128, 19 wrong; narration
  // 89/91); labels were narrowed to a parliament's seats, parties and office holders, unread: 92/128, 1 wrong.
  // Round 20 read Australia's House labels ("Ms HALLORAN (Deakin) (14:21):", "Mr CORRIGAN (Barton—Attorney-General)
  // (14:21):"), and the first version failed this floor (111/128 named, 8 wrong). Its misses were read to see why,
  // so the set is a guide from round 20 on: a seat and office joined by a dash with a hyphened office
  // ("Attorney-General") was not read as a label, and its labeller listed the members in capitals only ("Ms
  // HALLORAN", "HALLORAN", "Halloran"), which the scorer now matches with the cased "Ms Halloran"
  // (labelledSet.ts's sameName; no other set's figure moved with it). Then: 118/128, 1 wrong; at the round's end
  // 122/128, 1 wrong.
  'blind-set-23': { named: 0.95, wrong: 0.008, narration: 0.99 },
  // Set 109 (other forms) was held out at round 20's start and measured with round 19's rules then and with round
  // 20's at its end: 148/189 named, 23 wrong, narration 63/73, own voice 112/123 both times. It became a guide in the
  // session's last hour, its misses read: an earnings call's participants list read across a line break ("Investor
  // Relations Marcus Lindqvist") and its "Prepared Remarks:" and "Questions & Answers:" headings read as a speaker
  // or as a turn's words. Then: 161/189, 10 wrong, 71/73; then, with PBS's "Name, Role, Department:" labels and a
  // release's "– The Honourable …" credit lines read, 169/189, 5 wrong.
  'blind-set-109': { named: 0.94, wrong: 0.027, narration: 0.97 },
  // Round 21 (fifteenth session): round 20's held-out 108 (news) and 110 (Reuters) and 111 (news), measured once
  // at round 20's end (108 149/163, 9 wrong; 110 102/116, 7 wrong; 111 154/170, 9 wrong, narration 114/115), became
  // guides at this round's start: 108 157/163, 2 wrong; 110 103/116, 6 wrong; 111 162/170, 1 wrong, 115/115.
  // Sets 115 and 118 (other forms) were written and labelled blind at this round's start and measured with round
  // 20's rules then (115 279/334 named, 20 wrong, narration 84/104, own voice 96/136; 118 234/377, 63 wrong,
  // 130/136, own voice 49/56), unmoved by the round's first rules; they became guides mid-session, furthest from
  // 95%. The scorer files sentences by the product's own-voice genres, which this round widened (a tribunal's
  // decision): 118's tribunal decision moved from named quotations and narration to own voice with the same right
  // answers. Now: 115 322/334, 8 wrong, 101/104, own voice 131/136; 118 312/348, 19 wrong, 121/121, own voice 99/100.
  'blind-set-108': { named: 0.96, wrong: 0.013, narration: 0.99 },
  'blind-set-110': { named: 0.88, wrong: 0.052, narration: 0.99 },
  'blind-set-111': { named: 0.95, wrong: 0.006, narration: 0.99 },
  'blind-set-115': { named: 0.96, wrong: 0.027, narration: 0.99 },
  'blind-set-118': { named: 0.9, wrong: 0.046, narration: 0.99 },
  // Round 22: round 21's held-out 120 (news), 121 and 122 (other forms), guides from the round's start: 120 210 ->
  // 240/254 named (17 -> 8 wrong), narration 170/170; 121 268 -> 387/420 (84 -> 24 wrong), narration 56 -> 59/71, own
  // voice 37 -> 40/64; 122 399 -> 494/527 (29 -> 18 wrong), narration 129 -> 143/147, own voice 87/88.
  'blind-set-120': { named: 0.96, wrong: 0.02, narration: 0.99 },
  'blind-set-121': { named: 0.93, wrong: 0.055, narration: 0.83 },
  'blind-set-122': { named: 0.95, wrong: 0.019, narration: 0.97 },
  // Round 23: round 22's held-out forms 125, 126 and 129 guides from the round's start, its Reuters and news copy 123,
  // 124, 127 and 128 from mid-round, first measured (round 22's end, with this round's scorer) → now: 125 332/364 ->
  // 342/354 named (19 -> 7 wrong; its coroner's finding moved to own voice, 20/21 -> 67/68), narration 192/194 ->
  // 155/157; 126 327 -> 354/404 (22 wrong), narration 196 -> 217/217; 129 310/416 -> 387/416 (31 -> 22 wrong),
  // narration 76 -> 81/81, own voice 140 -> 144/146; 123 94/108 and 127 104/114, the same; 124 204 -> 212/222 (13 -> 7
  // wrong); 128 234 -> 237/244 (2 -> 1 wrong).
  'blind-set-125': { named: 0.96, wrong: 0.02, narration: 0.98 },
  'blind-set-126': { named: 0.88, wrong: 0.052, narration: 0.99 },
  'blind-set-129': { named: 0.93, wrong: 0.053, narration: 0.99 },
  'blind-set-123': { named: 0.87, wrong: 0.075, narration: 0.99 },
  'blind-set-124': { named: 0.95, wrong: 0.032, narration: 0.99 },
  'blind-set-127': { named: 0.91, wrong: 0.053, narration: 0.99 },
  'blind-set-128': { named: 0.97, wrong: 0.005, narration: 0.99 },
  // Round 24: round 23's held-out news copy 132 and forms 134 and 136, guides from the round's start (first measured at
  // round 23's end: 132 203/253 named, 32 wrong, narration 180/180; 134 400/545, 59 wrong, narration 153/164, own voice
  // 125/143; 136 312/413, 53 wrong, narration 66/70, own voice 173/180).
  // Now: 132 227/253 named, 20 wrong, 180/180; 134 502/545, 20 wrong, 153/164, own voice 125/143; 136 391/413, 16
  // wrong, 66/70, own voice 173/180; and 106 (its judgment's quoted examination) 356 -> 362/367, 8 -> 2 wrong.
  // (Round 27: 227 -> 230/253, 20 -> 17 wrong: "Malek's wife Rahima Khatun" tells her gender.)
  'blind-set-132': { named: 0.92, wrong: 0.052, narration: 0.99 },
  // (Round 27: 502 -> 504/545, 20 -> 18 wrong: "Counsel Assisting" is an office, no name.)
  'blind-set-134': { named: 0.92, wrong: 0.034, narration: 0.96 },
  'blind-set-136': { named: 0.94, wrong: 0.039, narration: 0.94 },
  // Round 25: round 24's held-out Reuters 138 and forms 141 and 142, guides from the round's start (at round 24's end: 138
  // 98/115 named, 8 wrong, narration 284/285; 141 383/512, 70 wrong, 81/96, own voice 114/121; 142 236/361, 25 wrong,
  // 126/126, own voice 167/184).
  'blind-set-138': { named: 0.85, wrong: 0.07, narration: 0.99 },
  // Now: 138 the same; 141 491/512, 21 wrong, 88/96, own voice 116/121; 142 316/361, 23 wrong, 125/126, own voice
  // 183/184; and 121 (its Senedd questions) 387 -> 388/420, 24 -> 23 wrong, 60 -> 62/71; 136 own voice 173 -> 177/180.
  'blind-set-141': { named: 0.96, wrong: 0.038, narration: 0.91 },
  'blind-set-142': { named: 0.88, wrong: 0.064, narration: 0.99 },
  // Round 26: round 25's held-out Reuters 144 and forms 148 and 150, guides from the round's start (at round 25's end: 144
  // 104/117 named, 9 wrong, narration 302/302; 148 278/356, 21 wrong, 212/226, own voice 46/46; 150 244/382, 56 wrong,
  // 117/119, own voice 105/119). Now: 144 105/117, 8 wrong; 148 338/356, 10 wrong, 219/226; 150 312/365, 23 wrong,
  // 98/100, own voice 136/155 (its disciplinary decision is now its chair's own voice); and 115's narration 101 ->
  // 103/104, 118 312 -> 315/348 (19 -> 16 wrong), 122 494 -> 497/527 (17 -> 14), 126 354 -> 355/404, 134's narration
  // 153 -> 159/164, 141 491 -> 492/512 (21 -> 20).
  'blind-set-144': { named: 0.89, wrong: 0.069, narration: 0.99 },
  'blind-set-148': { named: 0.95, wrong: 0.023, narration: 0.96 },
  'blind-set-150': { named: 0.86, wrong: 0.064, narration: 0.99 },
  // Round 27: round 26's held-out Reuters 152 and forms 156 and 158, guides from the round's start (at round 26's end:
  // 152 81/98 named, 4 wrong, narration 413/415; 156 370/447, 25 wrong, 145/147, own voice 76/108; 158 142/245, 18
  // wrong, 112/112, own voice 241/262).
  // (Round 27's rules: 152 81 -> 86/98, 4 -> 2 wrong ("Richard May", "the Bank" of England); 156 370 -> 409/447
  // (a central bank's press conference, its answers unlabelled).)
  'blind-set-152': { named: 0.87, wrong: 0.021, narration: 0.99 },
  'blind-set-156': { named: 0.91, wrong: 0.056, narration: 0.98 },
  // Then, with round 27's ombudsman's decisions and regulators' notices read as their issuer's own voice, 158's
  // ombudsman decision and final notice count as own voice (241/262 -> 326/348): 142/183 named, 19 wrong (the
  // notice's "Mr Delaney's explanation that he did not think of the arrangement as “hiding anything”", unnamed before,
  // is now the regulator's), narration 88/88; then, with the round's other rules ("Client A", "Marcus, a father of
  // three …", "Network Rail Scotland"), 153/183, 16 wrong.
  // (Round 29's "counsel submits that" gives "Mr Ashworth KC, who did not appear below, submits that …" to "Mr T. Ashworth",
  // the right man by a form its labeller did not list ("T. Ashworth", "Mr Ashworth KC", "Mr Ashworth"): 17 wrong.)
  'blind-set-158': { named: 0.83, wrong: 0.093, narration: 0.99 },
  // Round 28: round 27's held-out Reuters 159, news 161 and forms 164, guides from the round's start (at round 27's end,
  // as at its start: 159 87/99 named, 9 wrong, narration 360/362; 161 183/238, 49 wrong, 157/157; 164 256/300, 7
  // wrong, 151/153, own voice 143/148).
  'blind-set-159': { named: 0.87, wrong: 0.091, narration: 0.99 },
  'blind-set-161': { named: 0.9, wrong: 0.068, narration: 0.99 },
  // Round 28's rules raised floors in place (named right, wrong): 45 121 -> 122/128, 5 -> 4 wrong; 53 176 -> 194/201 (a
  // newsletter signed off by the author's name alone); 105 158 -> 159/173; 109 169 -> 178/189 (a court report's
  // exchange printed as turns); 120 241 -> 244/254; 121 388 -> 390/420; 122 497 -> 501/527, 14 -> 10 wrong; 126 355 ->
  // 356/404; 132 230 -> 234/253 ("the OC said"); 142 316 -> 321/361 (a briefer calling on reporters by name); 148 338 ->
  // 340/356; 150 312 -> 314/365; 161 183 -> 214/238, 49 -> 18 wrong; 164 256 -> 294/300, 7 -> 3 wrong.
  'blind-set-164': { named: 0.98, wrong: 0.01, narration: 0.98 },
  // Round 29's rules raised floors in place (named right, wrong): 18 115 -> 116/122, 2 -> 1 wrong; 121 390 -> 391/420; 141
  // 492 -> 493/512, 20 -> 19 wrong; 150's narration 98 -> 99/100; 161 214 -> 216/238, 18 -> 16 wrong; 168 212 -> 234/256,
  // 35 -> 13 wrong (238 before the review dropped "Parent" as a title); 171 114 -> 144/155; 172 395/519 -> 426/504, 75 -> 48
  // wrong; 179 82/207 -> 134/166 (109 178 -> 179/189 and
  // 126 356 -> 358/404 under their floors' rounding).
  // Round 29: round 28's held-out news 168 and forms 171 and 172, guides from the round's start (at round 28's end: 168
  // 212/256 named, 35 wrong, narration 139/139; 171 114/155, 3 wrong, 92/92, own voice 226/234; 172 395/519, 75 wrong,
  // 121/128, own voice 167/172).
  'blind-set-168': { named: 0.91, wrong: 0.051, narration: 0.99 },
  'blind-set-171': { named: 0.92, wrong: 0.02, narration: 0.99 },
  // (Round 29's "a regulator's decision is its issuer's own voice" moved 172's Ofcom bulletin finding from named quotations
  // and narration to own voice: 395/504 named, 75 wrong, narration 113/120, own voice 189/195.)
  'blind-set-172': { named: 0.84, wrong: 0.096, narration: 0.95 },
  // Round 29's own forms sets 177 (spoken), 178 (written voices) and 179 (institutional), written and labelled blind by
  // helpers at the round's start, measured with round 28's rules (f5a026b) and again, by figures only, after the round's
  // first two batches of rules (unchanged: 177 325/526 named, 61 wrong, narration 124/128; 178 130/308, 25 wrong,
  // 135/143, own voice 104/105; 179 82/207, 12 wrong, 157/157, own voice 246/274), then made guides mid-round, the
  // weakest sets of several rounds; forms 180-182, written after, are held out in their place.
  // (Round 29's third batch, as they stand now: 177 325 -> 366/526 (a central bank's turns in capitals and a full stop);
  // 178 130/308 -> 187/218, 25 -> 3 wrong, narration 125/129, own voice 200/209 (a commencement address and a book review
  // in their authors' voices, an open letter a publication prints in its organiser's, an interview's answerer who "spoke
  // to The Hindu"); 179 82/207 -> 82/166, 12 wrong, own voice 246/274 -> 295/323 (an ombudsman's report in her voice).)
  // (Round 29's fourth batch: 177 366 -> 476/526, 61 -> 40 wrong (a town hall's bare "A:", a podcast's time-coded labels, a
  // briefing's names in capitals on their own lines, the United Nations' verbatim record); 179 82 -> 111/166 (a
  // parliamentary record read as turns).)
  // (Round 29's fifth batch: 177 476 -> 512/526, 40 -> 4 wrong: a court transcript's judge, counsel and witness, a
  // statement heading's name as the record prints it.)
  'blind-set-177': { named: 0.97, wrong: 0.008, narration: 0.96 },
  'blind-set-178': { named: 0.85, wrong: 0.014, narration: 0.96 },
  // (Round 29's sixth batch: 179 111 -> 133/166 (a parliament's written answers), own voice 295 -> 304/323 (a tribunal's
  // fields, a judgment's case title and rubric).)
  'blind-set-179': { named: 0.8, wrong: 0.067, narration: 0.99 },
  // Round 29's held-out forms sets 180 (spoken), 181 (written voices) and 182 (institutional), written and labelled blind
  // mid-round 29 and held out to its end (180 323/441 named, 69 wrong, narration 131/152; 181 103/255, 64 wrong, 88/90,
  // own voice 222/243; 182 48/241, 12 wrong, 86/87, own voice 206/223), became guides at the start of round 30, the
  // weakest sets of the round; forms 187-189, written after, are held out in their place.
  // (Round 30's first batch: 180 323 -> 360/441, 69 -> 32 wrong, narration 131 -> 142/152 (an annual meeting's "Question 1 –"
  // and "Response –" headings, Singapore's Hansard's header fields); 181 103/222, 64 wrong, narration 71/73, own voice
  // 268/293 (a critic's "review", a union's "circular" in their signers' voices); 182 48/139, 20 wrong, narration 11/11,
  // own voice 372/401 (a situation report, a results announcement, a press note, a corrections column and a board paper
  // in their issuers' or signers' voices, their contacts layout).)
  // (Round 30's second batch: 180 360 -> 435/441, 32 -> 5 wrong, narration 142 -> 145/152 (a central bank's press
  // conference printed as a statement and unlabelled questions, a public inquiry's chair, counsel and sworn witness,
  // Canada's chair with the seat nested in the parentheses naming him, the Lok Sabha's "parliamentary debates" read as
  // turns); 182 48 -> 106/139 (the same central bank's statement with questions).)
  'blind-set-180': { named: 0.98, wrong: 0.012, narration: 0.95 },
  // (Round 30's third batch: 181 103 -> 152/222, 64 -> 17 wrong, narration 73/73, own voice 279/293 (a letter a story
  // prints in full is its signer's, a newsletter's guest post its guest's).)
  'blind-set-181': { named: 0.68, wrong: 0.077, narration: 0.99 },
  // (Round 30's seventh batch: 182 106 -> 115/139, 20 -> 11 wrong (a results announcement's "Chief Executive's Review"
  // its named chief executive's).)
  // (Round 54: 182 117 → 120/139 named, a sentencing's "In it you say:" the defendant's.)
  'blind-set-182': { named: 0.86, wrong: 0.08, narration: 0.99 },
  // Round 30's own forms sets 188 (company, NGO and government documents) and 189 (broadcast and online forms), written
  // and labelled blind at the round's start, measured with round 29's rules (8ca648d) and again, by figures only, after
  // the round's first three batches (unchanged: 188 119/359 named, 26 wrong, narration 176/180, own voice 79/83; 189
  // 264/418, 6 wrong, 259/272), then made guides mid-round, the weakest of the round's new sets; forms 190 and 191,
  // written after, are held out in their place.
  // (Round 30's fourth batch: 188 119/359 -> 156/196, 26 -> 31 wrong, narration 114/120, own voice 285/306 (a foreword,
  // a chair's statement, a freedom of information response, a submission, a consultation response, a field report
  // and an auditor-general's report in their signers' or issuers' voices; a branch bulletin signed "In unity," in its
  // secretary's; an earnings call's "Operator [1]" headings); 189 264/418 -> 293/378, 6 wrong, narration 217/230, own
  // voice 80/82 (a radio bulletin's "CLIP:" lines, a thread's and a channel's posts in their accounts' voices, the
  // replies under their post headers, a channel's forwarded posts).)
  // (Round 30's sixth batch: 188 156 -> 170/196, 31 -> 17 wrong (a second minister's foreword, the call's operator); the
  // review's mends: its field report no longer read as its issuer's own voice (a correspondent's as often), 170/222
  // named, narration 120/126, own voice 254/274.)
  'blind-set-188': { named: 0.76, wrong: 0.077, narration: 0.95 },
  // (Round 30's fifth batch: 189 293 -> 334/378 (an AMA's "u/name • 1d" comment headers, the shared account's answers
  // signed "– Alasdair".))
  'blind-set-189': { named: 0.88, wrong: 0.016, narration: 0.94 },
  // Round 30's forms 190 (documents organisations and people publish in their own voice or as a record), written and
  // labelled blind mid-round in place of 188 and 189 and held out for one batch (round 29's rules: 38/327 named, 20
  // wrong, narration 85/85, own voice 105/144; the round's first five batches: 37/296, 29 wrong, 70/70, own voice
  // 150/190), then made a guide, the weakest set of the round; forms 192, written after, is held out in its place.
  // (Round 30's sixth batch: 100/137, 28 wrong, no narration left, own voice 366/419: a consultation paper, an annual
  // review, an incident report summary, a prevention of future deaths report, a report's foreword, an email and a police
  // appeal in their signers' or issuers' voices; a foreword signed inside a body's paper, its signer's; a release put in
  // an officer's name, "Please attribute to …:", hers; a letter published in full under its own heading.)
  'blind-set-190': { named: 0.72, wrong: 0.205, narration: 0.99 },
  // Round 30's forms 192 (documents in one author's or one body's own voice, quoting others), written and labelled blind
  // after the sixth batch and held out through the review's mends and the seventh (round 29's rules: 70/196 named, 20
  // wrong, narration 9/9, own voice 344/365; then 76/196, 14 wrong), then made a guide at the round's end.
  // (Round 30's eighth batch: 146/166 named, 14 wrong, own voice 375/398 (a party's manifesto in its leader's voice, a
  // family's death notice in the family's, a newsletter signed by its author's name without his title); narration
  // 9/9 -> 2/6: the headlines of the newsletter and the manifesto, now read as their authors', which their labeller
  // gave to nobody.)
  'blind-set-192': { named: 0.87, wrong: 0.085, narration: 0.33 },
  // Round 30's forms 187 (other countries' official records and proceedings) and 191 (spoken and interactive forms),
  // held out through round 30 (187 with round 29's rules: 303/436 named, 46 wrong, narration 160/166, own voice 9/38;
  // at round 30's end 323/436, 26 wrong, 162/166, 9/38; 191 441/564, 60 wrong, 143/157 throughout), made guides at the
  // start of round 31, the two weakest of the held-out sets.
  // (Round 31's first batch: 187 426/436, 9 wrong, 162/166, own voice 38/38 (a Security Council meeting record read as
  // a transcript, a speaker key's initials opening WHO's turns, "GOVERNOR:" not the first deputy governor, a monitoring
  // group's write-up of a committee meeting nobody's); 191 545/564, 12 wrong, 156/157 (reporters and callers a briefer
  // or a host calls on or who give their names, "Spokesperson:" the one the headnote names, "THE DEFENDANT:" the
  // caption's, StreetEvents' ruled-off headings, a header's roster lines).)
  'blind-set-187': { named: 0.97, wrong: 0.021, narration: 0.97 },
  'blind-set-191': { named: 0.96, wrong: 0.022, narration: 0.99 },
  // Round 31's forms 198 (business, markets and economic forms) and 199 (civic, campaign and broadcast forms), written and
  // labelled blind at the round's start and held out through its first batch (round 30's rules: 198 118/267 named, 13
  // wrong, narration 144/160, own voice 130/134; 199 262/483, 77 wrong, 170/171, own voice 38/42; the first batch the same
  // but narration 157/160 and 171/171), then made guides, the two weakest held-out sets; forms 200 and 201 were written in
  // their place.
  // (Round 31's second batch: 198 142/146 named, 4 wrong, narration 80/80, own voice 309/335 (a rating action, a
  // regulatory announcement and a notice of meeting their issuer's, a memo and an analyst's note their author's, a chair's
  // "Dear Shareholder," letter hers, StreetEvents' headings with "Inc."); 199 339/381, 8 wrong, 127/136, own voice
  // 165/179 (Reddit's "·" headers, a coroner's report the coroner's, a party's leaflet and a school's newsletter their
  // issuer's, "CALLER – GREG:", a sermon's "the Revd" read as its front matter's "The Revd"); narration figures count
  // fewer sentences once own voice is read: the labellers gave the leaflet's and the newsletter's headlines, calendar
  // and form lines to nobody, which the rules give to the issuer.)
  'blind-set-198': { named: 0.97, wrong: 0.028, narration: 0.99 },
  'blind-set-199': { named: 0.88, wrong: 0.022, narration: 0.93 },
  // Round 31's forms 200 (health, science and education forms) and 201 (defence, security, emergency and justice forms),
  // written and labelled blind in place of 198 and 199 and measured once each with round 30's rules and with the round's
  // second batch, the same (200 179/366 named, 6 wrong, narration 152/173, own voice 124/137; 201 141/337, 55 wrong,
  // 83/88, own voice 101/109), then made guides, the two weakest; forms 202 and 203 were written in their place.
  // (Round 31's third batch: 200 207/261, 7 wrong, narration 118/141, own voice 250/274 (a guideline, a safety
  // communication and a position statement their issuer's, a message to staff its author's, a trust board's questions
  // "Submitted by:" and "Response from …:"); 201 200/217, 14 wrong, 33/33, own voice 259/284 (a situation update, an
  // incident log, a readout and a decision summary their issuer's, an arbitration award its arbitrator's, forewords
  // signed "… T.D.", Hansard's bare name lines, a briefing's "Q:" turns called on or self-introduced).)
  'blind-set-200': { named: 0.79, wrong: 0.027, narration: 0.83 },
  'blind-set-201': { named: 0.92, wrong: 0.065, narration: 0.99 },
  // Round 31's forms 202 (local government, planning and community forms), written and labelled blind in place of 200 and
  // measured once (round 30's rules: 128/352 named, 54 wrong, narration 136/138, own voice 153/219; the round's third
  // batch: 147/352, 62 wrong, 130/138), then made a guide, the weakest held-out set.
  // (Round 31's fourth batch: 238/312, 20 wrong, narration 114/122, own voice 213/275: an ombudsman's decision with no
  // author the ombudsman's, an examiner's report in the first person its examiner's, WordPress comments their
  // commenters', "Siân Pryce AM:" without the letters, a "From the Chair" column signed "Alasdair Munro, Chair".)
  // (Round 31's sixth batch: 259/312, narration 111/122: a council's cabinet report and a licensing decision in the body's
  // voice by rule, not by genre, their header lines the council's too; an information officer's disclosure hers: 282/312.)
  'blind-set-202': { named: 0.9, wrong: 0.065, narration: 0.9 },
  // Round 31's forms 203 (media-industry and reader-facing forms), written and labelled blind in place of 201 and held out
  // through the fourth batch (round 30's rules and the fourth batch alike: 186/371 named, 56 wrong, narration 114/117, own
  // voice 71/75), then made a guide.
  // (Round 31's fifth batch: 298/371, 19 wrong, narration 116/117: a regulator's ruling and a press council's adjudication
  // with no author the body's, PBS's "NAME, Role, El Faro del Norte:" labels, "About …:" no speaker's label, The Irish
  // Times' letters signed under "Yours, etc,".)
  'blind-set-203': { named: 0.8, wrong: 0.052, narration: 0.99 },
  // Round 31's forms 204 (institutional forms from outside the UK and US) and 205 (journalism's own many-voiced forms),
  // held out through round 31 (figures in speakerHeldOutSets.test.ts), became guides at the start of round 32, the two
  // weakest: 204 159/268 named, 14 wrong, narration 77/82, own voice 161/183; 205 177/241, 40 wrong, 186/190, 31/31.
  // Round 32's batches on them: 204 238/268 named, 8 wrong, narration 77/82, own voice 176/183; 205 211/241, 15 wrong,
  // 189/190, 31/31; at the round's end 204 238/268, 8 wrong, own voice 178/183; 205 227/241, 6 wrong, 190/190.
  'blind-set-204': { named: 0.88, wrong: 0.03, narration: 0.93 },
  'blind-set-205': { named: 0.94, wrong: 0.025, narration: 0.99 },
  // Round 32's forms 209 (regulators', inquiries' and tribunals' forms from many countries), written and labelled blind
  // at the session's start and measured with round 31's rules and the round's first batch alike (138/366 named, 164
  // wrong, narration 175/203, own voice 40/48), became a guide after the first batch, the weakest of the round's sets.
  // Round 32's batches on it: 279/366 named, 72 wrong, narration 142/169, own voice 64/82 (an inspectorate's report and a
  // tribunal's oral ruling now read as their issuer's and their judge's, 34 sentences moved from narration to own voice).
  'blind-set-209': { named: 0.76, wrong: 0.197, narration: 0.84 },
  // Round 32's forms 210 (sport's, religion's, universities', unions', charities' and the arts' forms) and 211 (science,
  // technology and infrastructure bodies' and companies' forms), held out through round 32 (figures in
  // speakerHeldOutSets.test.ts), became guides at the start of round 33, the two weakest: 210 223/312 named, 24 wrong,
  // narration 125/136, own voice 124/138; 211 117/237, 5 wrong, 92/98, 201/237.
  // Round 33's first batch (a speech filed with no author is the speaker its heading names; a body's document in its own
  // "we" is the body's, or its one author's, whatever the body's name): 210 245/312 named, 41 wrong, narration 119/136
  // (a band's farewell post is the band's, its members' sections under "Kája (vocals):" the band's too, 17 more wrong, and
  // its header lines the band's); 211 206/237, 5 wrong, 81/98 (a security notice's and a speech's header lines).
  // Round 34's fourth batch (a body's name without its outlet line's two-word gloss, "(official website)"): 210 256/312
  // named, 30 wrong, the rest the same; with the fifth (sections several people write under their own names, "Kája
  // (vocals):"): 273/312, 13 wrong, narration 123/136.
  'blind-set-210': { named: 0.87, wrong: 0.042, narration: 0.9 },
  // Round 39's fourth batch read a table's rows as nobody's words, as most guides' labellers do (225, 226, 235, 240, 241
  // label theirs so); 211's and 220's labellers gave theirs to the issuer or the writer: 211 201/237 named (a rail
  // operator's performance table, a utility's timeline, a drought plan's stages), 220 187/212 (a health advisory's
  // exposure sites, a postmortem's timeline).
  'blind-set-211': { named: 0.84, wrong: 0.022, narration: 0.82 },
  // Round 33's forms 215 (personal and first-person forms) and 216 (agriculture's, environment's, energy's, transport's
  // and housing's forms), held out through round 33 (figures in speakerHeldOutSets.test.ts), became guides at the start
  // of round 34, the two weakest: 215 306/390 named, 14 wrong, narration 101/110, own voice 139/151; 216 310/383, 13
  // wrong, 235/263, own voice 63/70.
  // Round 34's first batch (a diary's entries are its writer's; a letter a paper prints in full after its address blocks
  // is its signer's, its section headings nobody's): 215 373/390 named, 13 wrong, the rest the same.
  'blind-set-215': { named: 0.95, wrong: 0.034, narration: 0.91 },
  // Round 34's second batch (a planning inspector's decision is the inspector's, a charity's policy briefing its author's,
  // a union's members' bulletin the union's with its president's letter his; a repeated title, a details line and a
  // publisher's footer nobody's): 216 337/353 named, 11 wrong, narration 178/207, own voice 150/156 (a policy briefing now
  // an own voice's genre, its sentences counted under own voice: narration 263 -> 207 sentences, own voice 70 -> 156).
  // Round 34's third batch (an investor relations head's turn naming the others once; "A word from our Chief Executive"
  // signed; a regulator's decision's reference fields and signature; addresses and "available on request" in a footer) and
  // the round's review: 216 352/353 named, 0 wrong, narration 188/207, own voice 153/156.
  'blind-set-216': { named: 0.99, wrong: 0, narration: 0.9 },
  // The three weakest held-out sets at round 34's end (figures in speakerHeldOutSets.test.ts) became guides at the start
  // of round 35: round 26's forms 143 (353/385 named, 28 wrong, narration 162/173, own voice 70/91), and round 34's forms
  // 220 (crisis, emergency and incident communications: 227/240, 8 wrong, 61/76, own voice 179/182) and 221 (historical,
  // archival and memorial forms: 193/382, 42 wrong, 257/278).
  // Round 35's batches (an archive's transcribed letter, an edition's entries, a condolence book's signed entries, a speech
  // its title names the maker of, telegrams' signatures, a memorandum's From: field, defined terms, reporters named by
  // their outlet, a Hansard's page numbers and headings, named relatives, a notice's fields) and the round's review: 143
  // 365/385 named, 16 wrong, narration 169/173, own voice 70/91; 220 227/240, 8 wrong, 64/76, own voice 179/182; 221
  // 329/382, 16 wrong, 271/278.
  // (Round 36: 220's airline customer email, a genre its marketing genres now name, counts in the measure as own voice:
  // named 199/212, 8 wrong, narration 56/66, own voice 215/220, the same sentences right.)
  'blind-set-143': { named: 0.94, wrong: 0.042, narration: 0.97 },
  'blind-set-220': { named: 0.88, wrong: 0.038, narration: 0.84 },
  'blind-set-221': { named: 0.86, wrong: 0.042, narration: 0.97 },
  // The two weakest held-out sets at round 35's end became guides at the start of round 36: round 35's forms 225
  // (research and consultation documents quoting people, often anonymised: 111/345 named, 30 wrong, narration 223/232,
  // own voice 43/45) and 226 (marketing, fundraising and customer communications: 207/375, 21 wrong, 126/146, own voice
  // 84/89).
  // Round 36's first batch (a body's report by any name, a Prepared by field, marketing genres, testimonials credited
  // below) and the review's mends: 225 241/345 named, 45 wrong, narration 195/232 (a report's headings and tables now
  // inside its issuer's voice), own voice 43/45; 226 161/212, 33 wrong, 29/29, own voice 317/369 (its pages' own text
  // counted as own voice once the rules read one). With the second batch (a study's participant codes): 225 251/345, 44
  // wrong, the rest the same; so at the round's end.
  'blind-set-225': { named: 0.72, wrong: 0.128, narration: 0.84 },
  'blind-set-226': { named: 0.75, wrong: 0.156, narration: 0.99 },
  // The two weakest held-out sets at round 36's end became guides at the start of round 37: round 36's forms 230
  // (translated and multilingual documents: interpreted press conferences and hearings, bilingual statements: 252/355
  // named, 81 wrong, narration 62/72, own voice 112/131) and 231 (internal and workplace communications: all-staff
  // emails, town halls, minutes, chat exports: 159/316, 51 wrong, 183/186, own voice 110/113).
  // Round 37's first batch (a part's label and its holder: "MODERATOR (Tereza Malá, …):", "THE WITNESS" and "THE
  // INTERPRETER" under a header's "Witness:"/"Interpreter:" lines, which are no one's) and the review's mends: 230 302/355
  // named, 31 wrong, narration 65/72.
  'blind-set-230': { named: 0.85, wrong: 0.088, narration: 0.9 },
  // Round 37's second batch (an email thread's messages their senders', a staff briefing its signer's, a newsletter's
  // quick Q&A its interviewee's, an unsigned staff announcement the unit its header names): 231 227/288 named, 44 wrong,
  // narration 170/173, own voice 139/154.
  'blind-set-231': { named: 0.78, wrong: 0.153, narration: 0.98 },
  // The two weakest held-out sets at round 37's end became guides at the start of round 38: round 37's forms 235
  // (education: a misconduct panel's decision, a head teacher's letter, a student paper's report, column and Q&A, senate
  // minutes, an inspection report, a school board transcript: 188/269 named, 49 wrong, narration 73/96, own voice
  // 192/219) and 236 (sport and sports governance: a post-match press conference, disciplinary reasons, programme notes,
  // a commentary transcript: 160/261, 19 wrong, 129/135, own voice 120/122).
  'blind-set-235': { named: 0.69, wrong: 0.183, narration: 0.76 },
  'blind-set-236': { named: 0.61, wrong: 0.073, narration: 0.95 },
  // The two weakest held-out sets at round 38's end became guides at the start of round 39: round 38's forms 240 (health
  // care and patient communications: a trust's statement, board minutes, a public-health briefing, a complaint and its
  // reply, a clinician's blog, a leaflet Q&A, a coroner's report, a charity's release, a practice newsletter, an
  // editorial, a consultation response, a radio phone-in: 156/287 named, 41 wrong, narration 101/113, own voice 192/225)
  // and 241 (culture and arts institutions: 223/297, 32 wrong, 59/64, own voice 160/192). 240 188/287, 9 wrong once the
  // scorer counted a joint byline ("Fiona Gallacher, Rajesh Menon") right for a label listing both names (labelledSet.ts).
  'blind-set-240': { named: 0.65, wrong: 0.032, narration: 0.89 },
  'blind-set-241': { named: 0.75, wrong: 0.108, narration: 0.92 },
  // The two weakest held-out sets at round 39's end became guides at the start of round 40: round 39's news 244 (local
  // and community papers and court reporting: 179/255 named, 69 wrong, narration 163/163) and forms 245 (religious and
  // faith organisations: 133/269, 23 wrong, 126/134, own voice 202/226), as measured at round 39's end (50d0456).
  'blind-set-244': { named: 0.7, wrong: 0.271, narration: 1 },
  // (Round 40's third batch: its safeguarding review a report by kind, its reviewer's first-person text own voice, and its
  // parish newsletter's unsigned items the benefice's: 162/236 named, 29 wrong, narration 98/107, own voice 254/286; the
  // new wrong ones the churchwardens' signed report and the review's layout lines.)
  'blind-set-245': { named: 0.68, wrong: 0.123, narration: 0.91 },
  // Round 39's Reuters 242 and 243, the first sets drawn from the stories with one long quotation (most of the 1,202 left
  // unused), became guides at the start of round 40 too, so that the rounds can see why wire stories of one quotation
  // come out weaker (35/44 named, 8 wrong, narration 294/295; 25/37, 10 wrong, 350/350), with Reuters 247 and 248, drawn
  // the same way, held out in their place.
  'blind-set-242': { named: 0.79, wrong: 0.182, narration: 0.99 },
  'blind-set-243': { named: 0.67, wrong: 0.271, narration: 1 },
  // The three weakest held-out sets at round 40's end became guides at the start of round 41, as measured then (3df4c4d):
  // round 40's Reuters 248 (24/35 named, 8 wrong, narration 326/326), forms 250 (science and research institutions:
  // 153/282, 89 wrong, 94/118, own voice 65/79) and forms 251 (environment agencies, water and energy utilities and their
  // regulators: 137/198, 54 wrong, 119/130, own voice 191/195), whose misses their descriptions alone could not show.
  'blind-set-248': { named: 0.68, wrong: 0.229, narration: 1 },
  // (250's narration 59/83 from round 41's second batch, the incident report's 35 sentences its labeller gave to no one
  // and the rules too now counted as own voice: 231/256 named, 11 wrong, own voice 126/140; 60/74 from the fourth batch,
  // the lecture's publisher's lines its labeller gave to no one counted as own voice too, 135/149.)
  'blind-set-250': { named: 0.54, wrong: 0.316, narration: 0.71 },
  'blind-set-251': { named: 0.69, wrong: 0.273, narration: 0.91 },
  // The three weakest held-out sets at round 41's end became guides at the start of round 42, as measured then (271d571):
  // round 41's Reuters 252 (33/42 named, 7 wrong, narration 313/313), news 254 (trade press, campus papers and business
  // desks: 139/195, 51 wrong, 169/169, own voice 73/76) and forms 256 (charities, trade unions and financial regulators:
  // 120/194, 8 wrong, 80/86, own voice 202/217), whose misses their descriptions alone could not show.
  // (Round 42's end: 252 36/42 named, 4 wrong; 256 132/164, none wrong.)
  'blind-set-252': { named: 0.85, wrong: 0.096, narration: 1 },
  // (Round 42's first batch: 254 183/195 named, 7 wrong, the trade paper's Q&A answers the interviewee's; 256 128/164, none
  // wrong, narration 55/60, own voice 253/273, its trustees' report the charity's own and its bulletin's column the rep's.)
  'blind-set-254': { named: 0.93, wrong: 0.036, narration: 1 },
  'blind-set-256': { named: 0.8, wrong: 0, narration: 0.91 },
  // The three weakest held-out sets at round 42's end became guides at the start of round 43, as measured then (382d06c):
  // round 42's Reuters 258 (30/39 named, 9 wrong, narration 305/306), news 259 (outlets outside the UK: 230/264, 29
  // wrong, 180/187, own voice 29/30) and forms 261 (platforms' trust and safety publishing, housing associations and
  // international organisations: 116/176, 6 wrong, 124/129, own voice 205/213), whose misses their descriptions alone
  // could not show.
  'blind-set-258': { named: 0.76, wrong: 0.231, narration: 0.99 },
  'blind-set-259': { named: 0.87, wrong: 0.11, narration: 0.96 },
  // (Round 43's third batch: 261 119/145 named, 5 wrong, narration 81/86, own voice 279/287, its flash appeal and summit
  // declaration their issuers' own by genre, 74 sentences counted as own voice since.)
  'blind-set-261': { named: 0.82, wrong: 0.035, narration: 0.94 },
  // The three weakest held-out sets at round 43's end became guides at the start of round 44, as measured then (d606bd5,
  // the same figures as at 382d06c: no round-43 batch moved a held-out set): round 43's news 264 (wire briefs,
  // explainers, obituaries, a radio transcript, regional US papers: 191/238 named, 6 wrong, narration 276/276), forms 265
  // (courts, tribunals, local government and parties: 70/136, 13 wrong, 71/95, own voice 365/387) and forms 266 (company
  // reporting and museums: 173/245, 23 wrong, 114/126, own voice 197/207), whose misses their descriptions alone could
  // not show.
  // (Round 44's second batch: 264 224/238 named, 6 wrong, its radio interview's answers its guest's and its obituary's
  // appended appreciation its writer's; 265 81/97, 4 wrong, narration 65/65, own voice 424/456, its officer report the
  // council's own and its minutes' public questions and replies their askers' and answerers'; 266 209/224, 14 wrong,
  // 115/124, own voice 220/230, its magazine interview's answers the director's and its catalogue foreword its signer's.)
  'blind-set-264': { named: 0.94, wrong: 0.026, narration: 1 },
  'blind-set-265': { named: 0.83, wrong: 0.042, narration: 1 },
  'blind-set-266': { named: 0.93, wrong: 0.063, narration: 0.92 },
  // The three weakest held-out sets at round 44's end became guides at the start of round 45, as measured then (58c0b37,
  // the same figures as when they were first measured, but for 269's narration, 311→313/313): round 44's Reuters 267
  // (wire stories with one long quotation or more: 35/44 named, 7 wrong, narration 283/285), news 269 (magazines,
  // tabloids, local broadcasters' web copy and fact-checks: 203/291, 24 wrong, 313/313) and forms 271 (EU and UN
  // institutions, religious bodies, trade associations: 99/192, 26 wrong, 58/61, own voice 164/169), whose misses their
  // descriptions alone could not show.
  'blind-set-267': { named: 0.79, wrong: 0.16, narration: 0.99 },
  'blind-set-269': { named: 0.69, wrong: 0.083, narration: 1 },
  // (Round 47's first batch: 271 115 → 132/192 named, 19 → 2 wrong, its EU joint statement now its two signers'.)
  'blind-set-271': { named: 0.68, wrong: 0.011, narration: 0.95 },
  // The two weakest held-out sets at round 45's end became guides at the start of round 46, as measured then (06b5682,
  // the same figures as when they were first measured): round 45's news 274 (Scottish, Welsh and Northern Irish papers,
  // US political newsletters, business wires, match reports: 167/204 named, 32 wrong, narration 174/174) and forms 275
  // (health and regulation: 133/210, 7 wrong, 110/110, own voice 346/365), whose misses their descriptions alone could
  // not show.
  'blind-set-274': { named: 0.81, wrong: 0.157, narration: 1 },
  'blind-set-275': { named: 0.63, wrong: 0.034, narration: 1 },
  // The two weakest held-out sets at round 46's end became guides at the start of round 47, as measured then (3dad882,
  // the same figures as when they were first measured): round 46's news 279 (English-language papers of India,
  // Pakistan, Nigeria, Kenya and South Africa, a Canadian and an Australian regional paper, a science journal's news, a
  // financial newsletter: 199/266 named, 27 wrong, narration 184/185, own voice 34/37) and forms 281 (justice and civic
  // life: a Supreme Court press summary, a tribunal judgment, police and crime panel minutes, a coroner's report: 115/221,
  // 99 wrong, 77/81, own voice 253/304), whose misses their descriptions alone could not show.
  // (Round 47's second batch: 279 199 → 206/266 named, 27 → 20 wrong: "Alhaji", "Asked by X whether …, he said:", an
  // anonymous source's allegation.)
  'blind-set-279': { named: 0.77, wrong: 0.076, narration: 0.99 },
  // (Round 47's first batch: 281 115 → 177/221 named, 99 → 36 wrong, own voice 253 → 275/304: a transcript's defined
  // labels, a joint statement's signers, an inspection report its chief inspector signs; the third: 189/221, 24 wrong, a
  // newsletter's officer signing with her collar number, a scheme's coordinator; 26 wrong from the review of round 47's
  // rules, which took back "They write:" as speech (a plural "they" reads as a body), the traders' letter the reader's again.)
  'blind-set-281': { named: 0.85, wrong: 0.118, narration: 0.95 },
  // The three weakest held-out sets at round 47's end became guides at the start of round 48, as measured then (4bff9fe):
  // round 45's Reuters 278 (wire stories with one long quotation or more: 30/40 named, 6 wrong, narration 274/275; 30/40,
  // 6 wrong when first measured) and round 47's forms 285 (corporate and academic governance: an AGM transcript, senate
  // minutes, a disciplinary decision, a town-hall FAQ: 205/282, 35 wrong, 152/162, own voice 269/295, as first measured)
  // and 286 (sport and international bodies: an FA commission's written reasons, a press-conference transcript, a summit
  // chair's statement, an anti-doping tribunal summary: 124/244, 78 wrong, 61/68, own voice 474/523; 121/244, 81 wrong when
  // first measured), whose misses their descriptions alone could not show.
  // (Round 48's second batch: 278 30 → 32/40 named, 6 → 4 wrong: a quotation whose closing mark was dropped before ", Lyng
  // said."; 285 252 → 260/282, 11 → 7 wrong: "The Vice-Chancellor said:" under "Present: Professor Sir Alan Mercer
  // (Vice-Chancellor, in the Chair)", membership letters after a name, counsel's "submitted for the Institute that"; 286
  // 220 → 222/244, 19 → 18 wrong: "Keller's coach …, Anton Rieder, described …, adding: “…”".)
  'blind-set-278': { named: 0.8, wrong: 0.1, narration: 0.99 },
  // (Round 48's first batch: 285 205 → 252/282 named, 35 → 11 wrong, narration 154/162, own voice 273/295: a town hall's
  // "Q — Name, role:" and "A — Name:" labels, an AGM's "THE CHAIR (MR AINSLIE)", a housing association's newsletter; 286
  // 124 → 220/244, 78 → 19 wrong, 66/68, own voice 484/523: a press conference's "MANAGER:" under its header's "Speaker:
  // Dalton Reyes, First-Team Manager", parties a decision defines, "(the Player)", a football association's decision.)
  'blind-set-285': { named: 0.92, wrong: 0.025, narration: 0.95 },
  'blind-set-286': { named: 0.9, wrong: 0.074, narration: 0.97 },
  // The two weakest held-out sets at round 48's end became guides at the start of round 49, as measured then (fe29ce2):
  // round 48's forms 290 (faith, community and labour: parish council and governing board minutes, a diocese's statement,
  // a union's conference motion and ballot notice, a night shelter's trustees' report, a planning appeal decision, a
  // synagogue's letter, a housing co-operative's AGM transcript: 209/390 named, 68 wrong, narration 292/361, own voice
  // 152/163; 209/390, 68 wrong, 150/163 when first measured) and 291 (parliaments and inquiries beyond the UK: a European
  // Parliament plenary, a Colorado Senate hearing, Australian Senate estimates, Canadian Commons committee evidence, a New
  // Zealand Royal Commission's transcript, an Irish Ombudsman's report: 329/594, 181 wrong, 175/211, own voice 95/100, as
  // first measured), whose misses their descriptions alone could not show.
  // (Round 49's second batch: 290 209 → 276/361 named, 68 → 50 wrong, narration 257/325, own voice 214/228: a conference
  // record's "Kwame Osei-Bonsu, General Secretary, addressed conference at 11.40am.", a cabinet report its author's with its
  // officers' credited comments, a prospectus's chief executive's statement beside the chair's letter, "Bishop Simon".)
  'blind-set-290': { named: 0.76, wrong: 0.139, narration: 0.79 },
  // (Round 49's first batch: 291 329 → 450/594 named, 181 → 117 wrong, narration 179/211: a hearing's "COMMITTEE STAFF:" list
  // and "COMMITTEE ASSISTANT:" label, a royal commission's "EXAMINATION BY MS MATIU-REEVES" and its chair named with her
  // letters, an ombudsman's investigation report, an MP's newsletter from her own office.)
  // (Round 49's third batch: 291 450 → 489/594, 117 → 96 wrong: the European Parliament's written questions and the answer
  // "given by Executive Vice-President Halvorsen on behalf of the European Commission", a governor's release's "Remarks as
  // prepared for delivery", "The New Mexico Farm and Livestock Bureau welcomed … but said".)
  'blind-set-291': { named: 0.82, wrong: 0.162, narration: 0.84 },
  // The two weakest held-out sets at round 49's end became guides at the start of round 50, as measured then (b396860):
  // round 49's news 294 (African, Hong Kong and Philippine outlets, a trade title, a student paper and a local radio
  // station: the Daily Nation, the Mail & Guardian, Premium Times, The Citizen, the South China Morning Post, Hong Kong
  // Free Press, the Philippine Daily Inquirer, Rappler's Q&A, Lloyd's List, The Harvard Crimson, Radio Kerry, a review in
  // The EastAfrican: 167/260 named, 83 wrong, narration 244/244, own voice 57/60, as first measured) and forms 296 (economy
  // and civil society: enterprise partnership minutes, a chamber's survey release, an NGO's field report, a UN agency's
  // briefing notes, a co-operative bank's AGM transcript, a central bank's press conference, an employers' open letter:
  // 290/413, 34 wrong, 215/226, own voice 150/169; 288/413, 35 wrong, when first measured), whose misses their
  // descriptions alone could not show.
  'blind-set-294': { named: 0.64, wrong: 0.32, narration: 1 },
  // (Round 50's third batch: 296 329 → 381/413 named, narration 215 → 209/226: a charity's field report and a think tank's
  // event write-up their authors' own, whose bulleted run-in heads ("- Prices.") and publisher's footer lines its labeller
  // gave nobody.)
  'blind-set-296': { named: 0.7, wrong: 0.083, narration: 0.92 },
  // The three weakest held-out sets at round 50's end became guides at the start of round 51, as measured then (96090d2,
  // the same as first measured with round 49's rules): round 50's news 299 (Pacific, Latin American and Asian outlets and
  // two broadcasters: 237/278 named, 35 wrong, narration 262/262), forms 300 (a university's research release, a court's
  // media summary, a union's strike FAQ, police and crime panel and health board minutes, an NGO's donor report, a State
  // of the City address, a regulator's penalty notice, an AGM chair's address, letters signed by several: 158/224, 35
  // wrong, 192/226, own voice 305/324) and forms 301 (a city council's verbatim transcript, an EU agency's Q&A, an
  // embassy's statement, a central bank governor's speech, a coroner's findings, a podcast transcript and more: 201/299,
  // 45 wrong, 121/129, own voice 264/283), whose misses their descriptions alone could not show.
  'blind-set-299': { named: 0.85, wrong: 0.126, narration: 1 },
  // (Round 51's batch: 300 158 → 183/224 named, 35 → 29 wrong, narration 192 → 206/226: a health board's motion lines and
  // its chief executive's summarised points nobody's, a donor report its charity's, a court summary's judges by their
  // letters; 301 201 → 265/299, 45 → 12 wrong: a tenants' newsletter's bylined sections their writers', an EU agency's Q&A
  // memo its own, a council transcript's clerk the one its roster names, a disciplinary decision's defined player; and 299
  // 237 → 238/278 from "citing" with its quotation after it.)
  'blind-set-300': { named: 0.81, wrong: 0.13, narration: 0.91 },
  'blind-set-301': { named: 0.88, wrong: 0.041, narration: 0.93 },
  // Round 52's start moved the three weakest held-out sets here: news 304 (African business papers, AFP and PA sports
  // copy, Gulf papers, a Mint column, The Gleaner, Lloyd's List: 181/240 named, 53 wrong, narration 241/242, own voice
  // 44/45), forms 305 (a Scottish council committee report, a Welsh health board's statement, a Scottish Parliament
  // Official Report, US state agencies' releases, a proclamation, faculty minutes, a school board agenda, police and
  // fire releases, a charity's trustees' report: 133/203, 17 wrong, 184/185, own voice 241/315) and forms 306
  // (ombudsman and regulator decisions, an 8-K, an RNS, an ASX announcement, an NGO's appeal, an embassy's statement,
  // a union's ballot notice, a court's media summary, a podcast transcript: 295/398, 34 wrong, 196/219, own voice
  // 177/192), whose misses their descriptions alone could not show.
  // (Round 52's batch: 304 181 → 189/240 named, 53 → 45 wrong: a substitute's and an engineer's names without the word
  // before them, a spokesman's words his, not every word before "but said", an agent named beside a possessive; 305
  // 133/203 → 133/191, 17 wrong, narration 184/185 → 167/168, own voice 241/315 → 267/344: a proclamation its governor's
  // by kind; 306 295/398 → 307/344, 34 → 20 wrong, narration 196/219 → 125/145, own voice 177/192 → 289/320: an ASX
  // announcement and an 8-K their companies' by kind, a chairman's name without the Order of Australia's letters, a
  // podcast's clip its speaker's and its release line no label. Then 305 133 → 138/191, 17 → 12 wrong: a witness's
  // "(Uist and Barra Business Forum)" a body, so her label her own; and 304 189 → 188, 45 → 46 wrong from it: "Platinum
  // producers also rallied after the Platinum Producers Forum, an industry lobby, said" read as "Platinum", the
  // sentence's first word, once the Forum is a body; a rule for a clause's last name before an appositive cost a held-out
  // set four quotations and was dropped.)
  // (And 304 188 → 222/240, 46 → 12 wrong from the batch's last part: a Q&A interview's answers to "Fatima Al Kuwari", the
  // full name its introduction gives the title's "Al Kuwari", and a vendor "who gave her name only as Pearlie" hers.)
  // (Then 304 222 → 218, 12 → 16 wrong, and 305 153 → 148/174, 11 → 16 wrong, when "Engineer" as a title and "Forum" as a
  // body's word were taken out at the round's end: a Parsi surname, Farhad Engineer, and a lecture's host "Examplia Forum"
  // in round 33's tests.)
  'blind-set-304': { named: 0.9, wrong: 0.067, narration: 0.99 },
  // (And 305 138/191 → 153/174, 12 → 11 wrong, narration 167/168 → 123/124, own voice 267/344 → 317/405: a school board's
  // agenda its district's by kind, the public's written comments under "Comment 1 — Maria Delgado, parent" theirs.)
  'blind-set-305': { named: 0.85, wrong: 0.092, narration: 0.99 },
  'blind-set-306': { named: 0.89, wrong: 0.059, narration: 0.86 },
  // Round 53's start moved the three weakest held-out sets here: news 309 (Pakistani, Bangladeshi, Sri Lankan, Malaysian,
  // Singaporean and Indonesian English-language papers and a US public radio feature: 213/284 named, 62 wrong, narration
  // 247/247, own voice 46/49), forms 310 (county commission and shire council minutes, a provincial release's "Quotes:"
  // section, a hospital trust's chief executive's report, written answers, a public hearing transcript: 235/300, 47 wrong,
  // 259/283, own voice 203/238) and forms 311 (select committee evidence, a Commission daily news page, a Security Council
  // record, an AGM statement, a central bank press conference, a coroner's report, a State of the City address: 252/395,
  // 63 wrong, 118/132, own voice 258/274), whose misses their descriptions alone could not show.
  // (Round 53's end: 309 213 → 232/284 named, 62 → 44 wrong; 310 235 → 264/300, 47 → 21 wrong, narration 259 → 274/283; 311
  // 252 → 295/395, 63 → 48 wrong, narration 118 → 129/132.)
  'blind-set-309': { named: 0.81, wrong: 0.155, narration: 1 },
  'blind-set-310': { named: 0.88, wrong: 0.07, narration: 0.96 },
  'blind-set-311': { named: 0.74, wrong: 0.122, narration: 0.97 },
  // Round 54's start moved the three weakest held-out sets here: news 314 (Kenyan, Ghanaian, Nigerian, South African,
  // Ugandan and Caribbean papers: 189/278 named, 72 wrong, narration 235/235, own voice 85/87), forms 315 (a planning
  // officer's report, an FOI response, a rugby appeal decision, senate minutes, an ombudsman's annual report, a chair's
  // letter, a police press conference, a trustees' report, a board chief executive's report, a union conference speech, an
  // embassy statement, an honorary degree oration: 140/310, 57 wrong, 178/179, own voice 310/342) and forms 316
  // (sentencing remarks, a Lords committee report, an earnings call, a final notice, a mayor's budget address, a school
  // newsletter, a tribunal decision, a statistics release, an inquiry transcript, a manifesto foreword, a pastoral letter,
  // a foundation's grants release: 189/374, 111 wrong, 189/218, own voice 337/351), as first measured (round 53's rules left them where round 52's found them).
  // (Round 54's second batch: 314 189 → 203/278 named, 72 → 58 wrong, an interview's "PT:" its bylined reporter's; 315
  // 140 → 166/289, 57 → 31 wrong, a press conference's "ACC BLACKWOOD:" and "DSU ROYLE:" the officers its panel names;
  // 316's narration 147 → 153/170, an earnings call's participants' lists no one's.)
  // (Round 54's third batch: 314 203 → 216/278 named, 58 → 45 wrong, a Punch story's "the mother of four" and "the
  // septuagenarian" the traders just named, "the monarch" and "the Omanhene" the chiefs, "the CEO" the one printed "group
  // CEO Rajiv Persad-Maharaj".)
  'blind-set-314': { named: 0.77, wrong: 0.162, narration: 1 },
  // (Round 54's first batch: 315 140/310 → 140/289 named, its 57 wrong the same but its count smaller (a charity trustees'
  // report the charity's own voice by kind), narration 178/179 → 150/151; 316 189/374 → 255/350, 111 → 45 wrong (a Lords
  // committee's report the committee's by kind; a newsletter's signed note beside a student's byline; a manifesto's
  // foreword its two co-leaders'; an inquiry's answers opening on counsel's labelled question the witness's, and "THE
  // CHAIR:" the chair its header's "Chair: Sir Anthony Wrexham" names), narration 189/218 → 147/170.)
  // (Round 54's fourth batch: 315 166 → 172/289, an FOI response's request quoted whole after "in which you asked:" and its
  // "you clarified your request as follows:" the requester's; 316 255 → 261/350, 45 → 41 wrong, "DPP v" over "DECLAN JAMES
  // CAVANAGH" the sentence's offender, and "In it you say:" his.)
  'blind-set-315': { named: 0.59, wrong: 0.108, narration: 0.99 },
  // (Round 61's first batch: 316 264 → 276/350 named, 36 → 24 wrong, a public inquiry's examination going on after the
  // chair's interjections; floors raised where it stands.)
  'blind-set-316': { named: 0.78, wrong: 0.069, narration: 0.9 },
  // Round 55's start moved the three weakest held-out sets here: news 319 (US metro dailies and nonprofit newsrooms, Gulf
  // and South-East Asian papers: 159/266 named, 96 wrong, narration 267/274, own voice 88/94), forms 320 (a Commons
  // debate, Senate estimates, question period, an NGO's annual report, a central bank's minutes, a council officer's
  // report, a university release, a hospital inquiry report, a synod address, a union conference record, a consultation
  // paper, a rugby disciplinary decision: 231/423, 100 wrong, 256/261, own voice 121/125) and forms 321 (a premier's press
  // conference, Leaders' Questions, a petition response, a solicitors' tribunal judgment, school board minutes, a
  // chairman's letter, a hospice appeal newsletter, a police watchdog report, a state funeral eulogy, a commencement
  // address, a planning inspector's report, a White House briefing: 245/517, 107 wrong, 253/256, own voice 70/72), as
  // first measured (round 54's rules left them where round 53's found them).
  // (Round 55's first batch: 319 159 → 230/266 named, 96 → 31 wrong: a Q&A under "Abu Dhabi's urban cooling chief" the
  // one its introduction names; a hearing story past "MANILA, Philippines —", a caption's "GRILLED", "the father of Lorna
  // Pascual" and "the senator shot back."; "said the 21-year-old" after a "Meanwhile, …, who …, said"; a mother's words over
  // "She turned toward the defense table."; the one asked, not the judge asking, the "he" who then speaks.)
  'blind-set-319': { named: 0.86, wrong: 0.117, narration: 0.97 },
  // (Round 55's second batch: 320 231/423 → 239/410 named, 100 → 97 wrong, narration 256/261 → 235/240, own voice 121/125 →
  // 155/159, a charity's annual report its own voice, its parts in brackets after its genre, "the referee described the
  // incident in these terms:" the referee's; 321 245 → 321/517, 107 → 36 wrong, "MS. VANCE:" the full name the briefing's
  // title prints, "PREMIER:" the one its header prints above the office, "Okay, go ahead, Darlene." a call; "JOURNALIST:" no
  // one.)
  'blind-set-320': { named: 0.58, wrong: 0.237, narration: 0.97 },
  // (Round 55's third batch: 321 321 → 373/517 named, 36 → 25 wrong, narration 253 → 238/256: a Dáil record's "The
  // Tánaiste:" the one its longer label named, a police watchdog's "investigation report summary" and a hospice's unsigned
  // newsletter their issuers' own voice, the newsletter's events list, donation form and contact lines too, which its
  // labeller left to nobody.)
  // (Round 55's fourth batch: 321 373 → 395/517, a petition's page its creator's and its response the signing department's.)
  'blind-set-321': { named: 0.76, wrong: 0.049, narration: 0.92 },
  // Round 56's start moved the three weakest held-out sets here: news 318 (Irish, Northern Irish, Scottish and Welsh papers
  // and broadcasters: a council meeting, Leaders' Questions, a sentencing, a hospital story, Stormont questions, a GAA
  // report, a column, an editorial, a business story, a live page, a Senedd vote, a Q&A interview: 195/312 named, 64
  // wrong, narration 205/205, own voice 94/96), forms 325 (a Lords oral question, a European Parliament verbatim report, a
  // Holyrood committee's Official Report, a state legislature hearing, a council agenda, a trust board's minutes, an
  // enforcement notice, a final notice, an NGO field report, an ombudsman's report, a supreme court press summary, an AGM
  // chair's statement: 310/499, 49 wrong, 357/370, own voice 52/56) and forms 326 (an inquest record, an employment
  // tribunal judgment, a rugby disciplinary decision, senate minutes, a parish newsletter, a union conference speech, a
  // police press conference, a consultation response, a fitness-to-practise determination, a museum's annual review, UN
  // briefing notes, an open letter of five chief executives: 242/398, 69 wrong, 289/323, own voice 77/84), as round 55's
  // rules left them.
  // (Round 56's first batch: 318 195 → 205/312 named, 64 → 54 wrong, "the Upper Bann MLA" and "the Brecon and Radnor MS" the
  // members just named, "a dazed Quinn afterwards" and "Tánaiste Michael Cusack" their names; 325 310/499 → 364/471, own
  // voice 52/56 → 101/110, narration 357/370 → 328/344, an ombudsman's investigation report and an NGO's field report their
  // issuers' own voice, its testimonies the first names credited under them; 326 242/398 → 236/326, 69 → 55 wrong, own
  // voice 77/84 → 223/239, narration 289/323 → 212/240, "ACC NADIA FORDE:" her name, a record of inquest, an employment
  // tribunal's judgment with written reasons and UN briefing notes filed under their spokesperson their author's.)
  // (Round 56's second batch and its review's mends: 318 205 → 250/312 named, 54 → 57 wrong, a Q&A's interviewee the one
  // its introduction calls by given name, "the Brecon and Radnor MS" no longer anyone the story never ties to the Senedd;
  // 325 364 → 401/471, 49 → 43 wrong, narration 328 → 333/344, a council agenda's staff reports their submitting officers',
  // the Lords' "The Parliamentary Under-Secretary of State, … (Lord Penhallow)" and "The Lord Privy Seal (Baroness
  // Harrowby)" the peers.)
  // (Round 56's third batch and the second review's mends: 318 250 → 257/312, 57 → 50 wrong, "a newsagent near Charing
  // Cross" no one, so "he said" the newsagent, and a member by seat only one the story ties to that seat (the Senedd's and
  // Stormont's members here untied, their quotations left unnamed); 325 401 → 402/471, 43 → 41 wrong, 'Larkspur Home Energy
  // Limited ("Larkspur")' its full name, a staff report from its "Report from:" field.)
  'blind-set-318': { named: 0.82, wrong: 0.161, narration: 1 },
  'blind-set-325': { named: 0.85, wrong: 0.088, narration: 0.96 },
  'blind-set-326': { named: 0.72, wrong: 0.169, narration: 0.88 },
  // Round 57's start moved the three weakest held-out sets here: news 328 (African and Caribbean papers and an AFP Africa
  // wire: a Daily Nation column, a Daily Maverick feature, a News24 live blog, a Punch court report, Premium Times, Daily
  // Graphic, Gleaner, Trinidad Express and Zimbabwe Herald reports, a Barbados Today editorial, a Daily Monitor Q&A: 174/253
  // named, 32 wrong, narration 217/224, own voice 82/85), news 329 (Australian and New Zealand papers, broadcasters and
  // wires: an ABC regional report, an SMH court report, an editorial of The Australian, AAP politics and an NRL match
  // report, an NZ Herald Q&A, Stuff and RNZ stories, a Guardian Australia live blog, a business wire, a US cable news rush
  // transcript, a country paper's feature: 288/390, 77 wrong, 253/253, own voice 40/41) and forms 331 (synod minutes, a
  // bishop's pastoral letter, a charity trustees' report, a Security Council verbatim record, a freedom-of-information
  // response, a podcast transcript, a candidates' debate, university senate minutes, an NHS trust board's minutes, a
  // regulator's decision notice, a public inquiry hearing, a State of the City address: 282/462, 165 wrong, 287/288, own
  // voice 231/247), as round 56's rules left them.
  // (Round 57's first batch: 328 174 → 227/253 named, 32 → 19 wrong, a Daily Monitor Q&A's bold "**Interview**" and "**What
  // you need to know:**" headings, not questions, so its answers the one the paper "spoke to", and "Cde Marufu-Chigwida" and
  // "Chief Madzivanyika" (no "Madzivanyika Village") named; 329 288 → 334/390, 77 → 31 wrong, an NZ Herald Q&A titled
  // "Auckland Transport's new boss on …" the chief executive its introduction names, not the body; 331 282 → 336/462, 165
  // → 111 wrong, a public inquiry's "THE CHAIR:" and "MS AINSWORTH:" by its header's "Before: SIR ANTHONY MAULE (Chair)" and
  // "Appearances: MS RACHEL AINSWORTH KC …" in capitals.)
  // (Round 57's second batch and its review's mends: 329 334 → 341/390, a Guardian live blog's block quotations after
  // "Here's what she had to say:" and after a bare "Dunstan:" theirs, "A coastal engineer who …, and who asked not to be
  // named because he consults …" then "he said" the engineer, not the councillor before; 331 336 → 347/462, 111 → 100
  // wrong, a debate's "JAS KAUR (audience):" her turn, not the moderator's.)
  'blind-set-328': { named: 0.89, wrong: 0.076, narration: 0.97 },
  'blind-set-329': { named: 0.87, wrong: 0.08, narration: 1 },
  // (Round 61's first batch: 331 382 → 404/462 named, 65 → 43 wrong, an inquiry day's examination going on across a break;
  // floors raised where it stands.)
  // (Round 63's fourth batch: 331 404 → 410/462 named, 43 → 37 wrong, a regulator's decision notice's "Northvale stated"
  // the company it defines so, "Northvale Homes Group Limited (“Northvale”)".)
  'blind-set-331': { named: 0.88, wrong: 0.081, narration: 0.99 },
  // Round 57's held-out 335 (forms: US school board and county commission minutes, a state supreme court opinion with a
  // dissent, an accident investigation report, a church bulletin with the pastor's letter, a university press conference,
  // a city proclamation, a House subcommittee hearing, a State of the City address, prefiled rate-case testimony, a police
  // press release, a nonprofit's letter to donors: 187/426 named, 168 wrong, narration 321/329, own voice 117/176) and 336
  // (forms: a Commission midday briefing, a Senate estimates Hansard, an AGM's questions and answers, a UN situation report,
  // a Federal Court of Canada judgment, a select committee report, an Irish county council's minutes, an ombudsman's
  // decision letter, a union conference speech, an enforcement notice, a New Zealand ministerial release, a catalogue
  // essay: 171/325, 51 wrong, 239/241, own voice 239/281), the two weakest held-out sets, became guides at round 58's
  // start, as round 57's rules left them.
  // (Round 58's first batch: 335 187/426 → 311/396 named, 168 → 42 wrong, a State of the City address and a supreme court
  // opinion filed under "Mayor …" and "Justice …" their authors' without the office, the opinion's dissent under "JUSTICE
  // HOLLOWAY, dissenting." his and its caption, counsel and syllabus nobody's, prefiled testimony's answers its author's, not
  // a colleague's it names, a House hearing's "Mr. THACKERAY." the "Hon. Gordon P. Thackeray (chairman of the
  // subcommittee) presiding" and an accident investigation report its board's; 336 171/325 → 171/242, 51 → 54 wrong, its
  // situation report, select committee report and enforcement notice their issuers' (the report's block quotation after
  // "Its chair, Councillor Moira Fenwick, described the position bluntly:" now the committee's, not nobody's: 3 wrong
  // more), a New Zealand minister's release under "Hon Mereana Tawhiri" hers and "Ms Tawhiri" too; narration 239/241 →
  // 139/141.)
  // (Round 58's third batch and its reviews' mends: 335 narration 291 → 297/299, a proclamation's signature rules and its
  // council's "IN WITNESS WHEREOF, we …" nobody's; 336 171 → 174/242 named, 54 → 51 wrong, "Its chair, Councillor Moira
  // Fenwick, described the position bluntly:" handing over to her block quotation.)
  // (Round 58's fourth batch: 335 311 → 331/396 named, a church bulletin's letter signed "Pastor Elspeth" under "Grace and
  // peace," the one its staff list names "The Rev. Dr. Elspeth Marrow"; narration 297 → 295/299, the letter's salutation
  // and closing hers, which its labeller left to nobody.)
  'blind-set-335': { named: 0.83, wrong: 0.107, narration: 0.98 },
  // (Round 58's fifth batch: 336 174 → 177/242 named, 51 → 48 wrong, an AGM record's "The Managing Director said …
  // He said:" the board's "Mr Callum Pryor (Managing Director and CEO)", not the shareholder who asked.)
  'blind-set-336': { named: 0.73, wrong: 0.199, narration: 0.98 },
  // Round 58's three weakest fresh held-out sets, guides from round 59's start, as measured while held out (round 57's
  // rules, 70fa5a7, and round 58's end, 315e1c2, the same): 337 210/291 named, 70 wrong, narration 214/214, own voice
  // 28/32; 339 147/242, 36 wrong, 140/149, own voice 383/415; 340 213/508, 124 wrong, 265/321, own voice 116/120.
  // (Round 59's start: the scorer reads a title before a surname alone as the surname, 340 213 → 262/508 named, 124 → 75
  // wrong, a Senate committee Hansard's "Senator Ashworth" for the label "Ashworth".)
  // (Round 59's first batch: 337 210 → 253/291 named, 70 → 27 wrong, 'Baker Walter "Wattie" Anderson' and 'Iain "Tosh"
  // MacInnes' named so however the story calls them after, "Postmistress Teresa Walsh" and "Fr Liam Geraghty" titles off,
  // "An Post" and "An Garda Síochána" Irish articles kept; 340 262/508 → 330/457, 75 → 27 wrong, an ombudsman's report, a
  // royal commission's chapter and a portfolio committee's report their authors' and bodies' (narration 265/321 → 216/234,
  // own voice 116/120 → 251/258), a shire's "CARRIED UNANIMOUSLY" lines no speaker's headings and a committee Hansard's
  // "Mr Halloran:" the witness line's "HALLORAN, Mr Neil".)
  // (Round 59's second batch and the first review's mends: 337 253 → 257/291 named, 27 → 23 wrong, "the solicitor said" the
  // "defence solicitor Eoin Flanagan"; 339 147 → 170/242, 36 → 22 wrong, an RNS results statement's "Chair's statement" and
  // "Chief Executive Officer's review" their signers' over their subheadings, and a health board's minutes' appended
  // "Chief Executive's report to the Board" its signer's; 340 330 → 344/457, a university council's appended
  // "VICE-CHANCELLOR'S REPORT TO COUNCIL" signed "Ngā mihi nui, / Miriama Tautahi" hers (narration 216 → 212/234, its
  // run-in headings, "Enrolments.", hers, which its labeller left to nobody).)
  // (Round 59's third batch and the second review's mends: 337 257 → 253/291 named, 23 → 27 wrong, "solicitor" no role noun
  // again ("the Solicitor General said" read as a "Dublin solicitor" named before); 340 344 → 352/457, 27 → 20 wrong,
  // "We heard similar evidence from Mr Daniel Oyelaran, a personal care worker, who said" his, an ombudsman's block quotation
  // after "In his complaint form he wrote:" the complainant's with the quotation inside it, "He described waking in
  // hospital:" handing over to a victim's statement; narration 212 → 221/234, a decision's "Summary of Complainant's Case:"
  // labels nobody's.)
  // (Round 59's fourth batch and the third review's mends: 339 170 → 174/242 named, 22 → 18 wrong, narration 140 → 145/149,
  // own voice 383 → 389/415, Hansard's written answers' "### Free School Meals: Registration" headings nobody's and "Kieran
  // Marsh [holding answer 13 March 2025]:" a label, a coroner's record's bold field labels nobody's; 340 352 → 347/457, 20
  // → 25 wrong, "He described waking in hospital:" no lead-in again ("She described feeling sick for weeks:" goes on in
  // the reporter's words as often).)
  'blind-set-337': { named: 0.86, wrong: 0.093, narration: 1 },
  // (Round 63's fourth batch: 339 174 → 176/242 named, 18 → 16 wrong, an energy regulator's "Brackenfield has told the
  // Authority" the company its notice defines so, "Brackenfield Energy Supply Limited (“Brackenfield” or “the licensee”)".)
  'blind-set-339': { named: 0.72, wrong: 0.067, narration: 0.97 },
  'blind-set-340': { named: 0.75, wrong: 0.055, narration: 0.94 },
  // Held out through round 59, measured with its rules (50ba5de) at round 60's start: 342 179/255 named, 24 wrong,
  // narration 232/235, own voice 89/93; 343 191/428, 27 wrong, 412/412, own voice 52/54; 344 347/600, 152 wrong, 247/253,
  // own voice 59/81.
  // (Round 60's second batch: 342 179 → 225/255 named, a Q&A's bold questions answered by "Dexter 'Skippy' Alleyne", the
  // nickname no part of the name and the band's "Steel Orchestra" no person; 343 191/428 → 243/321 named, 27 → 24 wrong,
  // narration 412/412 → 317/321, own voice 52/54 → 243/252, by the four genres above, a record of inquest's numbered form
  // fields ("(a) Date and place of birth: …") nobody's.)
  'blind-set-342': { named: 0.88, wrong: 0.095, narration: 0.98 },
  // (Round 61's second batch: 343 243 → 242/321 named, 24 → 25 wrong: a senate's minutes whose roll gives "Professor Dame
  // Alison Kerridge (Vice-Chancellor, in the Chair)", "She said …" after "The Vice-Chancellor reported …" now given a survey
  // named before, where the roll's office read as her name loses her gender's match; the rule's gains elsewhere kept it.)
  'blind-set-343': { named: 0.75, wrong: 0.078, narration: 0.98 },
  // (Round 60's first batch: 344 347 → 477/600 named, 152 → 71 wrong: a museum's "annual lecture (text as delivered)" its
  // lecturer's, its heading block and note nobody's; a press briefing's "ADMINISTRATOR MENDEZ-WHITAKER:" named in full by
  // the title's "Press Briefing by Administrator Carla Mendez-Whitaker"; an open letter five sign by their names without
  // "Rev." and "Dr.".)
  // (Round 60's third batch: 344 477/600 → 488/572 named, 71 → 60 wrong, "Mr. Armand Tessier (As an Individual):" a
  // committee witness's label; narration 247/253 → 178/184 and own voice 59/81 → 125/178, the hospital's report the trust's,
  // its title block and its timeline table's rows, which its labeller left nobody's, counted as misses.)
  'blind-set-344': { named: 0.85, wrong: 0.105, narration: 0.96 },
  // Round 61's start: 347 and 348 as they left the held-out sets (round 60's rules, 89b18ff): 347 281/430 named, 97 wrong,
  // narration 326/352, own voice 91/98; 348 416/589, 43 wrong, 205/212, own voice 187/223.
  // (Round 61's first batch: 347 281 → 362/430 named, 97 → 43 wrong, a coroner's finding filed under "Coroner Annika
  // Velasquez" and a minister's letter under "The Hon. Catherine Marloe MP" their authors' without office, style and letters,
  // a health board's "published questions and answers" the board's; 348 416/589 → 431/487 named, 43 → 31 wrong, an
  // inquiry's examination going on after a break and a panel member's question, "Mrs X. The Council" no name; narration
  // 205/212 → 117/124, own voice 187/223 → 364/413, an NGO's field report, a human rights commission's inquiry report and an
  // ombudsman's case summary their issuers', the same seven narration misses over a smaller count.)
  // (Round 61's second batch: 347 362 → 374/430 named, 43 → 37 wrong: a sentencing judge's "you sent a message … which
  // read:", "In that letter you write:", "You described it to her as" the defendant's words; an AGM's and a senate's
  // "The Chair" and "The Vice-Chancellor" the people their rolls give those offices in brackets.)
  // (Round 61's third batch: 347 374 → 381/430 named, 37 → 30 wrong, a consultation response's "1. Ministerial foreword",
  // numbered, signed "Sarah Penhaligon MP", its minister's.)
  'blind-set-347': { named: 0.88, wrong: 0.07, narration: 0.92 },
  'blind-set-348': { named: 0.88, wrong: 0.064, narration: 0.94 },
  // Round 62's start: 351 and 352 as they left the held-out sets (round 61's rules, e91d7a2): 351 260/462 named, 27 wrong,
  // narration 329/343, own voice 96/119; 352 201/403, 39 wrong, 199/200, own voice 151/214.
  // (Round 62's first batch: 351 260/462 → 351/408 named, 27 → 34 wrong: reports whose brackets name an issued report
  // ("report (state performance audit, …)", "(provincial ombudsman's systemic investigation report …)") their issuers' or
  // first-person signers', a slip opinion's "LINDQVIST, J. —" and "ABERNATHY, J. (dissenting) —" their judges', a
  // nonprofit's "A Letter from Our Board Chair" its chair's; the audit's reproduced response letter, one blockquote, now
  // the auditor's (7 wrong more); narration 329/343 → 221/233, own voice 96/119 → 231/283. 352 201/403 → 318/378, 39 → 56
  // wrong: a select committee's and a school inspection's reports their issuers' (the inspection's labelled with the
  // inspectorate's full name, "Office for Standards in Education, …", its outlet "Ofsted"), a WHO speaker key headed on
  // its own line, an Oireachtas "Chairman:" and a European Parliament "President. –" the people the record puts in the
  // chair, "Appeal Ref:" no speaker's label, a football commission's "decision (written reasons …)" its own; narration
  // 199/200 → 113/115, own voice 151/214 → 267/324.)
  // (Round 62's second batch: 352 318 → 360/378 named, 56 → 14 wrong, a school inspection report's own words cited to the
  // name its text spells out for its outlet's short one, "Office for Standards in Education, Children's Services and
  // Skills (Ofsted)", as its labeller named it.)
  // (Round 62's third batch: 351 351 → 360/408 named, 34 → 27 wrong, the audit's reproduced response, one block quotation
  // from its letterhead to "Walter Osei-Bramwell" / "Commissioner", its signer's from the salutation to the closing and
  // nobody's around them; a police briefing's "Q: Jasmine Kowalczyk-Reed, WHPT News 8." hers; own voice 231 → 239/283.)
  // (Round 62's fourth batch: 351 360 → 369/408 named, 27 → 18 wrong, a transit board's "MR. WHITLEY-AMANKWAH:" the full
  // name he gives at the start of his turn, "Darius Whitley-Amankwah, I'm with …"; 352 14 → 12 wrong, "the Universal Credit
  // they had been missing" no one a "She" stands for.)
  'blind-set-351': { named: 0.9, wrong: 0.045, narration: 0.94 },
  'blind-set-352': { named: 0.95, wrong: 0.032, narration: 0.98 },
  // Round 62's 355 and 356, as they became guides at round 63's start (held out, measured with round 61's rules: 355 159/472
  // named, 89 wrong; 356 174/328, 28 wrong; with round 62's: 355 198/421, 98 wrong, narration 379/381, own voice 140/186;
  // 356 187/301, 15 wrong, narration 164/171, own voice 212/239).
  // (Round 63's first batch: 355 198/421 → 277/351 named, 98 → 30 wrong: a GPO hearing's "Mr. ELLINGSON." and "Ms. TRAN."
  // the full names their statement headings print in capitals, a deposition's answers and "THE WITNESS:" the deponent its
  // caption names ("VIDEOTAPED DEPOSITION OF GERALD R. PRUITT"), a trade association's comment letter and a city's staff
  // report their issuers', an Iowa special concurrence ("LINDQVIST, Justice (concurring specially).") its justice's;
  // narration 379/381 → 294/296, own voice 140/186 → 281/341. 356 187/301 → 213/241, 15 wrong: a coroner's "Regulation 28
  // report", a chief executive's "report (NHS trust board paper, chief executive's report …)" their authors', Ofcom's
  // decision in its "we" Ofcom's; narration 164/171 → 107/120 (their headings and field lines, which the labeller leaves
  // to nobody), own voice 212/239 → 313/350.)
  // (Round 63's second batch: 356 213 → 216/241 named, 15 → 12 wrong, a charity's "Our Schools Lead, Tomasz Wierzbicki,
  // said" his; "Deputies" as a title, which gave an Oireachtas "Deputy Aoife Brannigan" her name, taken back: China's
  // congress in the wire copy, "Deputies from three provinces said …".)
  // (Round 63's third batch: 355 277 → 280/351 named, 30 → 27 wrong, a governor's press conference's bare "REPORTER:" after
  // "REPORTER (Hollis Mayberry, Lexington Herald-Leader):" no longer his (unnamed reporters, 21 → 16 given a speaker), the
  // governor's last turn, its label alone on its line, his.)
  'blind-set-355': { named: 0.79, wrong: 0.077, narration: 0.99 },
  // (Round 63's fourth batch: 356 216 → 218/241 named, 12 → 10 wrong, an Ofcom decision's "Castlewood said" the licensee its
  // text defines so, "Castlewood Broadcasting Limited ("Castlewood" or "the Licensee")", not "Furey Castlewood FM".)
  'blind-set-356': { named: 0.9, wrong: 0.042, narration: 0.89 },
  // Round 63's 357 and 359, as they became guides at round 64's start (held out, measured with round 62's and round 63's
  // rules alike: 357 147/209 named, 60 wrong, narration 316/316; 359 172/323, 108 wrong, narration 79/79, own voice 241/274).
  // (Round 64's first batch: 357 147 → 190/209 named, 60 → 17 wrong: an Al-Monitor Q&A's "Saadi:" the "Abbas Jabbar
  // al-Saadi" its introduction names (the surname's Arabic article dropped), a school's, a police force's and a company's
  // unnamed spokespeople their bodies'. 359 172 → 299/323, 108 → 8 wrong: the European Parliament's "President. –" whoever
  // is in the chair at that point, an ECB press conference's unlabelled answers its President's and "Brandstätter:" its
  // Vice-President's, NATO's "NATO Secretary General:" the Henrik Aalto-Brenner its title names, "Question [Lene
  // Vasquez-Brandt, Deutsche Welle]:" hers, an ECtHR release's joint dissent its two judges', a Council release's block
  // quotation the minister its last line names, a PACE opinion's "Explanatory memorandum by Mr Berglund-Aho" his;
  // narration 79/79 → 76/79, the memorandum's run-in headings, "The burden of proof.", now his.)
  'blind-set-357': { named: 0.9, wrong: 0.082, narration: 1.0 },
  'blind-set-359': { named: 0.92, wrong: 0.025, narration: 0.96 },
  // Round 61's 350 and round 64's 364, as they became guides at round 65's start (held out, measured with round 64's rules,
  // 5842bf8: 350 198/269 named, 49 wrong, narration 323/330; 364 297/391, 65 wrong, narration 259/271, own voice 135/149).
  'blind-set-350': { named: 0.73, wrong: 0.183, narration: 0.97 },
  'blind-set-364': { named: 0.75, wrong: 0.167, narration: 0.95 },
  // Sets 18 and 19 (twelve documents each in today's styles) were held out through rounds 9 and 10:
  // names9 99/122 named, 16 wrong, 81/81 and 84/121, 21 wrong, 71/71; refs9 99/122, 16 and 85/121, 20;
  // round 10 99/122, 16 and 88/121, 17. They then became guides for round 11.
  // precision11 ("an office, then its holder": the holder's name, not the office's last words): set 18
  // 99/122 named, 16 wrong → 104/122, 11 wrong, 81/81; set 19 88/121, 17 wrong → 98/121, 7 wrong, 71/71;
  // every other set unchanged.
  // Round 12 (a title's role, "Mrs Justice" → "the judge"; an interview's answers to the one person its
  // introduction names; "Munich-based", "Earlier" name nobody): 18 → 107/122, 8 wrong; 19 → 117/121, 4 wrong.
  // Then "a person's possessions are other people" ("the losing candidate’s supporters"): 18 → 111/122, 4 wrong;
  // a short quotation that is a whole sentence goes on in the voice just heard: 112/122.
  'blind-set-18': { named: 0.95, wrong: 0.009, narration: 0.99 },
  'blind-set-19': { named: 0.96, wrong: 0.034, narration: 0.99 },
};
/**
 * Quotations of unnamed people given to someone the article names, where a set still has any. (Set 15's
 * "A department source was blunter. ‘…,’ they said." gave the source's words to the Department for
 * Education, 2 sentences, until refs9: a singular "they" after an unnamed source is that source.)
 */
// Round 13's sets, as first measured and now: a quotation quoted inside another speaker's answer or op-ed
// ("My nan had a saying: “…”", an unnamed Bundesbank colleague's words in a former banker's column) goes
// to the one quoting; an unnamed man's words after a named woman's, to her.
// Round 14's 44 and 45 (as first measured): an unnamed controller's words relayed by a senator, and an anonymous
// listener's message read out by a podcast's host, go to the one relaying them.
// Round 15's 48 and 53 (as first measured): a shout from a council's public gallery printed inside a
// councillor's turn, a protester's banner, an unnamed army source quoted by a newspaper, a coalition's letter
// read out by an MEP and a neighbour's son quoted by a farmer on a podcast go to the one whose turn or words
// hold them.
// (Round 16's guides: an unnamed person quoted inside someone's own words — a letter-writer in a minister's speech
// (63), a mother in an interview answer (58), an email read out by a barrister in court (64) — goes to the one
// speaking; the labellers gave it to the unnamed person.)
// (Round 17's 69: a resident's email read out by a councillor, "One of them, she said, had written: “…”", and a
// late father's saying in his son's words go to the one quoting them, as round 16's did.)
// (Round 18's 88: a cabinet secretary quoted by a witness inside her turn, and a resident's words inside a mayor's
// interview answer, go to the one speaking, as before.)
// (Round 19's 93: a mayor's office spokeswoman's "she wrote" after a named woman; 94: "the lady on the phone" quoted
// by a witness in her testimony, a grandmother quoted in an interview answer; 100: people quoted inside turns,
// answers and a court report's defendant's message, as in the rounds before.)
// (Round 20's 103, 105 and 106: a constituent quoted in a senator's turn, an official quoted by a podcast's host, a
// pupil and a wife quoted in readers' letters, residents quoted by an MEP and a minister in Hansard, a woman quoted in
// a radio answer, a predecessor quoted in a Spiegel answer: the one speaking or writing, as before. Two are wrong
// people: 106's letter quoting an unnamed Minister of State is given to the Minister for Housing named in another
// letter, and 105's council spokeswoman to the chief executive named before.)
// (Round 21's 115 and 118: a turn's or an interview answer's own quotation of someone its record never names, "a
// constituent wrote to me …", "a spokeswoman sent a statement saying …", given to the one whose turn it is, and in
// 118 one to a body the turn names ("Ohio’s commission" read as the Public Utility Commission): 9 and 5.)
// (Round 22's 120, 121 and 122: people quoted inside a turn or an answer whose record never names them, "a neighbour"
// in a witness's statement, "our lead negotiator", "a crèche in Swords" in a deputy's question, "one reviewer" and "my
// husband" in an interview answer, an employer quoted by a report's interviewee, go to the one speaking as before;
// one unnamed traffic sergeant's words go to the named man before him, and a 34-year-old man's "he told us" to the
// pseudonym "Rosa" before him: 2, 9 and 4.)
// (Round 23's 124, 125, 126 and 129, as they stood when they became guides, less what the round mended: people their
// story or record never names, quoted inside a turn, a letter or a story near a named person ("the council promised
// ‘…’" in a letter), given to the one speaking or named beside them: at most 2, 9, 7 and 4.)
// (Round 24's 134 and 136: a broadcast's grandmother quoted by a guest and a report's researchers quoted in a release,
// given to the one speaking or named beside them, and in 136 three quotations of unnamed people inside a magazine
// interview's answers, "a young man at the office … told me, “…”", read once the answers were the interviewee's: the
// one answering, as every set's convention has it: at most 6 and 7.)
// (Round 25's 148 and 150, as they became guides in round 26, less what the round mended: constituents, residents,
// a grandmother, a security guard, officials quoted inside a turn, a letter, a Q&A answer or a member's question and
// given to the one speaking, as every set's convention has it: at most 7 and 27.)
// (Round 26's 156 and 158, as they became guides in round 27: two sentences of a council meeting's record, and a
// report's unnamed health visitor ("‘I see babies …,’ she said") given to the GP named in the paragraph before hers:
// at most 2 and 4.)
// (Round 27's 164, as it became a guide in round 28: a town council's minutes, where a resident's question, minuted
// without her name, is given to the member named in the item before it: at most 1.)
// (Round 28's 168 and 172, as they became guides in round 29: a man quoted in an Oldham news story without his name,
// given to the woman named before him, and a select committee witness's and a Senedd member's own quotations of people
// they never name, given to the one speaking, as every set's convention has it: at most 2 and 2; and once round 29 reads
// The Globe and Mail's signatures, 171's letter quoting the province's words without naming who spoke them, given to
// the letter's writer: 1; and once round 29 reads a role in brackets after a name in minutes' attendance list, 172's
// "She said that the inspector in the Brizen Lane appeal had described the council's reasons as “…”", an unnamed
// inspector's words reported by the head of planning, given to her: 3; and once "counsel submitted that" reports
// speech, an employment tribunal's quotation of an unnamed external inspector's report, in the paragraph where the
// respondent's counsel "submitted that" its outcome was beside the point, given to him: 4.)
// (Round 29's 177, as it became a guide mid-round: people quoted inside a turn whose record never names them (a
// coach, a questioner's neighbour), given to the one speaking, as every set's convention has it: at most 12; 178's
// interviewee quoting "my first chief engineer" over two sentences: 2.)
// (Round 29's held-out 180-182, as they became guides in round 30: people quoted inside a turn or an essay whom the
// record never names (a prison officer's recorded words the presenter quotes back, a probationer an MSP quotes, a
// friend a guest writer quotes, journalists' questions at a central bank's press conference that quote a governor),
// given to the one speaking: at most 7, 5 and 9; 181's 6 once a letter printed in full is its signer's (its "official of
// the department" who informed the board that "…", given to her).)
// (Round 30's 188 and 189, as they became guides mid-round: a council engineer and surveyed residents an
// auditor-general quotes, given to the council his overview discusses, and a customer a chief executive quotes: at most
// 5; an anonymous question a webinar's chair reads out, given to her, and a minister's quoting the Prime Minister: 2.)
// (Round 30's 192, as it became a guide: a blog's unnamed retired bus driver, quoted after a named commenter and given
// to her: at most 2.)
// (Round 30's 187 and 191, as they became guides in round 31: a GP's colleagues a witness quotes and a predecessor a
// senator quotes back, given to the one speaking; a panellist's grandmother and a congressman's "own Speaker", the same:
// at most 2 each.)
// (Round 31's 199, as it became a guide: a sermon's "He says, “The one who showed him mercy.”", the lawyer in the Gospel
// answering Jesus, given to Jesus, who spoke last: 1.)
// (Round 31's 200 and 201, as they became guides: a parent a CDC official and a lecturer quote, given to them; a lecture's
// audience member under a bare "Audience member" line, given to the chair before; a constable an arbitrator quotes; a
// Pentagon reporter's follow-up her labeller gave to a reporter unnamed and the rules to the one asking before: 8 and 3.)
// (Round 31's 202, as it became a guide: a bus driver an Assembly Member quotes, given to her: 1.)
// Round 32's 204 (as it became a guide): a minister's speech quoting a farmer the release never names, and an official's
// evidence in a Senate estimates Hansard naming a colleague the rules take for the speaker: 4; 205: the essayist's
// unnamed researcher's words given to the researcher named before: 2.
// Round 32's 209 (as it became a guide): a complainant's report of what an unnamed staff member told her, given to her: 1.
// Round 33's 215 (as it became a guide at the start of round 34): an obituary's quotation its labeller left unnamed: 1.
// Round 26's 143 and round 34's 221 (as they became guides at the start of round 35): 7 and 3, as first measured.
// Round 35's 225 and 226 (as they became guides at the start of round 36): 1 and 2, as first measured; 225 10 after round
// 36's first batch: a focus-group report's excerpt of coded turns ("G2-R4: With my hip?") now read in its issuer's voice,
// and a researcher's paraphrase of two participants in hers (no rule yet reads a code label as an anonymous turn).
// Round 36's 231 (as it became a guide at the start of round 37): an email thread's quotation of an unnamed structural
// engineer given to the email's writer, who reports her words: 1, as first measured.
// Round 37's 236 (as it became a guide at the start of round 38): a magazine interview's quotation its labeller left
// unnamed: 1, as first measured. (235's dean's answer "Almost every time someone has said to me, “…”", given to "Almost"
// at first, is "someone"'s from round 38's eighth batch, a description naming no one.)
// Round 38's 241 (as it became a guide at the start of round 39): a prize citation's unnamed quotation given to someone
// the document names: 2, as first measured.
// Round 39's 245 (as it became a guide at the start of round 40): a radio transcript's unnamed quotation given to its
// presenter: 1, as first measured.
// Round 40's 250 and 251 (as they became guides at the start of round 41): an interview's and a campus paper's unnamed
// quotations given to its interviewee and a research board, and an opinion column's unnamed quotation given to someone it
// names: 4 and 2, as first measured.
// Set 148's 8 from round 42's second batch: a letters page's "he replied" of a man in a coach, given to the letter's
// writer as before, now by his name alone, "Alan Fitch", not "Alan Fitch Tetbury" across his signature's line break.
// Round 41's 254 (as it became a guide at the start of round 42): a campus paper's security guard, quoted unnamed, given
// to the campaign whose name holds the word before "security guard": 3, as first measured; none from round 42's first
// batch ("the guard" the guard described).
// Round 42's 261 (as it became a guide at the start of round 43): an aid agency's release's unnamed mother in a camp, her
// "she said" given to the agency's doctor quoted the paragraph before: 3, as first measured.
// Round 43's 266 (as it became a guide at the start of round 44): an earnings call's chief executive quoting an unnamed
// customer inside his own turn, the customer's words given to him: 1, as first measured; 3 from round 44's second batch,
// its magazine interview's director quoting her museum's unnamed chair inside her answer.
// Round 44's 271 (as it became a guide at the start of round 45): a church weekly's interview, one unnamed answer given
// to its moderator: 1, as first measured.
// Round 45's 274 (as it became a guide at the start of round 46): a Belfast Telegraph nurse quoted anonymously over two
// sentences, given to the MLA quoted before her, and an anonymous SNP backbencher in The Herald given to the minister:
// 3, as first measured.
// Round 46's 279 (as it became a guide at the start of round 47): an unnamed resident whose words an MPA and a
// councillor read out (Dawn, the StarPhoenix), given to the reader: 6, as first measured. Round 46's 281: the control
// room's "on their way" in a coroner's report given to the clinical director quoted before, and a young prisoner's words
// in a High Sheriff's speech given to her: 2, as first measured; 3 from round 47's first batch, which gave the victims'
// commissioner's report to her as its signing office-holder, with its respondents' partial quote "on hold".
// Round 47's 285 (as it became a guide at the start of round 48): an AGM transcript's anonymous online question, which
// the company secretary reads out ("They ask: …"), given to her: 2, as first measured.
// Round 48's 290 (as it became a guide at the start of round 49): a church newsletter's Bible verse given to Isaiah, and
// a housing co-operative's AGM members whom its transcript names only in its attendance list, given to them: 5, as first
// measured.
// Round 48's 291: a written question's report of what a national paying agency told farmers, in its asker's text, which its
// labeller gave the agency unnamed, given to the asker: 1 from round 49's third batch.
// Round 49's 294 (as it became a guide at the start of round 50): a feature's unnamed resident's words given to the
// woman named in the paragraph before, and an explainer's unnamed rider given to the lawmaker quoted before: 6, as first
// measured. Round 49's 296: an AGM transcript's unnamed member's question given to the chair who reads it, and a UN
// briefing's unnamed displaced woman given to the spokesperson quoting her: 4, as first measured.
// Round 50's 299 (as it became a guide at the start of round 51): a chant translated in parentheses after a union leader's
// quotation, a grandson's statement read by the judge, and an anonymous official's words given to the farmers' leader
// quoted before: 4, as first measured. Round 50's 301: a city council transcript's speakers quoting an unnamed owner, a
// manager and a congregation member inside their own turns, given to the speakers, and a trade association letter's
// anonymous grower given to the grower quoted before: 5, as first measured.
// Round 51's 304 (as it became a guide at the start of round 52): two sentences of a Lloyd's List analysis that nobody
// is named for, given to the analyst quoted before: 2, as first measured. Round 51's 305: a Scottish Parliament Official
// Report's unnamed speaker given to the member before: 1, as first measured.
// Round 52's 309 (as it became a guide at the start of round 53): a Daily Mirror interview's unnamed "a senior official"
// and "one lawyer" the interviewee quotes inside his answers, given to him: 3, as first measured. Round 52's 311: a
// central bank press conference's unnamed questioner, a select committee witness quoting an unnamed farmer and a
// think-tank summary's unnamed audience member, given to the speakers around them: 6, as first measured; 7 from round 53's
// heading rule, an AGM statement's machinist whom the chairman quotes inside his own quoted speech, given to him.
// Round 53's 314 (as it became a guide at the start of round 54): a Barbados Nation feature's unnamed fisherman given to
// the woman quoted before: 2, as first measured. Round 53's 316: an earnings call's unnamed customer the chief executive
// quotes in his own answer, a final notice's unnamed agent given to the Authority, a school newsletter's unnamed parent
// given to the school captain quoted before and an inquiry witness's unnamed colleague given to counsel: 6, as first
// measured.
// Round 54's 319 (as it became a guide at the start of round 55): a Boston Globe story's unnamed councillor who voted
// against the deal given to the council president quoted before: 2, as first measured. Round 54's 320: a Commons
// member's unnamed official, a minister's unnamed commanding officer and an inquiry report's unnamed liaison officer
// given to the member, the minister and the mother whose accounts quote them: 3, as first measured. Round 54's 321: a
// eulogy's unnamed old farmer given to the man it mourns, a police watchdog report's unnamed call handler given to the
// caller and the family's statement given to the son it mourns: 7, as first measured; 8 from round 55's fourth batch, a
// petition response's unnamed respondent ("One respondent, a 17-year-old apprentice from Cumbria, told us: “…”") given to
// the department whose response quotes them.
// Round 55's 318 (as it became a guide at the start of round 56): a Senedd story's unnamed bus user given to the member
// quoted before: 2, as first measured. Round 55's 325: transcript turns' unnamed constituents, witnesses and residents
// quoted inside a peer's, a member's or a witness's own turn, given to that speaker, and an enforcement notice's unnamed
// complainant given to the regulator: 11, as first measured.
// Round 56's third batch: set 179's Hansard statement's "a dairy farmer near Swan Hill" / "She said: '…'", given to the place
// before (a place after "near" is no one now) and to the member whose statement quotes her since: 1.
// Round 56's 328, 329 and 331 (as they became guides at the start of round 57): a Gleaner story's "a senior NWA engineer,
// who requested anonymity" then "the engineer said" given to the agency; a Stuff story's "A coastal engineer … who asked
// not to be named" then "he said" given to the resident named before; a podcast guest's own "I was told it would be
// “just until we find someone”" and senate minutes' letter from 214 students read out by a professor given to the guest and
// the professor: 3 each, as first measured. 328 4 from round 57's first batch: a Q&A's answers now the interviewee's,
// her "My late father used to say, “…”" hers too.
// Round 57's 335 and 336 (as they became guides at the start of round 58): an accident report's unnamed captain ("“That's
// on me,” he told investigators.") given to the airport manager named before, a bulletin's parable judge given to "Luke"
// and its young mother at the pantry given to a parishioner quoted before, a hearing member's reading of a regional
// director's email given to the witness she asks: 6; a Commission briefing's "Her office published a decision …" (the
// Ombudsman's office) given to the Ombudsman's spokesperson named before: 1; all as first measured.
// Round 58's first batch: set 172's three South African members' statements, quotations of an unnamed mayor and an
// unnamed provincial commissioner given to the member reading them out, found as "Hon Mokoena" before and "Mokoena" now
// ("Hon" a title), a name the record prints: 4 → 7, the same three sentences.
// Round 60's 347 and 348 (as they became guides at the start of round 61): a UN noon briefing's Secretary-General, unnamed
// ("In his remarks to the conference, he warned …", "I quote him from last week: …"), given to the spokesperson briefing,
// an inquiry transcript's out-of-hours manager quoted by counsel given to counsel, and an earnings call's "my first boss used
// to tell me, …" given to the executive telling it: 10; all as first measured.
// Round 61's 351 and 352 (as they became guides at the start of round 62): a police briefing's unnamed reporters' "Q:"
// given to the reporter who named herself before, a rider's message read out at a transit board given to the one reading
// it, an Oireachtas chair's "Agreed." and a fisheries commissioner's and a member's quotations of an unnamed fisherman and
// of last year's advice given to them: 9 and 3 as first measured; 352's 4 after round 62's first batch, the chair's
// "Agreed." (the members') given to the chair now named, Niall Breathnach, where it was "Chairman"; 351's 10 after its third
// batch, a reporter's bare "Q: Any complaints?" given to Jasmine Kowalczyk-Reed, now named in the question before, as the
// other bare questions go to the reporter named before them.
// Round 62's 355 and 356 (as they became guides at the start of round 63): a House hearing's, a staff report's, an
// Oireachtas committee's and a podcast's quotations of unnamed people given to the one quoting them: 8 and 4 as first
// measured.
// Round 63's 357 and 359 (as they became guides at the start of round 64): a news story's unnamed farmers, residents,
// riders and analysts given the description that introduces them ("a farmer", "one user"); an ECB press conference's unnamed journalists'
// questions given to the bank, and people a rapporteur, a briefer or a Director General quotes given to them: 40 and 29 as
// first measured.
// Round 64: an unnamed spokesperson of a named body given the body (the labelling guide's rule, "a Transport for NSW
// spokeswoman said" → "Transport for NSW"), where older labels leave the spokesperson unnamed: set 1's "A spokesman for the
// agency" (the Environment Agency), 59's "a State Department spokesman", 99's "the spokesman" for Hull University Teaching
// Hospitals NHS Trust (2), 110's "the NBC spokeswoman", 168's "a Kirklees Council spokesperson" (2, beside its two of a
// neighbour given the resident quoted before): 1, 1, 2, 1 and 4.
// Round 61's 350 and round 64's 364 (as they became guides at the start of round 65): a Kyiv story's and a Lloyd's List
// Q&A's unnamed people given the one quoted before, a FEMA briefing's unnamed reporters given the briefer: 8 and 2 as first
// measured.
const MISNAMED_AT_MOST: Partial<Record<(typeof sets)[number], number>> = { 'blind-set-350': 8, 'blind-set-364': 2, 'blind-set-1': 1, 'blind-set-59': 1, 'blind-set-99': 2, 'blind-set-110': 1, 'blind-set-357': 40, 'blind-set-359': 29, 'blind-set-355': 8, 'blind-set-356': 4, 'blind-set-351': 10, 'blind-set-352': 4, 'blind-set-348': 10, 'blind-set-343': 5, 'blind-set-344': 2, 'blind-set-337': 3, 'blind-set-339': 8, 'blind-set-340': 2, 'blind-set-335': 6, 'blind-set-336': 1, 'blind-set-328': 4, 'blind-set-329': 3, 'blind-set-331': 3, 'blind-set-179': 1, 'blind-set-318': 2, 'blind-set-325': 11, 'blind-set-319': 2, 'blind-set-320': 3, 'blind-set-321': 8, 'blind-set-314': 2, 'blind-set-316': 6, 'blind-set-309': 3, 'blind-set-311': 7, 'blind-set-304': 2, 'blind-set-305': 1, 'blind-set-299': 4, 'blind-set-301': 5, 'blind-set-294': 6, 'blind-set-296': 4, 'blind-set-290': 5, 'blind-set-291': 1, 'blind-set-285': 2, 'blind-set-279': 6, 'blind-set-281': 3, 'blind-set-274': 3, 'blind-set-271': 1, 'blind-set-266': 3, 'blind-set-261': 3, 'blind-set-254': 0, 'blind-set-250': 4, 'blind-set-251': 2, 'blind-set-245': 1, 'blind-set-241': 2, 'blind-set-236': 1, 'blind-set-231': 1, 'blind-set-225': 10, 'blind-set-226': 2, 'blind-set-143': 7, 'blind-set-221': 3, 'blind-set-215': 1, 'blind-set-209': 1, 'blind-set-204': 4, 'blind-set-205': 2, 'blind-set-202': 1, 'blind-set-200': 8, 'blind-set-201': 3, 'blind-set-199': 1, 'blind-set-187': 2, 'blind-set-191': 2, 'blind-set-192': 2, 'blind-set-188': 5, 'blind-set-189': 2, 'blind-set-180': 7, 'blind-set-181': 6, 'blind-set-182': 9, 'blind-set-177': 12, 'blind-set-178': 2, 'blind-set-168': 4, 'blind-set-171': 1, 'blind-set-172': 7, 'blind-set-164': 1, 'blind-set-156': 2, 'blind-set-158': 4, 'blind-set-148': 8, 'blind-set-150': 27, 'blind-set-141': 10, 'blind-set-142': 6, 'blind-set-134': 6, 'blind-set-136': 7, 'blind-set-125': 9, 'blind-set-126': 7, 'blind-set-129': 4, 'blind-set-124': 2, 'blind-set-120': 2, 'blind-set-121': 9, 'blind-set-122': 4, 'blind-set-115': 9, 'blind-set-118': 5, 'blind-set-103': 4, 'blind-set-105': 1, 'blind-set-106': 9, 'blind-set-27': 1, 'blind-set-28': 2, 'blind-set-29': 2, 'blind-set-44': 1, 'blind-set-45': 2, 'blind-set-48': 1, 'blind-set-53': 4, 'blind-set-58': 2, 'blind-set-63': 3, 'blind-set-64': 5, 'blind-set-69': 3, 'blind-set-88': 2, 'blind-set-93': 1, 'blind-set-94': 2, 'blind-set-100': 5 };
/**
 * Own-voice sentences a set's rules may give to nobody: set 32's signed tech blog ends with its author's bio
 * ("Priya Raman writes Stack & Signal, …"), which its labeller gave to the author and the rules read as a note
 * about the author (nobody's), as every other set labels such a line.
 */
// Round 15's 48 and 53: a speech's headnote ("Mayor Ines Vrabec, Maribor City Council chamber, 29 January 2025.")
// and an "[Applause]" its labeller gave to the speaker; the rules read them as notes and stage directions, nobody's.
// Round 17's 76: a speech's editor's note ("The following is ANSA's English translation of the speech given by …")
// and its "(Applause)", read as a note and a stage direction as in 48 and 53.
// Round 18: a publisher's headnote before a speech is read as a note now (48, 58, 76 and 82 down to none or one);
// 88's press release opens with its headline ("Services Australia staff vote 91% for protected action …"), which
// its labeller gave to nobody and the rules to the issuer.
// Round 19's 94 and 100: a press release's subheadline and its "SOURCE Helicon Battery Materials, Inc." line, and a
// Press Information Bureau release's headline, subheadline and "Posted On:" line, which their labellers gave to
// the issuer and the rules read as headings and notes, nobody's (as 88's labeller did).
// Round 20's 103: a London Stock Exchange announcement's title line and its "Enquiries:" heading, which its labeller
// gave to the issuer and the rules read as headings, and a eulogy's two-sentence introduction by the paper, which
// its labeller gave to the eulogist and the rules to nobody.
// Round 20's 109: a press release's dateline and programme heading, a speech's "From:" and "Delivered on:" lines, a
// court's release header, title and subheadline, a report's title and an editorial's headline and standfirst, which
// its labeller gave to the issuer or author and the rules read as headings and notes, nobody's, as before.
// Round 21's 115 and 118: a coroner's report's list of those it is sent to and its "NOTE:" line, a speech's
// pictures' credit, a release's headline, a tribunal's signature line, which their labellers gave to nobody or the
// author and the rules to the other; 109 and 103 gained with the fields rule ("From:", "Enquiries:").
// Round 22's 121: a think tank's report chapter signed by one researcher, which its labeller gave to the researcher and
// the rules to the think tank that issued it (set 35's labeller, of a report signed by two, gave it to the issuer; kept
// so: a report is its issuer's finding; round 27 reads one as its signer's only when one person signs it and writes
// in the first person, as 156's inspector does), 23 sentences, and a sentencing judge's heading in capitals; 122: a ministerial
// statement's "Statement given by …" line.
// Round 23's 125, 126 and 129: a press release's headline quoting its issuer's fragment, which its labeller gave to the
// issuer and the rules read as a heading; a release's "NEWS PROVIDED BY …" and "SOURCE …" lines, which 126's labeller
// gave to nobody and the rules to the issuer (94's labeller gave such a line to the issuer); a speech's opening
// paragraphs and a judgment's court heading.
// Round 24's 134 and 136 (as they became guides): a coroner's finding's and a tribunal's header fields ("Deceased:",
// "Representation") and notes, which their labellers gave to the coroner or judge and the rules read as fields,
// nobody's, as 125's labeller did; a release's notes to editors.
// Round 25's 150 (as it became a guide, less what round 26 mended): an open letter's address block and "cc:" line,
// which its labeller gave to the letter's writer, a disciplinary decision's header fields ("Match:", "Plea:"), which
// its labeller gave to the panel's chair and the rules read as fields, nobody's, and a parish newsletter's vicar's
// letter.
// Round 26's 156 and 158 (as they became guides in round 27): a planning inspector's report, written in the first
// person and signed by her, which its labeller gave to the inspector and the rules to the Planning Inspectorate that
// issued it (as 121's), and header fields, address blocks, contact lines, a results release's headline and an
// op-ed's author's note, which their labellers gave to the author or issuer and the rules read as headings, fields
// and notes, nobody's: 32 and 21. Round 27's "a report one person signs and writes in the first person is that
// person's" gives the inspector's report to her (156: 7; 121's chapter, signed by one researcher but not in the first
// person, stays its issuer's, 24); its regulator's notices as their issuer's own voice give 158's final notice's
// signature block's office line to the regulator (22).
// Round 27's 164 (as it became a guide in round 28): two press releases' media-contact lines and a transcript's
// closing "Duration:" line, which their labellers gave to the issuer or the operator and the rules read as notes and
// fields, nobody's: at most 5.
// Round 28's 171 and 172 (as they became guides in round 29): press releases' headlines, subheadlines and
// media-contact lines, an open letter's "cc:" line, a coroner's finding's form header and a judgment's court heading
// and "Before:" line, which their labellers gave to the issuer, writer, coroner or judge and the rules read as
// headings, fields and notes, nobody's: at most 8 and 5; 6 once 172's Ofcom finding is its issuer's own voice, its
// sentence quoting the Broadcasting Code ("which states: “…”") given to nobody.
// Round 29's 178 and 179 (as they became guides mid-round): an op-ed's contributor note and judgments' and tribunal
// determinations' headers, headings and signature blocks, which their labellers gave to the author, judge or member
// and the rules read as notes, fields and headings, nobody's: at most 1 and 28; 178's 9 once its book review, its
// commencement address and its open letter are read in their authors' voices (the review's book details and bookshop
// line, an "[Applause]", the letter's closing notes by the publication, which their labellers gave to nobody).
// Round 29's held-out 181 and 182 (as they became guides in round 30): headlines, standfirsts, contributor notes,
// datelines and signature blocks which their labellers gave to the author or issuer and the rules read as headings and
// notes, and the text of letters and guest posts printed inside another's piece: at most 25 and 29.
// Round 30's 188 and 189 (as they became guides mid-round): report and letter headers, headings, contact lines and
// signature blocks, and a second minister's foreword in a white paper filed under the first's name, which their
// labellers gave to the author or issuer and the rules read otherwise: at most 21 and 2.
// Round 30's 190 (as it became a guide): a school inspection letter written as "we" and signed by the inspector, whose
// labeller gave it to her and the rules to the inspectorate issuing it (35), and report headers, approval lines and
// signature blocks read as layout: at most 53.
// Round 30's 192 (as it became a guide): speeches', statements', op-eds' and open letters' headers, standfirsts,
// author bios and signature lines, which their labellers gave to the author and the rules read as headings and notes:
// at most 23.
// Round 31's 198 and 199 (as they became guides): a rating action's dateline, headings with commas and its analysts'
// name-and-office blocks, a rate announcement's "Media Relations / Ottawa, Ontario / December 10, 2025" block, an AGM
// notice's company name and registration line, a research note's metrics list, a union's "For further information
// please contact …" sentence; a party leaflet's strapline, headline with an exclamation mark, past result, survey options
// and form lines, a coroner's report's category and recipients' list, a witness statement's reply she quotes herself:
// labelled nobody's (or hers) and given by the rules to the issuer or the author (or nobody), 26 and 14.
// Round 31's 200 and 201 (as they became guides): an inspector's letter to pupils signed "Yours sincerely" and its
// headers, an editorial's reference list, a guideline's and a safety communication's headings with commas, an
// indictment release's topic and component lines, an award's and a situation update's header fields: 24 and 25.
// Round 31's 202 (as it became a guide): a council cabinet report written by its corporate director and introduced by
// its cabinet member, which its labeller gave to them and the rules to the council that issues it (round 22's
// convention: a report is its issuer's unless one person signs it and writes in the first person), its header fields,
// an inspector's decision's and a licensing notice's header lines, a community newsletter's masthead and contact lines:
// 62.
// Round 31's 203 (as it became a guide): a public editor's column's standfirst, "Readers noticed before we did.", and
// its header lines, which its labeller gave to nobody and the rules to the columnist: 4.
// Round 32's 204 (as it became a guide): release and report header lines (headlines, "Text of … address", "Posted On:",
// committee title lines, a dateline's date) that its labeller gave to nobody and the rules to the issuer or author: 22; 7
// after the round's batches.
// Round 32's 209 (as it became a guide), measured once: 8; after the round's batches, its inspectorate's report's and
// tribunal's ruling's header lines and signature blocks now the issuer's or the judge's: 18.
// Round 32's 210 and 211 (as they became guides at the start of round 33): header, address and signature lines of a
// pastoral letter, a union's circular, a funding body's release and a utility's outage report that their labellers gave
// to nobody and the rules to the author or issuer: 14 and 36.
// Round 33's 215 and 216 (as they became guides at the start of round 34): a witness statement's section headings and
// an airline's incident statement's contact and header lines that their labellers gave to nobody and the rules to the
// author or issuer: 12 and 7.
// Round 26's 143 and round 34's 220 (as they became guides at the start of round 35): 21 and 3, as first measured; 220 5
// from round 36, its airline customer email counted as own voice (two footer lines its labeller left to no one).
// Round 35's 225 and 226 (as they became guides at the start of round 36): 2 and 5, as first measured; 226 52 after round
// 36's first batch read its pages' own text as their publishers' (their headings, tables, form fields and credit lines its
// labeller left to no one).
// Round 36's 230 and 231 (as they became guides at the start of round 37): 19 and 3, as first measured; 231 15 after
// round 37's second batch read its staff briefing as its director's (its headings and its comments' credit lines, "— Staff
// nurse, Medicine", which its labeller gave her and the rules to no one).
// Round 37's 235 and 236 (as they became guides at the start of round 38): 27 and 2, as first measured.
// Round 38's 240 and 241 (as they became guides at the start of round 39): 33 and 32, as first measured.
// Set 70's press release's bold headline, which its labeller gave the issuer, is nobody's from round 40's fourth batch (a
// line set in bold with no closing stop is a subheading): 1.
// Round 39's 245 (as it became a guide at the start of round 40): 24, as first measured; 32 of 286 from round 40's third
// batch, which made its safeguarding review's 60 sentences own voice (254 right, 202 before).
// Round 40's 250 and 251 (as they became guides at the start of round 41): 14 and 4, as first measured.
// Round 41's 254 and 256 (as they became guides at the start of round 42): 3 and 15, as first measured; 256's 20 of 273
// from round 42's first batch, which made its trustees' report own voice (its list of trustees, which its labeller gave
// the charity, stays nobody's).
// Round 42's 259 and 261 (as they became guides at the start of round 43): 1 and 8, as first measured.
// Round 43's 265 and 266 (as they became guides at the start of round 44): 22 and 10, as first measured; 265's 32 of 456
// from round 44's second batch, which made its officer report the council's own (its field lines and numbered
// headings, which its labeller gave the council, stay nobody's).
// Round 44's 271 (as it became a guide at the start of round 45): a joint statement's signature lines, a rapporteur's
// media-contact line and a pastoral letter's reading note and dating line, which its labeller gave to their issuers: 5,
// as first measured; 2 from round 47's first batch (the joint statement its two signers', their signatures nobody's, as
// labelled).
// Round 45's 275 (as it became a guide at the start of round 46): an inspection report's grades table and address line,
// a coroner's form note and addressee lines, field lines of an ombudsman's decision and a warning notice, which its
// labeller gave to their issuers, and one ombudsman's sentence around a quoted record: 19, as first measured; 21 from round
// 46's first batch, which made its safety bulletin the agency's own (its "Therapeutic area:" field and its issue line, which
// its labeller gave the agency, stay nobody's).
// Round 46's 279 (as it became a guide at the start of round 47): an Express Tribune column's publication and social
// lines, which its labeller gave nobody, given to the columnist, and its opening "Imagine …" sentence given to someone
// called Imagine: 3, as first measured. Round 46's 281: a prison inspection's summary signed by its chief inspector, the
// author, given to the inspectorate (22), and field and addressee lines of a coroner's report and a tribunal judgment, a
// joint statement's bullet list, an annual review's and a commissioner's report's notes and the Supreme Court's press
// summary's heading lines, which its labeller gave nobody, given to their issuers: 51, as first measured; 29 from round 47's
// first batch (the inspection report its chief inspector's, the joint statement its signers').
// Round 47's 285 (as it became a guide at the start of round 48): a chair's letter's and a vice-chancellor's email's
// salutations, sign-offs and signature blocks, a students' union statement's breadcrumb and question heading, and the
// company, charity and registration lines of a decision notice, a consultation response and a press release, which its
// labeller gave nobody, given to their authors and issuers, and a council's decisions the email lists in bullets, which
// its labeller gave the vice-chancellor, given to the council: 26, as first measured; 22 from round 48's first batch, 20 from its third (two footers'
// postal addresses nobody's). Round 47's 286: logos, breadcrumbs,
// headings, speaker-label lines, image descriptions, funder lists, signature blocks and registration and address lines
// of a club's statement and chairman's letter, an agency's and an Olympic committee's releases, a summit chair's
// statement, a tribunal's summary, an athlete's post, an ombudsman's decision and a charity's annual review, which its
// labeller gave nobody, given to their issuers: 49, as first measured; 39 from round 48's first batch (a letterhead, a logo
// and a registration footer nobody's).
// Round 48's 290 (as it became a guide at the start of round 49): a night shelter's trustees' report's reference lines
// (registration, trustees, registered office, examiner, bankers) and approval and signature lines, and a diocese's
// statement's standfirst and footer, which its labeller gave nobody, given to their issuers: 11, as first measured; 14 from
// round 49's second batch (a cabinet report its author's, with its background papers' and appendices' lines).
// Round 48's 291: a government response's authorisation line and an executive order's seal line, which its labeller gave
// nobody, given to their issuers, and an executive order's press release given to "Office of the Governor", the name its
// labeller gives in full as "Office of the Governor, State of New Mexico": 5, as first measured.
// Round 49's 294 (as it became a guide at the start of round 50): a student column's closing author line and a review's
// opening sentence, which its labeller gave their authors, given to nobody: 3, as first measured. Round 49's 296: a
// chamber's survey release's field lines and an employers' open letter's address, salutation, sign-off, signature and
// co-signers' list, which its labeller gave their issuers, given to nobody: 19, as first measured.
// Round 50's 300 (as it became a guide at the start of round 51): a university release's section line, standfirst, caveat
// and paper reference, a court summary's reported words and enquiries line, a speech's delivery line, a notice's statute and
// dated line, a letter's sign-off and attachments, an announcement's authorisation line and a committee release's masthead,
// notes and chair line, which its labeller gave their issuers (or, four of them, nobody): 19, as first measured. Round 50's
// 301: an embassy's press line, a speech's venue line and footnotes, a museum release's standfirst and listings, a
// consultation response's letterhead, salutation and signature, a coroner's form and counsel lines, a letter's salutation
// and sign-off, and an awards release's standfirst, which its labeller gave their issuers: 19, as first measured.
// Round 51's 304 (as it became a guide at the start of round 52): a Mint column's sentence with a CEO's quoted words in
// it, given to the CEO: 1, as first measured. Round 51's 305: a Scottish council committee report, which its labeller
// gave the council and the rules give its signing executive director (as round 49's cabinet report), with its
// implications table and reference lines; a fire service's joint update given to both bodies; a health board's and an
// agency's question headings, a police release's field lines, a grants release's recipient list and a trustees'
// report's contents and signature lines, which its labeller left to nobody and the rules give their issuers (read again
// in round 53: "gave their issuers" said it the wrong way round): 74, as first measured; 77 from round 52's
// batch (a proclamation its governor's by kind, with a late chief's words in it and a heading and issuing lines its
// labeller gave nobody or the governor); 88 from the same batch's second part (a school board's agenda its district's by kind,
// with its meeting and session lines, item titles, a board roster and its footer, which its labeller gave the district
// too, left nobody's). Round 51's 306: an embassy's statement number, dateline and contact lines, an
// appeal's phone and registration footer, and an RNS's defined names and news service footer, which its labeller left
// to nobody and the rules give their issuers (read again in round 53): 15, as first measured; 31 from round 52's batch (an 8-K its company's by kind, with its cover page's form
// lines, which its labeller gave nobody, and an ASX announcement's, with a chairman's quotation left unattributed).
// Round 52's 309 (as it became a guide at the start of round 53): a CNA commentary's standfirst and source line, which
// its labeller left to nobody and the rules give the columnist: 3, as first measured. Round 52's 310: an accreditation letter's letterhead, address
// block, reference and salutation lines, a provincial release's "Quotes:" credit lines, facts and contact footer, an
// annual review's cover and charity footer, a board report's objective and risk lines and a university release's
// standfirst and photo credits, which its labeller left to nobody and the rules give their issuers, and the study's
// title line the labeller gave the university: 35, as first measured. Round 52's 311: an RNS
// AGM statement's defined names and news service footer, a joint church statement's dioceses and signature lines, a
// consultation response's submission lines and a coroner's report's form headings and addressees, which its labeller
// left to nobody and the rules give their issuers, and the inquest's recorded conclusion, which the labeller gave the
// coroner: 16, as first measured.
// Round 53's 314 (as it became a guide at the start of round 54): an op-ed's "DM" sign-off and an editorial's feedback
// line, which its labeller left to nobody and the rules give the columnist and the paper: 2, as first measured. Round
// 53's 315: an FOI response's address block, salutation, sign-off and footer, an appeal decision's matter line,
// signature and issuing line, an ombudsman's report's presentation lines, signature and headings, a chair's letter's
// salutation and signature and an embassy statement's letterhead and press-service lines, which its labeller left to
// nobody and the rules give their signers and issuers, and the chair's letter's pull quote, which the labeller gave her
// and the rules nobody: 32, as first measured. Round 53's 316: sentencing remarks' status lines and dated line, a final
// notice's contact line, a budget address's deck and one-word section openers, a pastoral letter's reading note,
// salutation and closing and a grants release's standfirst, which its labeller left to nobody and the rules give their
// authors and issuers: 14, as first measured. Then 315 39 and 316 28 from round 54's own voice of a charity trustees' and a
// Lords committee's report by kind: the trustees' report's reference-and-administration lines ("Charity name: …",
// "Bankers: …") and its approval line, the committee's printing and publishing lines, its members' line, a box's "Source:"
// line and its recommendations' "(Paragraph 7)" references, which its labeller left to nobody and the rules give the
// bodies.
// Round 54's 319 (as it became a guide at the start of round 55): an op-ed's submission footer and an editorial's deck
// and photo caption, which its labeller left to nobody and the rules give the author and the paper, and an editorial
// sentence quoting "most of the time", which the labeller gave the paper and the rules nobody: 6, as first measured.
// Round 54's 320: a university release's standfirst, which its labeller left to nobody and the rules give the
// university, its paper reference and photo credit line and an inquiry report's numbered finding, which the labeller
// gave the university and the inquiry's chair and the rules nobody: 4, as first measured. Round 54's 321: a chairman's
// letter's salutation and "Yours sincerely,", which its labeller left to nobody and the rules give him: 2, as first
// measured.
// Round 55's 318 (as it became a guide at the start of round 56): an editorial's two phrases it quotes from the ferry
// operator ("\"Lessons will be learned\" is one."), which its labeller gave the paper and the rules nobody: 2, as first
// measured. Round 55's 325: a supreme court press summary's "On appeal from:" and "Justices:" lines and an AGM chair's
// statement's meeting and venue lines, which its labeller gave the court and the chair and the rules nobody: 4, as first
// measured. Round 55's 326: an open letter's salutation, close and signature lines, which its labeller gave the five
// signers and the rules nobody: 7, as first measured. Then 325 9 and 326 16 from round 56's own voice of an NGO's field
// report (its "To donors:" lines and its about-us footer), an ombudsman's investigation report (its subheading and key to
// names), a record of inquest (its "Narrative conclusion:" box, its particulars and signature lines) and an employment
// tribunal's judgment (its run-in headings and signature), which their labellers left to nobody and the rules give the
// issuer, the coroner and the judge.
// Round 56's 328, 329 and 331 (as they became guides at the start of round 57): a Daily Nation column's "What you need to
// know:" box and its bullets, which its labeller left to nobody and the rules give the columnist: 3; an editorial of The
// Australian's standfirst, the same: 1; a bishop's pastoral letter's rubric, salutation and close, a trustees' report's
// numbered headings, approval line and address, an FOI response's address block, salutation and close and a State of the
// City address's roll of dignitaries, which their labellers left to nobody and the rules give the writer or issuer, and a
// hymn's line and the trust's quoted objects, which the labellers give the writer and the rules nobody: 16; all as first
// measured.
// Round 57's 335 and 336 (as they became guides at the start of round 58): a state supreme court opinion's majority and
// dissent (the rules give the byline's "Justice Miriam K. Saltonstall" its title and the dissent to her too), a State of
// the City address filed under "Mayor Rosalind Okereke-Dunn", a church bulletin's pastor's letter and its notices, prefiled
// rate-case testimony whose answers the rules give a colleague it names, a police release's subhead and closing line and a
// donor letter's letterhead and close: 59; a
// New Zealand minister's release whose quotations the rules give "Hon Mereana Tawhiri" and "Ms Tawhiri", a catalogue
// essay's figure captions and footnotes, a Federal Court judgment's style of cause and signature, an ombudsman's signature
// and a union speech's embargo lines: 42; all as first measured.
// Round 60's 347 and 348 (as they became guides at the start of round 61): a sentencing judge's, a coroner's and a union
// circular's salutations, sign-offs and signatures, which their labellers left to nobody: 7; a witness statement's opening
// paragraph number, a tribunal's header fields and an NGO's and a commission's numbered recommendation headings, which
// their labellers left to nobody and the rules give the issuer, and a testimony's and a council's quotations inside a
// report, which the labellers give the quoted and the rules the issuer: 49 (36 first measured; the issuers' genres of
// round 61's first batch count a report's own headings and testimonies here now).
// Round 61's 351 and 352 (as they became guides at the start of round 62): a state audit's, an ombudsman's, a select
// committee's and a school inspection's own text, whose genres ("report (select committee report, …)") the rules did not
// read, a US appellate opinion's majority and dissent, letters' salutations and signatures, a briefing's FAQ questions and
// a pension statement's furniture their labellers give the issuer: 23 and 63 as first measured; 52 and 57 after round
// 62's first batch (the reports' headings, field lines, member lists and address blocks their labellers leave to nobody
// and the rules give the issuer now count here); 351's 44 after its third batch.
// Round 62's 355 and 356 (as they became guides at the start of round 63): a comment letter's, a coroner's, a regulator's,
// a council staff report's and a trust chief executive's own text and furniture, as first measured: 46 and 27; 60 and 37
// after round 63's first batch, which reads more of their documents as own voice (an Iowa majority opinion its labeller
// gives the court, 46 sentences, still given no one).
// Round 63's 357 and 359 (as they became guides at the start of round 64): an institution's release, statement and decision
// text and furniture, as first measured: 0 and 33.
// Round 64's 364 (as it became a guide at the start of round 65): an ombudsman's, a tribunal's and a regulator's own text
// and furniture, as first measured: 14 (350, news, has no own voice).
const OWN_VOICE_MISSES_AT_MOST: Partial<Record<(typeof sets)[number], number>> = { 'blind-set-364': 14, 'blind-set-357': 0, 'blind-set-359': 33, 'blind-set-355': 60, 'blind-set-356': 37, 'blind-set-351': 44, 'blind-set-352': 57, 'blind-set-347': 7, 'blind-set-348': 49, 'blind-set-342': 4, 'blind-set-343': 9, 'blind-set-344': 53, 'blind-set-337': 4, 'blind-set-339': 32, 'blind-set-340': 7, 'blind-set-335': 59, 'blind-set-336': 42, 'blind-set-328': 3, 'blind-set-329': 1, 'blind-set-331': 16, 'blind-set-318': 2, 'blind-set-325': 9, 'blind-set-326': 16, 'blind-set-319': 6, 'blind-set-320': 4, 'blind-set-321': 2, 'blind-set-314': 2, 'blind-set-315': 39, 'blind-set-316': 28, 'blind-set-309': 3, 'blind-set-310': 35, 'blind-set-311': 16, 'blind-set-304': 1, 'blind-set-305': 88, 'blind-set-306': 31, 'blind-set-300': 19, 'blind-set-301': 19, 'blind-set-294': 3, 'blind-set-296': 19, 'blind-set-290': 14, 'blind-set-291': 5, 'blind-set-285': 20, 'blind-set-286': 39, 'blind-set-279': 3, 'blind-set-281': 29, 'blind-set-275': 21, 'blind-set-271': 2, 'blind-set-265': 32, 'blind-set-266': 10, 'blind-set-259': 1, 'blind-set-261': 8, 'blind-set-254': 3, 'blind-set-256': 20, 'blind-set-70': 1, 'blind-set-250': 14, 'blind-set-251': 4, 'blind-set-245': 32, 'blind-set-240': 33, 'blind-set-241': 32, 'blind-set-235': 27, 'blind-set-236': 2, 'blind-set-230': 19, 'blind-set-231': 15, 'blind-set-225': 2, 'blind-set-226': 52, 'blind-set-143': 21, 'blind-set-220': 5, 'blind-set-215': 12, 'blind-set-216': 7, 'blind-set-210': 14, 'blind-set-211': 36, 'blind-set-209': 18, 'blind-set-204': 7, 'blind-set-203': 4, 'blind-set-202': 62, 'blind-set-200': 24, 'blind-set-201': 25, 'blind-set-198': 26, 'blind-set-199': 14, 'blind-set-192': 23, 'blind-set-190': 53, 'blind-set-188': 21, 'blind-set-189': 2, 'blind-set-181': 25, 'blind-set-182': 29, 'blind-set-178': 9, 'blind-set-179': 19, 'blind-set-171': 7, 'blind-set-172': 6, 'blind-set-164': 5, 'blind-set-156': 7, 'blind-set-158': 22, 'blind-set-150': 19, 'blind-set-141': 5, 'blind-set-142': 1, 'blind-set-134': 18, 'blind-set-136': 3, 'blind-set-125': 1, 'blind-set-126': 2, 'blind-set-129': 2, 'blind-set-121': 24, 'blind-set-122': 1, 'blind-set-103': 3, 'blind-set-109': 8, 'blind-set-115': 5, 'blind-set-118': 1, 'blind-set-32': 3, 'blind-set-53': 1, 'blind-set-63': 2, 'blind-set-76': 1, 'blind-set-88': 1, 'blind-set-94': 2, 'blind-set-100': 4 };
const scores = await Promise.all(sets.map((name) => scoreLabelledSet(new URL(`../../fixtures/attribution/${name}/`, import.meta.url))));

/** Sentences the rules got wrong, for the failure message. */
const wrongIn = (sentences: LabelledSentence[]) =>
  sentences
    .filter((s) => !isRight(s))
    .map((s) => `${s.where}: ${JSON.stringify(s.expected)} ≠ ${s.found} | ${s.text.slice(0, 80)}`)
    .join('\n');

describe.each(sets.map((name, i) => ({ name, score: scores[i]! })))('speakers on $name', ({ name, score }) => {
  it('labels enough sentences of every kind', () => {
    expect(score.sentences.length).toBeGreaterThanOrEqual(MIN_LABELS[name].sentences);
    expect(score.named.total).toBeGreaterThanOrEqual(MIN_LABELS[name].named);
    expect(score.narration.total).toBeGreaterThanOrEqual(MIN_LABELS[name].narration);
  });

  it('names the speaker of direct quotations whose article names the speaker (95% on sets 1-4)', () => {
    const named = score.sentences.filter((s) => s.category === 'named');
    expect(score.named.right / score.named.total, wrongIn(named)).toBeGreaterThanOrEqual(FLOORS[name].named);
  });

  it('names a wrong speaker for few of them (at most 2% on sets 1-4; abstaining is better than guessing)', () => {
    const named = score.sentences.filter((s) => s.category === 'named');
    expect(score.named.wrong / score.named.total, wrongIn(named)).toBeLessThanOrEqual(FLOORS[name].wrong);
  });

  it("leaves at least 97% of a news report's narration unattributed", () => {
    const narration = score.sentences.filter((s) => s.category === 'narration');
    // (A set of documents all in their authors' or issuers' voices has no narration to leave: set 190, round 30.)
    expect(score.narration.total === 0 ? 1 : score.narration.right / score.narration.total, wrongIn(narration)).toBeGreaterThanOrEqual(FLOORS[name].narration);
  });

  it("gives an opinion piece's, statement's or press release's own text to its author or issuer", () => {
    const own = score.sentences.filter((s) => s.category === 'own voice');
    expect(score.ownVoice.total - score.ownVoice.right, wrongIn(own)).toBeLessThanOrEqual(OWN_VOICE_MISSES_AT_MOST[name] ?? 0);
  });

  it('never gives a quotation whose article names nobody to someone the article names', () => {
    const named = new Set(score.sentences.filter((s) => s.category === 'named').flatMap((s) => (typeof s.expected === 'string' ? [s.expected] : Array.isArray(s.expected) ? s.expected : [])));
    const misnamed = score.sentences.filter((s) => s.category === 'unnamed' && s.found !== undefined && named.has(s.found));
    expect(misnamed.length, misnamed.map((s) => `${s.where}: ${s.found}`).join('\n')).toBeLessThanOrEqual(MISNAMED_AT_MOST[name] ?? 0);
  });

  if (process.env.SPEAKER_FIGURES) console.info(describeScore(name, score));
});

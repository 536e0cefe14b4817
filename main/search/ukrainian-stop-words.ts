/**
 * Common Ukrainian function words (conjunctions, prepositions, particles, pronouns), which
 * lunr-languages does not ship. Kept short on purpose: only words that carry no topic.
 */
export const UKRAINIAN_STOP_WORDS: string[] = (
  'а або але б би був була були було бути в вам вас весь вже ви від він вона вони воно все всі ' +
  'де для до дуже є ж з за зі і із й їй їх його к как коли крізь лише ми між мене мені на над ' +
  'не неї нас нам ні ним них ну о об один однак але от під після по при про саме свого свою ' +
  'себе собі та так також там те теж ти то тобто тому тут у хоча це цей ці цього цю ця через ' +
  'чи що щоб як який яка яке які якщо я'
).split(' ');

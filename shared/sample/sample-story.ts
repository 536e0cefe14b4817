/**
 * The sample story a newcomer can open before importing anything: one fictional event (talks over
 * a river dam between two fictional countries) as reported by four fictional outlets. Written for
 * Parallax; every name, place, outlet and domain is invented (`.example` domains never resolve).
 *
 * Each report is built so that every part of the comparison view has something to show:
 * - shared by all four: the talks ended on Tuesday without an agreement;
 * - unique to one: the farmers' protest outside the venue (The Evening Courier only);
 * - an omission: the mediator Anneli Roos is named by three outlets, never by The Evening Courier;
 * - spelling variants: Yury / Yuri Talanov, Dovrinsk / Dovrynsk;
 * - conflicting numbers: a 28-point vs a 27-point draft; "nearly five hours" vs "five hours";
 * - one quote translated two ways ("We have moved closer…" / "We are closer now…");
 * - a word-choice contrast: "dispute" / "conflict" / "water war";
 * - wire copy: one passage from a (fictional) news agency shared verbatim by two outlets.
 */
export interface SampleArticle {
  outlet: string;
  title: string;
  url: string;
  /** ISO 8601 date-time. */
  published: string;
  authors: string[];
  lede?: string;
  /** Paragraphs separated by a blank line ("\n\n"), as in an article record. */
  text: string;
}

export interface SampleStory {
  title: string;
  description: string;
  articles: SampleArticle[];
}

/** The passage two outlets took verbatim from the same (fictional) agency report. */
const WIRE_PASSAGE =
  'The Ostrel supplies drinking water to about 2.4 million people downstream, and the dam’s reservoir has been filling since March, ' +
  'cutting the river’s flow at the border by roughly a third, according to figures from the Northern Rivers Commission.';

const paragraphs = (...ps: string[]): string => ps.join('\n\n');

export const SAMPLE_STORY: SampleStory = {
  title: 'Ostrel dam talks (sample story)',
  description:
    'A fictional event reported by four fictional outlets, written to show what Parallax does: shared and unique claims, ' +
    'an omission, spelling variants, conflicting numbers, a quote translated two ways, word choice and wire copy. ' +
    'Remove it with one click when you are done.',
  articles: [
    {
      outlet: 'The Harbour Ledger',
      title: 'Dam talks in Dovrinsk end without a deal after nearly five hours',
      url: 'https://harbourledger.example/world/ostrel-dam-talks-no-deal',
      published: '2026-04-14T18:20:00Z',
      authors: ['Mara Lindqvist'],
      lede: 'Varnia and Kestovia remain split over the Ostrel river dam.',
      text: paragraphs(
        'Talks between Varnia and Kestovia over the Ostrel river dam ended in Dovrinsk on Tuesday without an agreement, after nearly five hours behind closed doors.',
        'Varnia’s envoy, Yury Talanov, said the two delegations had worked through a 28-point draft prepared by the Northern Rivers Commission. “We have moved closer, but the key questions remain open,” Talanov told reporters after the meeting.',
        'The commission’s chair, Anneli Roos, who hosted the talks, said both sides had agreed to share water-flow data every week while negotiations continue.',
        'Kestovia’s foreign minister, Ilse Marrow, said her government would not accept any plan that let the reservoir keep filling through the dry summer months.',
        'The dispute began last spring, when Varnia closed the dam’s lower gates to fill the new reservoir.',
        'Downstream, Kestovian farmers say the river is lower than at any time in living memory. Several irrigation canals near the border have run dry.',
        'Roos said a second round of talks would be held in Dovrinsk within three weeks.',
      ),
    },
    {
      outlet: 'Northline Daily',
      title: 'Varnia and Kestovia fail to settle dam conflict',
      url: 'https://northline.example/2026/04/14/varnia-kestovia-dam-conflict',
      published: '2026-04-14T20:05:00Z',
      authors: ['Tomas Reyer', 'Ada Quill'],
      text: paragraphs(
        'Talks between Varnia and Kestovia over the Ostrel river dam ended on Tuesday without an agreement, the latest setback in a conflict that has strained relations between the neighbours for a year.',
        'The meeting in Dovrynsk lasted five hours. Envoy Yuri Talanov said the delegations went through a 27-point draft line by line.',
        WIRE_PASSAGE,
        '“We are closer now, but the main questions are still unresolved,” Talanov said.',
        'Kestovian Foreign Minister Ilse Marrow said her government would reject any plan that allowed the reservoir to keep filling through the dry summer.',
        'Anneli Roos, who chairs the commission, said the two sides would exchange water-flow data weekly.',
        'The conflict began last spring, when Varnia closed the dam’s lower gates to fill its new reservoir.',
        'Varnia says the dam will supply electricity to 300,000 homes when it is finished.',
      ),
    },
    {
      outlet: 'The Evening Courier',
      title: 'No deal in Dovrinsk as farmers protest outside dam talks',
      url: 'https://eveningcourier.example/news/dovrinsk-dam-talks-farmers',
      published: '2026-04-14T21:40:00Z',
      authors: ['Jonas Pell'],
      text: paragraphs(
        'Talks on the Ostrel river dam ended on Tuesday in Dovrinsk without an agreement, as farmers protested outside the venue.',
        'About two hundred farmers gathered outside the building, waving lengths of empty pipe and chanting for the gates to open.',
        'Inside, the delegations spent nearly five hours on a 28-point draft drawn up by the Northern Rivers Commission, according to Varnian envoy Yury Talanov.',
        '“We have moved closer, but the key questions remain open,” Talanov said.',
        'Kestovian Foreign Minister Ilse Marrow said she could not accept a plan that let the reservoir keep filling through the summer.',
        'The dispute has left several irrigation canals near the border dry, farmers say.',
        'No date has been set for further talks.',
      ),
    },
    {
      outlet: 'Kestrel News Network',
      title: 'Water war talks collapse in Dovrynsk',
      url: 'https://kestrelnews.example/stories/water-war-talks-collapse',
      published: '2026-04-15T06:10:00Z',
      authors: ['Priya Anand'],
      lede: 'Kestovia says Varnia’s dam is drying out its farms.',
      text: paragraphs(
        'Talks between Kestovia and Varnia over the Ostrel river dam collapsed on Tuesday without an agreement, deepening a water war between the two countries.',
        WIRE_PASSAGE,
        'Ilse Marrow, Kestovia’s foreign minister, said her country would not accept any plan that let the reservoir go on filling through the dry summer, and warned that farmers could not survive another season.',
        'The water war began last spring, when Varnia closed the dam’s lower gates to fill the reservoir.',
        'Varnian envoy Yury Talanov said only that the talks had been useful.',
        'The commission’s chair, Anneli Roos, said a second round would take place in Dovrynsk within three weeks.',
        'Varnia says the dam will supply electricity to 300,000 homes when it is finished.',
      ),
    },
  ],
};

/**
 * Attribute: who said what. {@link org.triangulate.attribution.RuleAttributor} reads an analysed
 * article in these steps:
 *
 * <ol>
 *   <li>{@code QuotationMarks} finds the quotations, in any quote style and over paragraphs;
 *   <li>{@code MistaggedVerbs} tags as verbs again the listed reporting verbs the tagger read as
 *       nouns, adverbs or prepositions where only a verb can stand ("did n't like the plan"), or as
 *       participles after the dash that closes an aside ("X — a lawyer — told ..."), and a "’s" after
 *       a pronoun as "is" ("he’s hopeful"), and as a noun a past form that ends a noun phrase after
 *       an article ("considered a run last year");
 *   <li>at each token outside the quotations, the first {@code CueKind} that stands there makes a frame (cue,
 *       source, content): {@code AccordingTo}, {@code Viewpoint}, {@code HeadlineTopic}, {@code PollFinding}, {@code CueNoun}, {@code
 *       PredicateNoun}, {@code AdvocateNoun}, {@code StanceNoun}, {@code WonEndorsement}, {@code
 *       PutQuestion}, {@code Attitude}, {@code Raising}, {@code AsPutIt}, {@code PassiveAgent}, {@code ReportingVerb}, {@code
 *       RelativeObject}, {@code SignedQuotation}, {@code NamedQuotation}, {@code IntroducingClause}; the words that make
 *       cues are {@code CueWords}, read from the word lists in {@code en/};
 *   <li>each kind finds its source from the parts of speech ({@code NounPhrases}, {@code Subjects},
 *       {@code Clauses}, {@code Scenes}, over the token tests of {@code Phrases}; {@code
 *       GoverningVerb} for the verb a participle, infinitive or gerund cue depends on, {@code
 *       Descriptions} for how far a source's description runs) and its
 *       content with {@code Contents} (where a content starts and stops);
 *   <li>of a sentence's frames only the outermost stay, but for one in a clause opened by "which" or
 *       "after", or said by a relative "who", inside another's content (a quoted one only when its
 *       ", which" is what the quotation judges, and then the outer content ends before the comma:
 *       {@code NestedAttributions}), and a cue in the description of an inverted source ("“...,”
 *       said X, founder of a group called ...") never takes the quotation X said; and a clause
 *       joined with a cue of its own splits the content before it ({@code CoordinateSplits}), and a cue in the clause that opens the sentence ("Now that
 *       ..., the nominee ...") ends its content with that clause, while a verb that closes it with no object
 *       ("With two crews filming, Perez says ...") attributes nothing; a cue gerund with a clause of its
 *       own after "before" or "by" in a verbless content ("praised X before explaining why ...") is
 *       taken out of it; {@code ReportingTail} adds the short reporting clause after a
 *       quotation, whatever its verb;
 *   <li>{@code IntroducedParagraph} gives a cue that closes its paragraph with a colon ("he wrote:")
 *       the next paragraph, and {@code FollowingQuotations} gives an attribution the quotations that carry it on;
 *       a colon that still closes a content is left out of it;
 *   <li>{@code SpeakerResolver} resolves each source to a speaker across the article.
 * </ol>
 */
package org.triangulate.attribution;

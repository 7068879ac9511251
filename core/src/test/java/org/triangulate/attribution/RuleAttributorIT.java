package org.triangulate.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;
import org.triangulate.pipeline.Pipeline;

/** The attribution rules on real tokens: the English pipeline, loaded once for every test. */
class RuleAttributorIT {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Pipeline.english();
  }

  private static AnalyzedArticle analyze(String text) {
    return pipeline.analyze(new RawDocument("test", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
  }

  /** The first quote found in {@code text} has this source and this content (fragments joined by " | "). */
  private static void assertFirstQuote(String text, String source, String content) {
    AnalyzedArticle article = analyze(text);
    Quote quote = article.quotes().get(0);
    assertEquals(source, of(article, quote, true));
    assertEquals(content, of(article, quote, false));
  }

  /** The quotes whose cue is these words, ignoring case, in text order. */
  private static List<Quote> allWithCue(AnalyzedArticle article, String cue) {
    String text = article.article().text();
    return article.quotes().stream().filter(q -> q.cue().of(text).equalsIgnoreCase(cue)).toList();
  }

  private static Quote withCue(AnalyzedArticle article, String cue) {
    return allWithCue(article, cue).stream().findFirst().orElseThrow(() -> new AssertionError("no quote with the cue \"" + cue + "\""));
  }

  private static String of(AnalyzedArticle article, Quote quote, boolean source) {
    String text = article.article().text();
    return source ? quote.source().of(text) : quote.content().stream().map(s -> s.of(text)).reduce((a, b) -> a + " | " + b).orElseThrow();
  }

  @Test
  void splitQuotationIsOneQuoteWithTwoFragmentsAndThePronounResolves() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Lopez, a professor at Stanford University, spoke on Monday.\n\n"
        + "“We are not ready,” she said, “and we will not be ready soon.”\n");
    Quote quote = article.quotes().get(0);
    assertEquals("“We are not ready,” | “and we will not be ready soon.”", of(article, quote, false));
    assertEquals("she", of(article, quote, true));
    assertEquals("Maria Lopez", quote.speaker().name());
    assertTrue(quote.direct());
  }

  @Test
  void indirectSpeechWithAppositiveRoleAndOrganization() {
    AnalyzedArticle article = analyze("Headline\n\nJohn Smith, a senior fellow at the Brookings Institution, said that the talks had failed.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("John Smith, a senior fellow at the Brookings Institution,", of(article, quote, true), "PolNeAR's source keeps the closing comma");
    assertEquals("that the talks had failed", of(article, quote, false), "PolNeAR's content opens with \"that\"");
    assertEquals(new Speaker("John Smith", "senior fellow", "Brookings Institution", SpeakerKind.PERSON), quote.speaker());
    assertFalse(quote.direct());
  }

  @Test
  void accordingToAndGroupsAndRecipients() {
    AnalyzedArticle article = analyze("Headline\n\nAccording to the Pentagon, 3,000 troops were sent to the border.\n\n"
        + "Officials said the plan would cost more than expected.\n\n"
        + "Senator Jane Doe told Newsweek that she would vote against the bill.\n");
    List<Quote> quotes = article.quotes();
    assertEquals(3, quotes.size());
    String text = article.article().text();
    assertEquals("According to", quotes.get(0).cue().of(text));
    assertEquals(SpeakerKind.ORGANIZATION, quotes.get(0).speaker().kind());
    assertEquals("3,000 troops were sent to the border", of(article, quotes.get(0), false));
    assertEquals(SpeakerKind.GROUP, quotes.get(1).speaker().kind());
    assertEquals("that she would vote against the bill", of(article, quotes.get(2), false));
    assertEquals("Jane Doe", quotes.get(2).speaker().name());
    assertEquals("Newsweek", quotes.get(2).recipient().of(text), "the recipient outlet is recorded");
    assertEquals("told", quotes.get(2).cue().of(text), "the cue is the verb, as PolNeAR marks it");
  }

  @Test
  void aSurnameResolvesToTheEarlierSpeakerNotToAnotherNamesake() {
    AnalyzedArticle article = analyze("Headline\n\nKim Jong Un sent troops.\n\n"
        + "“It is a risk,” said Patricia Kim, a fellow at the Brookings Institution.\n\n"
        + "“It will not end soon,” Kim said.\n");
    Quote last = article.quotes().get(article.quotes().size() - 1);
    assertEquals("Kim", of(article, last, true));
    assertEquals("Patricia Kim", last.speaker().name());
  }

  @Test
  void aPronounOrACourtesyTitleResolvesToASpeakerOfItsGender() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Lopez, a professor at Stanford University, said the vote was close.\n\n"
        + "Her rival, Robert Hale, said he had won by a wide margin.\n\n"
        + "“It was fair,” Hale said.\n\n"
        + "“We will count again,” she said.\n\n"
        + "Mr. Hale and his sister, Susan Hale, left the hall.\n\n"
        + "Robert Hale said the count was fair.\n\n"
        + "Mrs. Hale said she would stay.\n");
    assertEquals("Maria Lopez", withCue(article, "said").speaker().name());
    List<Quote> quotes = article.quotes();
    assertEquals(new Speaker("Robert Hale", "rival", null, SpeakerKind.PERSON), quotes.get(1).speaker(), "a name in apposition after its description");
    assertEquals("she", of(article, quotes.get(3), true));
    assertEquals("Maria Lopez", quotes.get(3).speaker().name(), "the nearest speaker, Robert Hale, is a man");
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("Mrs. Hale", of(article, last, true));
    assertEquals("Susan Hale", last.speaker().name(), "Robert Hale is the Hale quoted before, but not Mrs. Hale");
  }

  @Test
  void aPossessorSpeaksOnlyThroughWhatItWrote() {
    AnalyzedArticle article = analyze("Headline\n\nMr. Carter's campaign said the senator would not attend.\n\n"
        + "Carter's spokeswoman, Ann Miles, said the schedule was full.\n\n"
        + "Jane Doe's column says the senator is afraid.\n");
    List<Quote> quotes = article.quotes();
    assertEquals(3, quotes.size());
    assertEquals("Mr. Carter's campaign", quotes.get(0).speaker().name());
    assertEquals(SpeakerKind.UNKNOWN, quotes.get(0).speaker().kind(), "a campaign is not the candidate");
    assertEquals("Ann Miles", quotes.get(1).speaker().name());
    assertEquals("Jane Doe", quotes.get(2).speaker().name(), "a column speaks for its writer");
  }

  @Test
  void noQuotesInTextWithoutAttribution() {
    assertTrue(analyze("Headline\n\nThe river rose by two metres overnight. Roads were closed.\n").quotes().isEmpty());
  }

  @Test
  void seedsHaveEveryQuotationWithItsSpeaker() throws IOException {
    Path seeds = Path.of(System.getProperty("triangulate.shared", "../../shared"), "seeds");
    List<Quote> all;
    try (Stream<Path> files = Files.list(seeds)) {
      all = files.sorted()
          .map(f -> pipeline.analyze(new RawDocument(f.toString(), Format.TEXT, read(f), RawDocument.Given.nothing())))
          .flatMap(a -> a.quotes().stream())
          .toList();
    }
    assertSpeaker(all, "Liu Pengyu", "spokesperson", "Chinese Embassy");
    assertSpeaker(all, "Edward Howell", "lecturer", "Oxford University");
    assertSpeaker(all, "Bonnie Glaser", "managing director", null);
    assertSpeaker(all, "Patricia Kim", "fellow", "Brookings Institute");
    assertSpeaker(all, "Naoko Aoki", null, "Rand Corporation");
    assertSpeaker(all, "John Kirby", "spokesman", "U.S. National Security Council");
    assertSpeaker(all, "Ben Cardin", "chair", "Senate Foreign Relations Committee");
    assertSpeaker(all, "Troy Stangerone", null, "Wilson Center");
    assertSpeaker(all, "David Maxwell", "vice president", "Center for Asia Pacific Strategy");
    assertSpeaker(all, "Lin Jian", "spokesperson", "Chinese Foreign Ministry");
    // Patricia Kim: her own quote, "Kim said" and "she told Radio Free Asia Korean".
    assertTrue(all.stream().filter(q -> "Patricia Kim".equals(q.speaker().name())).count() >= 3);
    assertTrue(all.stream().noneMatch(q -> "Kim Jong Un".equals(q.speaker().name())));
    // The quotations opening a content: five in the Newsweek copy, ten in Radio Free Asia's report.
    assertTrue(all.stream().filter(Quote::direct).count() >= 15, "direct quotes: " + all.stream().filter(Quote::direct).count());
  }

  private static void assertSpeaker(List<Quote> quotes, String name, String role, String organization) {
    Speaker speaker = quotes.stream().map(Quote::speaker).filter(s -> name.equals(s.name()) && s.role() != null | role == null)
        .findFirst().orElse(null);
    assertNotNull(speaker, name + " is not a speaker");
    if (role != null) {
      assertEquals(role, speaker.role(), name);
    }
    if (organization != null) {
      assertEquals(organization, speaker.organization(), name);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aQuotationEndingItsOwnSentenceBelongsToTheCueAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator spoke to reporters on Monday.\n\n"
        + "“Why are you still endorsing him?” Obama asked Republican politicians.\n\n"
        + "“Is it over?” asked Maria Lopez.\n\n"
        + "“I will go.” Obama said he would fly to Ohio.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("“Why are you still endorsing him?”", of(article, quotes.get(0), false));
    assertEquals("Obama", of(article, quotes.get(0), true));
    assertEquals("“Is it over?”", of(article, quotes.get(1), false));
    assertEquals("Maria Lopez", of(article, quotes.get(1), true));
    assertEquals("he would fly to Ohio", of(article, quotes.get(2), false), "a clause after the cue is its content");
  }

  @Test
  void colonsIntroduceQuotationsWithAndWithoutAVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe result does not surprise the pollster Daron Shaw: “Early winners get a boost.”\n\n"
        + "Cruz continued:\n\n“You look at the questions, and they are silly.”\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(":", quotes.get(0).cue().of(text));
    assertTrue(of(article, quotes.get(0), true).endsWith("Daron Shaw"), of(article, quotes.get(0), true));
    assertEquals("“Early winners get a boost.”", of(article, quotes.get(0), false));
    assertEquals("Cruz", of(article, quotes.get(1), true));
    assertEquals("“You look at the questions, and they are silly.”", of(article, quotes.get(1), false));
  }

  @Test
  void mannerOfSpeakingVerbsAreCues() {
    AnalyzedArticle article = analyze("Headline\n\n“Quiet,” he demanded.\n\n“They stole the country,” the man shouted.\n");
    List<Quote> quotes = article.quotes();
    assertEquals(2, quotes.size());
    assertEquals("demanded", quotes.get(0).cue().of(article.article().text()));
    assertEquals("the man", of(article, quotes.get(1), true));
  }

  @Test
  void verbsOfSayingAndThinkingFromWordNetAreCues() {
    // en/wordnet_cue_verbs.txt: "affirm", "dispute", "realize" and "protest" are in none of the
    // hand-written lists.
    AnalyzedArticle article = analyze("Headline\n\nGovernor Jane Doe affirmed that the state would not raise taxes.\n\n"
        + "The union disputed that the plant was safe.\n\n"
        + "Later the mayor realized that the budget was short by $2 million.\n\n"
        + "“The figures are wrong,” the senator protested.\n");
    List<Quote> quotes = article.quotes();
    assertEquals(4, quotes.size());
    String text = article.article().text();
    assertEquals("affirmed", quotes.get(0).cue().of(text));
    assertEquals("Governor Jane Doe", of(article, quotes.get(0), true));
    assertEquals("that the state would not raise taxes", of(article, quotes.get(0), false));
    assertEquals("The union", of(article, quotes.get(1), true));
    assertEquals("that the plant was safe", of(article, quotes.get(1), false));
    assertEquals("the mayor", of(article, quotes.get(2), true));
    assertEquals("that the budget was short by $2 million", of(article, quotes.get(2), false));
    assertEquals("protested", quotes.get(3).cue().of(text));
    assertEquals("the senator", of(article, quotes.get(3), true));
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nOn Monday, Senator Jane Doe criticised the plan, saying it would cost too much.\n");
    // "criticised" is a cue of its own too ("criticise" is in en/wordnet_cue_verbs.txt), as "criticized" is.
    Quote quote = withCue(article, "saying");
    assertEquals("Senator Jane Doe", of(article, quote, true));
    assertEquals("it would cost too much", of(article, quote, false));
  }

  @Test
  void aHeadlineNameAndColonAttributeTheClaim() {
    AnalyzedArticle article = analyze("Graham: Trump Rhetoric Destroying the Party's Chance to Win\n\nThe senator spoke on Thursday.\n");
    Quote quote = article.quotes().get(0);
    assertEquals(":", quote.cue().of(article.article().text()));
    assertEquals("Graham", of(article, quote, true));
    assertEquals("Trump Rhetoric Destroying the Party's Chance to Win", of(article, quote, false));
  }

  @Test
  void aSpeakerKeepsOneIdentityAndAnInstitutionOutranksItsProgram() {
    AnalyzedArticle article = analyze("Headline\n\n“We are watching,” Lopez said on Monday.\n\n"
        + "Maria Lopez, managing director of the Asia Program at the Atlantic Council, said the talks had failed.\n");
    Speaker expected = new Speaker("Maria Lopez", "managing director", "Atlantic Council", SpeakerKind.PERSON);
    assertEquals(2, article.quotes().size());
    article.quotes().forEach(q -> assertEquals(expected, q.speaker()));
  }

  @Test
  void aClauseAfterTheCueIsTheContentEvenAfterAnOpeningClause() {
    AnalyzedArticle article = analyze("Headline\n\nAsked whether the talks would resume, Maria Lopez said she was not sure.\n\n"
        + "The minister however said the border would stay closed.\n\nTroops were sent to the border, the ministry said.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("whether the talks would resume", of(article, quotes.get(0), false), "the question is an attribution of its own");
    assertEquals("she was not sure", of(article, quotes.get(1), false));
    assertEquals("The minister", of(article, quotes.get(2), true), "an adverb between source and cue");
    assertEquals("the border would stay closed", of(article, quotes.get(2), false));
    assertEquals("Troops were sent to the border", of(article, quotes.get(3), false), "with nothing after the cue, the clause before it");
  }

  @Test
  void aParticipleAfterTheCueLeavesTheOpeningClauseItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe army has sent 4,000 troops to the border, the ministry said, adding that more would follow.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("The army has sent 4,000 troops to the border", of(article, quotes.get(0), false));
    assertEquals("the ministry", of(article, quotes.get(0), true));
    assertEquals("that more would follow", of(article, quotes.get(1), false));
  }

  @Test
  void aQuotationAfterAParaphraseIsTheSameSpeakers() {
    AnalyzedArticle article = analyze("Headline\n\nThe plan is unchanged, Maria Lopez said. “We hope the talks resume soon.”\n");
    Quote quote = article.quotes().get(0);
    assertEquals("The plan is unchanged | “We hope the talks resume soon.”", of(article, quote, false));
    assertEquals("Maria Lopez", quote.speaker().name());
  }

  @Test
  void aQuotationSignedWithADashAndAName() {
    AnalyzedArticle article = analyze("Headline\n\n“We will win this state by a wide margin.” — Maria Lopez, campaign manager\n");
    Quote quote = article.quotes().get(0);
    assertEquals("—", quote.cue().of(article.article().text()));
    assertEquals(new Speaker("Maria Lopez", "campaign manager", null, SpeakerKind.PERSON), quote.speaker());
  }

  @Test
  void aQuotationSignedWithAHorizontalBar() {
    AnalyzedArticle article = analyze("Headline\n\n“We will win this state by a wide margin.” ― Maria Lopez, campaign manager\n");
    Quote quote = article.quotes().get(0);
    assertEquals("―", quote.cue().of(article.article().text()));
    assertEquals("Maria Lopez", quote.speaker().name());
  }

  @Test
  void aQuotationSignedWithAnyDashOfUnicodesDashPunctuation() {
    AnalyzedArticle article = analyze("Headline\n\n“We will win this state by a wide margin.” \u2012 Maria Lopez, campaign manager\n");
    Quote quote = article.quotes().get(0);
    assertEquals("\u2012", quote.cue().of(article.article().text()));
    assertEquals("Maria Lopez", quote.speaker().name());
  }

  @Test
  void theCueRunsFromTheSourceOverAuxiliariesAndAdverbsAndTakesTheColon() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Lopez has also said that the talks had failed.\n\n"
        + "Cruz said: “You look at the questions, and they are silly.”\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals("has also said", quotes.get(0).cue().of(text));
    assertEquals("said:", quotes.get(1).cue().of(text));
    assertEquals("“You look at the questions, and they are silly.”", of(article, quotes.get(1), false));
  }

  @Test
  void theContentOpensAtThatAfterAPhraseWithoutAVerb() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Lopez said at a news conference last week that she would run for governor.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("said", quote.cue().of(article.article().text()));
    assertEquals("that she would run for governor", of(article, quote, false));
  }

  @Test
  void aPrepositionTheVerbTakesBelongsToTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nSenator Jane Doe called for a ban on assault weapons.\n\n"
        + "Mr. Morrison was referring to reports that the company had used undocumented workers.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals("called for", quotes.get(0).cue().of(text));
    assertEquals("a ban on assault weapons", of(article, quotes.get(0), false));
    assertEquals("was referring to", quotes.get(1).cue().of(text));
    assertEquals("reports that the company had used undocumented workers", of(article, quotes.get(1), false));
  }

  @Test
  void theContentEndsWhereAnotherClauseJoinsIt() {
    AnalyzedArticle article = analyze("Headline\n\nSenator Jane Doe said the plan would fail, but the committee approved it.\n\n"
        + "Trump called Cruz a hypocrite, linking to a story about the senator.\n\n"
        + "Maria Lopez had opposed a similar bill in 2007 and once again voted against it.\n\n"
        + "John Smith said the deal was dead, and he left the room.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("the plan would fail", of(article, quotes.get(0), false));
    assertEquals("Cruz a hypocrite", of(article, quotes.get(1), false));
    assertEquals("a similar bill in 2007", of(article, quotes.get(2), false));
    assertEquals("the deal was dead", of(article, quotes.get(3), false));
  }

  @Test
  void aSecondVerbAfterButEndsAContentWithNoClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe council member praised the new library budget but voted against it on Monday.\n\n"
        + "The union backs the pension reform, but also warned of strikes in the spring.\n");
    assertEquals("the new library budget", of(article, withCue(article, "praised"), false));
    assertEquals("the pension reform", of(article, withCue(article, "backs"), false));
  }

  @Test
  void aCommaBeforeAndWithTheSourcesSecondVerbStaysOutOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe treasurer called the new audit fair, and promised to publish it in March.\n\n"
        + "The chef praised the harbor market — and then opened a stall there himself.\n");
    assertEquals("the new audit fair", of(article, withCue(article, "called"), false));
    assertEquals("the harbor market —", of(article, withCue(article, "praised"), false), "a dash before the \"and\" stays");
  }

  @Test
  void aLongSubjectAndItsVerbAfterAndOpenTheWritersClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor praised the new harbor plan, and the cost of the dredging work alarmed the council.\n\n"
        + "The engineer said the dock was safe, and that the old pier beside the ferry terminal would be rebuilt.\n");
    assertEquals("the new harbor plan", of(article, withCue(article, "praised"), false));
    assertEquals("the dock was safe, and that the old pier beside the ferry terminal would be rebuilt", of(article, withCue(article, "said"), false),
        "\"and that\" goes on with a second reported clause");
  }

  @Test
  void aPossessiveOrANumberAfterAndOpensTheWritersClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator opposes the toll road plan, and her own brother runs the quarry beside it.\n\n"
        + "The union backs the stadium deal, and two of its leaders own land near the site.\n");
    assertEquals("the toll road plan", of(article, withCue(article, "opposes"), false));
    assertEquals("the stadium deal", of(article, withCue(article, "backs"), false));
  }

  @Test
  void aSecondThatClauseAfterButGoesOnWithTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the city would repave the bridge this summer, but that the tolls would stay in place.\n\n"
        + "The governor said the budget was balanced, but that report was never published.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("the city would repave the bridge this summer, but that the tolls would stay in place", of(article, quotes.get(0), false));
    assertEquals("the budget was balanced", of(article, quotes.get(1), false));
  }

  @Test
  void aVerbStraightAfterButSharesTheReportedClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe auditor said the new contract is not good for the town, but will make the builder rich.\n\n"
        + "The coach praised the new stadium, but had doubts about the lease.\n\n"
        + "The pollster said the race was tight, but could it last until November?\n");
    List<Quote> quotes = article.quotes();
    assertEquals("the new contract is not good for the town, but will make the builder rich", of(article, quotes.get(0), false));
    assertEquals("the new stadium", of(article, quotes.get(1), false), "after an object with no clause the verb is the source's own");
    assertEquals("the race was tight", of(article, allWithCue(article, "said").get(1), false), "an auxiliary before a pronoun puts a question");
  }

  @Test
  void anAbbreviationEndingTheSentenceKeepsItsDot() {
    AnalyzedArticle article = analyze("Headline\n\nThe minister said the talks would resume at 9 a.m.\n\n"
        + "The senator said the company had moved its offices to Washington, D.C.\n\n"
        + "The clerk said the form was posted on cityhall.gov.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("the talks would resume at 9 a.m.", of(article, quotes.get(0), false));
    assertEquals("the company had moved its offices to Washington, D.C.", of(article, quotes.get(1), false));
    assertEquals("the form was posted on cityhall.gov", of(article, quotes.get(2), false), "a web address is no abbreviation");
  }

  @Test
  void aNounPhraseJudgingTheReportedClauseEndsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the city would close three branch libraries this year, a move that angered parents.\n\n"
        + "The senator said she backed the governor's signature law, the Clean Water Act.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("the city would close three branch libraries this year", of(article, quotes.get(0), false));
    assertEquals("she backed the governor's signature law, the Clean Water Act", of(article, quotes.get(1), false));
  }

  @Test
  void aSecondVerbOfTheSubjectIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe Arizona Republican survived five years in a Vietnamese prison and says such techniques are inhumane.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("The Arizona Republican", of(article, quote, true));
    assertEquals("says", quote.cue().of(article.article().text()));
    assertEquals("such techniques are inhumane", of(article, quote, false));
  }

  @Test
  void aQuotationOpeningTheNextSentenceOrParagraphContinuesTheContent() {
    AnalyzedArticle article = analyze("Headline\n\n“This is a worldwide fight,” Maria Lopez said on Thursday during a speech at the "
        + "Council on Foreign Relations in New York. “We must lead it.”\n\n“And we will win it.”\n");
    Quote quote = article.quotes().get(0);
    assertEquals(1, article.quotes().size());
    assertEquals("“This is a worldwide fight,” | “We must lead it.” | “And we will win it.”", of(article, quote, false));
  }

  @Test
  void aNameWithALongDescriptionBeforeTheCueIsTheSource() {
    assertFirstQuote("Headline\n\nLopez-Cantera, a Republican and former state legislator who became lieutenant governor "
        + "in 2014, said the block grants should be based on population.\n",
        "Lopez-Cantera, a Republican and former state legislator who became lieutenant governor in 2014,",
        "the block grants should be based on population");
  }

  @Test
  void aReportingClauseBetweenSubjectAndVerbSplitsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nAny attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless.\n\n"
        + "The implication, according to the Sanders aide, is that Clinton cheated.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("Any attempt to debunk a falsehood by Mr. Trump | becomes hopeless", of(article, quotes.get(0), false));
    assertEquals("The implication | is that Clinton cheated", of(article, quotes.get(1), false));
    AnalyzedArticle because = analyze("Headline\n\nThe effects are difficult to predict, economists say, because there is little precedent.\n");
    assertEquals("The effects are difficult to predict | because there is little precedent", of(because, because.quotes().get(0), false));
    assertEquals("the Sanders aide", of(article, quotes.get(1), true));
  }

  @Test
  void aViewSetOffAfterInVouchesForItsClauseAsAccordingToDoes() {
    AnalyzedArticle article = analyze("Headline\n\nIn their view, the city should build the new library downtown.\n\n"
        + "The cheapest option, in the auditor's view, would be a new bus line.\n\n"
        + "In my honest opinion, the stadium will never be finished.\n");
    List<Quote> views = allWithCue(article, "view");
    assertEquals(2, views.size());
    assertEquals("their", of(article, views.get(0), true));
    assertEquals("the city should build the new library downtown", of(article, views.get(0), false));
    assertEquals("the auditor's", of(article, views.get(1), true));
    assertEquals("The cheapest option | would be a new bus line", of(article, views.get(1), false));
    assertEquals("my", of(article, withCue(article, "honest opinion"), true));
    AnalyzedArticle inside = analyze("Headline\n\nThe mayor says the audit was handled fairly in his view.\n");
    assertEquals(List.of(), allWithCue(inside, "view"), "a view that closes its clause lies in another's content");
  }

  @Test
  void quantifiedPronounsReflexivesAndBracketedPartiesBelongToTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nMost of them said they had loved working for Carrier.\n\n"
        + "Ford itself said the deal was on.\n\nRep. Gregory Meeks (D-N.Y.) said Clinton had reassured them.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("Most of them", of(article, quotes.get(0), true));
    assertEquals("Ford itself", of(article, quotes.get(1), true));
    assertEquals("Rep. Gregory Meeks (D-N.Y.)", of(article, quotes.get(2), true));
    assertEquals("Gregory Meeks", quotes.get(2).speaker().name());
  }

  @Test
  void seemingAndBeingExpectedAreAttributionsWithoutASource() {
    AnalyzedArticle article = analyze("Headline\n\nThe rise of Donald Trump propelled that increase, but Sanders seemed to reap the benefits.\n\n"
        + "She is widely expected to continue her appearances on the morning show.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    Quote seemed = quotes.stream().filter(q -> q.cue().of(text).equals("seemed")).findFirst().orElseThrow();
    assertEquals(null, seemed.source());
    assertEquals("Sanders | to reap the benefits", of(article, seemed, false));
    Quote expected = quotes.stream().filter(q -> q.cue().of(text).equals("is widely expected")).findFirst().orElseThrow();
    assertEquals("She | to continue her appearances on the morning show", of(article, expected, false));
  }

  @Test
  void aConnectiveAndBracketsDoNotHideADescribedSource() {
    AnalyzedArticle article = analyze("Headline\n\nAnd Rep. Elijah Cummings (D-Md.), chair of the platform committee, said "
        + "Clinton did not appear concerned.\n");
    Quote quote = withCue(article, "said");
    assertEquals("Rep. Elijah Cummings (D-Md.), chair of the platform committee,", of(article, quote, true));
    assertEquals("Clinton did not appear concerned", of(article, quote, false));
  }

  @Test
  void anOpeningMarkLeftAtASentenceEndStaysOutOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nMr. Sanders said he hoped it would change in the future. ''Some three million "
        + "New Yorkers were unable to vote today,'' he said.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("he hoped it would change in the future", of(article, quote, false));
  }

  @Test
  void aParticipleFindsASubjectAfterOpeningPhrasesOrWithADescription() {
    AnalyzedArticle article = analyze("Headline\n\nAt a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, "
        + "saying that she would make an outstanding president.\n\n"
        + "Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on the right to bear arms.\n");
    List<Quote> saying = allWithCue(article, "saying");
    assertEquals("Senator Bernie Sanders", of(article, saying.get(0), true));
    assertEquals("Republicans, who hold a majority in the Senate,", of(article, saying.get(1), true));
  }

  @Test
  void aPossessiveOrAPronounInsideTheSourceKeepsItWhole() {
    AnalyzedArticle article = analyze("Headline\n\nBloomberg's pollster, Douglas Schoen, says his man has the money.\n\n"
        + "Cruz will be rethinking his approach, a source close to him said.\n");
    List<Quote> quotes = article.quotes();
    assertEquals("Bloomberg's pollster, Douglas Schoen,", of(article, quotes.get(0), true));
    assertEquals("his man has the money", of(article, quotes.get(0), false));
    assertEquals("a source close to him", of(article, quotes.get(1), true));
  }

  @Test
  void aParticipleAfterByAndADescribedSubjectBeforeAnObject() {
    AnalyzedArticle article = analyze("Headline\n\nObama punctuated his list by saying “Too many.”\n\n"
        + "Stuart Stevens, who served as Mitt Romney's chief strategist in 2012, called Trump's statements on Sunday \"childish.\"\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    Quote saying = quotes.stream().filter(q -> q.cue().of(text).equals("saying")).findFirst().orElseThrow();
    assertEquals("Obama", of(article, saying, true));
    assertEquals("“Too many.”", of(article, saying, false));
    Quote called = quotes.stream().filter(q -> q.cue().of(text).equals("called")).findFirst().orElseThrow();
    assertEquals("Stuart Stevens, who served as Mitt Romney's chief strategist in 2012,", of(article, called, true));
    assertEquals("Trump's statements on Sunday \"childish.\"", of(article, called, false));
  }

  @Test
  void aSubordinateClauseBeforeTheSourceOnlySetsTheScene() {
    AnalyzedArticle article = analyze("Headline\n\nAs voters went to the polls earlier in the day, Mr. Sanders accused Clinton allies "
        + "of treating him unfairly.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("Mr. Sanders", of(article, quote, true));
    assertTrue(of(article, quote, false).startsWith("Clinton allies"), of(article, quote, false));
  }

  @Test
  void theSubjectOfAPassiveCueIsSpokenAboutAndNoSource() {
    AnalyzedArticle article = analyze("Headline\n\nMr. Reagan was criticized for trading a guilty person for an innocent one.\n");
    Quote quote = article.quotes().get(0);
    assertEquals("was criticized for", quote.cue().of(article.article().text()));
    assertEquals(null, quote.source());
    assertEquals("Mr. Reagan | trading a guilty person for an innocent one", of(article, quote, false));
  }

  @Test
  void aCoordinatedClauseWithItsOwnCueEndsTheContentBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nMs. Chen said the company would appeal the fine, while her lawyers argued that the ruling "
        + "was flawed.\n\nThe mayor says the budget gap came from falling tax receipts and says she has asked the council for new revenue.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(4, quotes.size(), quotes.stream().map(q -> q.cue().of(text) + ": " + of(article, q, false)).toList().toString());
    assertEquals("the company would appeal the fine", of(article, quotes.get(0), false));
    Quote argued = quotes.stream().filter(q -> q.cue().of(text).equals("argued")).findFirst().orElseThrow();
    assertEquals("her lawyers", of(article, argued, true));
    assertEquals("that the ruling was flawed", of(article, argued, false));
    assertEquals("the budget gap came from falling tax receipts", of(article, quotes.get(2), false));
    assertEquals("The mayor", of(article, quotes.get(3), true));
    assertEquals("she has asked the council for new revenue", of(article, quotes.get(3), false));
  }

  @Test
  void aVerbOrAdjectiveTakingTheInfinitiveBelongsToTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator went on to say that the bill would fail in the House.\n\n"
        + "Farmers in the county were far more likely to support the governor.\n\nIt is easy to criticize the new budget.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size(), quotes.stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("The senator", of(article, quotes.get(0), true));
    assertEquals("went on to say", quotes.get(0).cue().of(text));
    assertEquals("that the bill would fail in the House", of(article, quotes.get(0), false));
    assertEquals("Farmers in the county", of(article, quotes.get(1), true));
    assertEquals("were far more likely to support", quotes.get(1).cue().of(text));
    assertEquals("the governor", of(article, quotes.get(1), false));
  }

  @Test
  void anInfinitiveTakerThatOpensTheSentenceHasNoSubjectToSpeak() {
    // The taker's subject is looked for before it, where there is nothing but adverbs.
    AnalyzedArticle article = analyze("Headline\n\nToo politically brittle to defend himself when challenged? He is still old.\n");
    assertEquals(List.of(), article.quotes().stream().map(q -> q.cue().of(article.article().text())).toList());
  }

  @Test
  void aQuestionPutToTheSpeakerIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nAsked whether the plant would close, the manager said no decision had been made.\n\n"
        + "When asked by a reporter about the strike, the mayor declined to comment.\n");
    String text = article.article().text();
    List<Quote> asked = allWithCue(article, "asked");
    assertEquals(2, asked.size(), article.quotes().stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals(null, asked.get(0).source());
    assertEquals("whether the plant would close", of(article, asked.get(0), false));
    assertEquals("a reporter", of(article, asked.get(1), true));
    assertEquals("about the strike", of(article, asked.get(1), false));
    Quote said = withCue(article, "said");
    assertEquals("no decision had been made", of(article, said, false));
  }

  @Test
  void whereAndWhenAQuestionWasPutStandOutsideIt() {
    AnalyzedArticle article = analyze("Headline\n\nAsked on Monday whether the plant would close, the manager said no decision had been made.\n\n"
        + "Asked at a town hall in Dayton recently about the tariffs, the senator said she had not read the plan.\n");
    String text = article.article().text();
    List<Quote> asked = allWithCue(article, "asked");
    assertEquals(2, asked.size(), article.quotes().stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("whether the plant would close", of(article, asked.get(0), false));
    assertEquals("about the tariffs", of(article, asked.get(1), false));
    List<Quote> said = allWithCue(article, "said");
    assertEquals("no decision had been made", of(article, said.get(0), false));
    assertEquals("she had not read the plan", of(article, said.get(1), false));
  }

  @Test
  void aSecondVerbAfterButOrAParticipleAfterBeforeSpeaksForTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor praised the firefighters but said the inquiry would go on.\n\n"
        + "The senator ended her speech before warning that the deficit would grow.\n");
    Quote said = withCue(article, "said");
    assertEquals("The governor", of(article, said, true));
    assertEquals("the inquiry would go on", of(article, said, false));
    Quote warning = withCue(article, "warning");
    assertEquals("The senator", of(article, warning, true));
    assertEquals("that the deficit would grow", of(article, warning, false));
  }

  @Test
  void rarerVerbsOfJudgementAndTheirPrepositionsAreCues() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor bemoaned the state of the city's roads.\n\n"
        + "Two former colleagues vouched for the nominee's judgment.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size());
    assertEquals("The mayor", of(article, quotes.get(0), true));
    assertEquals("the state of the city's roads", of(article, quotes.get(0), false));
    assertEquals("vouched for", quotes.get(1).cue().of(text));
    assertEquals("the nominee's judgment", of(article, quotes.get(1), false));
  }

  @Test
  void aNounOfSayingBeforeThatIsACueAndItsHolderTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe strike began after the union's claim that wages had fallen.\n\n"
        + "The treasurer shared her belief that the fund would recover.\n\nThere is growing speculation that the mill will close.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(3, quotes.size(), quotes.stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("the union's", of(article, quotes.get(0), true));
    assertEquals("claim", quotes.get(0).cue().of(text));
    assertEquals("that wages had fallen", of(article, quotes.get(0), false));
    assertEquals("The treasurer", of(article, quotes.get(1), true));
    assertEquals("that the fund would recover", of(article, quotes.get(1), false));
    assertEquals(null, quotes.get(2).source());
    assertEquals("speculation", quotes.get(2).cue().of(text));
  }

  @Test
  void theVerbBeforeAHeldNounOfSayingOpensTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor has often shared his belief that the tax cut will pay for itself.\n");
    Quote quote = article.quotes().get(0);
    String text = article.article().text();
    assertEquals("The governor", of(article, quote, true));
    assertEquals("has often shared his belief", quote.cue().of(text));
    assertEquals("that the tax cut will pay for itself", of(article, quote, false));
  }

  @Test
  void rumorsAndAPointMadeAreNounsOfSaying() {
    AnalyzedArticle article = analyze("Headline\n\nThe auditor also made the point that the pension fund had lost money for three years.\n\n"
        + "The market was full of rumors that a rival bank would bid for the lender.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size(), quotes.stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("The auditor", of(article, quotes.get(0), true));
    assertEquals("also made the point", quotes.get(0).cue().of(text));
    assertEquals("that the pension fund had lost money for three years", of(article, quotes.get(0), false));
    assertEquals("rumors", quotes.get(1).cue().of(text));
    assertEquals("that a rival bank would bid for the lender", of(article, quotes.get(1), false));
  }

  @Test
  void aSubjectSaidToBeASupporterOrCriticOfSomethingSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe county treasurer has long been a vocal critic of the stadium deal.\n\n"
        + "The union remains one of the earliest supporters of the mayor.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size(), quotes.stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("The county treasurer", of(article, quotes.get(0), true));
    assertEquals("has long been a vocal critic of", quotes.get(0).cue().of(text));
    assertEquals("the stadium deal", of(article, quotes.get(0), false));
    assertEquals("The union", of(article, quotes.get(1), true));
    assertEquals("remains one of the earliest supporters of", quotes.get(1).cue().of(text));
    assertEquals("the mayor", of(article, quotes.get(1), false));
  }

  @Test
  void aHeldNounOfSayingThatACopulaStatesIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator's answer was that the budget could not wait another year.\n\n"
        + "Their biggest fear is that the plant will close before the election.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size(), quotes.stream().map(q -> q.cue().of(text)).toList().toString());
    assertEquals("The senator's", of(article, quotes.get(0), true));
    assertEquals("answer was", quotes.get(0).cue().of(text));
    assertEquals("that the budget could not wait another year", of(article, quotes.get(0), false));
    assertEquals("Their", of(article, quotes.get(1), true));
    assertEquals("biggest fear is", quotes.get(1).cue().of(text));
    assertEquals("that the plant will close before the election", of(article, quotes.get(1), false));
  }

  @Test
  void anUnheldNounOfSayingThatACopulaStatesIsAnUnsourcedCue() {
    AnalyzedArticle article = analyze("Headline\n\nAnother complaint is that the buses to the clinic run only twice a day.\n\n"
        + "The hope has been that the new bridge would bring shoppers back downtown.\n\n"
        + "The official narrative will be that the mayor saved the library from closing.\n");
    String text = article.article().text();
    Quote complaint = withCue(article, "Another complaint is");
    assertNull(complaint.source());
    assertEquals("that the buses to the clinic run only twice a day", of(article, complaint, false));
    Quote hope = withCue(article, "The hope has been");
    assertNull(hope.source());
    assertEquals("that the new bridge would bring shoppers back downtown", of(article, hope, false));
    assertTrue(article.quotes().stream().noneMatch(q -> q.cue().of(text).contains("narrative")), "a modal names a view no one holds yet");
  }

  @Test
  void aTimeBetweenAHeldNounOfSayingAndItsCopulaCutsTheCueAtTheNoun() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor's argument on Monday was that the new tax would pay for itself.\n\n"
        + "One of the coach's favorite talking points during the season is that defense wins championships.\n");
    Quote argument = withCue(article, "argument");
    assertEquals("The governor's", of(article, argument, true));
    assertEquals("that the new tax would pay for itself", of(article, argument, false));
    Quote points = withCue(article, "favorite talking points");
    assertEquals("the coach's", of(article, points, true));
    assertEquals("that defense wins championships", of(article, points, false));
  }

  @Test
  void theOneWhoseEndorsementIsWonSpeaksForTheWinner() {
    AnalyzedArticle article = analyze("Headline\n\nEarlier this week the mayor won the endorsement of the city's largest teachers union.\n");
    Quote quote = article.quotes().get(0);
    String text = article.article().text();
    assertEquals("the city's largest teachers union", of(article, quote, true));
    assertEquals("won the endorsement", quote.cue().of(text));
    assertEquals("the mayor", of(article, quote, false));
  }

  @Test
  void theOneWhoseSupportIsHeldSpeaksForTheHolder() {
    AnalyzedArticle article = analyze("Headline\n\nThe new tax plan has the support of most city council members.\n");
    Quote quote = article.quotes().get(0);
    String text = article.article().text();
    assertEquals("most city council members", of(article, quote, true));
    assertEquals("has the support of", quote.cue().of(text));
    assertEquals("The new tax plan", of(article, quote, false));
  }

  @Test
  void aPollThatAFindingIsReadInIsItsSource() {
    AnalyzedArticle article = analyze("Headline\n\nIn the latest county survey, conducted in March, 40 percent of residents backed the plan.\n\n"
        + "The mayor leads by nine points in the Tribune poll.\n\nThe senator has slipped in the polls.\n");
    List<Quote> quotes = article.quotes();
    String text = article.article().text();
    assertEquals(2, quotes.size(), quotes.stream().map(q -> q.cue().of(text) + ": " + of(article, q, false)).toList().toString());
    assertEquals("the latest county survey, conducted in March,", of(article, quotes.get(0), true));
    assertEquals("40 percent of residents backed the plan", of(article, quotes.get(0), false));
    assertEquals("the Tribune poll", of(article, quotes.get(1), true));
    assertEquals("The mayor leads by nine points", of(article, quotes.get(1), false));
  }

  @Test
  void wordsWithoutAVerbBeforeAQuotationStayOutOfTheContent() {
    assertFirstQuote("Headline\n\nThe governor said in a radio interview on Monday, “We will not raise taxes this year.”\n",
        "The governor", "“We will not raise taxes this year.”");
  }

  @Test
  void aParticipleAfterItsNounIsPassiveAndAVerbAfterAnAuxiliaryIsNoSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe ministry has shipped thousands of crates believed to hold shells.\n");
    Quote quote = article.quotes().get(0);
    assertEquals(null, quote.source(), "the crates are spoken about, and \"shipped\" is no speaker");
    assertEquals("believed", quote.cue().of(article.article().text()));
  }

  @Test
  void verblessContentOpeningWithAPrepositionOrAddingThingsIsNoAttribution() {
    // "The story was first reported by the local paper" is PassiveAgent's: the paper speaks.
    for (String text : List.of(
        "Headline\n\nHer correspondent reported from the capital for a decade.\n",
        "Headline\n\nThe victory is adding to her lead over the governor.\n")) {
      assertTrue(analyze(text).quotes().isEmpty(), text);
    }
    AnalyzedArticle about = analyze("Headline\n\nThe senator talked about the economy.\n");
    assertEquals("the economy", of(about, about.quotes().get(0), false), "\"about\" opens what is said");
  }

  @Test
  void aRecipientBeforeTheContentAndAnOfficialOfAPlace() {
    AnalyzedArticle article = analyze("Headline\n\nA US official told the newspaper a large number of troops had been killed.\n");
    Quote quote = article.quotes().get(0);
    String text = article.article().text();
    assertEquals("the newspaper", quote.recipient().of(text));
    assertEquals("a large number of troops had been killed", of(article, quote, false));
    assertEquals(new Speaker(null, "official", "United States", SpeakerKind.UNKNOWN), quote.speaker(),
        "an official of the United States speaks, not the country");
  }

  @Test
  void anInvertedClausesSourceKeepsItsDescriptionToTheSentencesEnd() {
    AnalyzedArticle article = analyze("Headline\n\n“The bridge will not open this year,” said Ana Ruiz, an engineer with the county who has studied the plans.\n\n"
        + "“We will appeal,” said Tom Hale, a farmer who said he would sell the land.\n");
    String text = article.article().text();
    Quote ruiz = article.quotes().get(0);
    assertEquals("Ana Ruiz, an engineer with the county who has studied the plans", of(article, ruiz, true));
    assertEquals("Ana Ruiz", ruiz.speaker().name());
    Quote hale = article.quotes().stream().filter(q -> q.content().get(0).of(text).startsWith("“We")).findFirst().orElseThrow();
    assertEquals("Tom Hale, a farmer", of(article, hale, true), "a relative clause with its own cue is an attribution of its own");
  }

  @Test
  void aParticipleAfterAReportingClauseWithAnAdjunctSpeaksForItsSource() {
    AnalyzedArticle article = analyze("Headline\n\n“The count was rigged,” the mayor said on Tuesday, referring to the council's ballot.\n");
    Quote referring = withCue(article, "referring to");
    assertEquals("the mayor", of(article, referring, true));
    assertEquals("the council's ballot", of(article, referring, false));
  }

  @Test
  void aCueInAClauseASubordinatorOpensEndsItsContentWithTheClause() {
    assertFirstQuote("Headline\n\nWhile the governor said the budget was balanced, the state ran a deficit of two million dollars.\n",
        "the governor", "the budget was balanced");
  }

  @Test
  void theWhatThatOpensTheCuesClauseIsAFragmentOfTheContent() {
    assertFirstQuote("Headline\n\nThe council adopted what the mayor called a fair plan.\n",
        "the mayor", "what | a fair plan");
  }

  @Test
  void aParticipleSpeaksForASubjectWithBracketsAnAppositiveOrAnOpeningConnective() {
    AnalyzedArticle article = analyze("Headline\n\nSen. Ann Reyes (D-Ore.) voted for the budget, saying the cuts were fair.\n\n"
        + "Tom Hale, a farmer from Ohio, visited the site, saying the river had flooded twice.\n\n"
        + "But the mayor signed the order, saying it would cut costs.\n");
    List<Quote> saying = allWithCue(article, "saying");
    assertEquals(3, saying.size());
    assertEquals("Sen. Ann Reyes (D-Ore.)", of(article, saying.get(0), true));
    assertEquals("the cuts were fair", of(article, saying.get(0), false));
    assertEquals("Tom Hale, a farmer from Ohio,", of(article, saying.get(1), true), "PolNeAR's source keeps the closing comma");
    assertEquals("the mayor", of(article, saying.get(2), true));
  }

  @Test
  void aCapitalisedAdjectiveBeforeACueIsANameTheTaggerMissed() {
    AnalyzedArticle article = analyze("Headline\n\nDevine said the campaign would go on.\n\n"
        + "Blackwell argued that the party had lost its way.\n");
    assertEquals(2, article.quotes().size());
    assertEquals("Devine", of(article, article.quotes().get(0), true));
    assertEquals("the campaign would go on", of(article, article.quotes().get(0), false));
    assertEquals("Blackwell", of(article, article.quotes().get(1), true));
  }

  @Test
  void aRelativeWhoAfterAnInvertedClauseTakesNoContentBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\n“We will not give up,” said Tom Hale, who admitted the plan had failed.\n");
    Quote said = withCue(article, "said");
    assertEquals("Tom Hale", of(article, said, true));
    assertEquals("“We will not give up,”", of(article, said, false));
    Quote admitted = withCue(article, "admitted");
    assertEquals("the plan had failed", of(article, admitted, false));
  }

  @Test
  void aQuotationAfterARelativeClauseAtTheEndOfALongDescriptionGoesOnWithTheSpeaker() {
    AnalyzedArticle article = analyze("Headline\n\n\"We waited two hours to vote,\" said Mara Lind, 31, from Dover, who said the lines were too long. "
        + "\"Nobody should have to do that.\"\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals(2, said.size());
    assertEquals("Mara Lind, 31,", of(article, said.get(0), true));
    assertEquals("\"We waited two hours to vote,\" | \"Nobody should have to do that.\"", of(article, said.get(0), false));
    assertEquals("the lines were too long", of(article, said.get(1), false));
  }

  @Test
  void aSecondVerbSpeaksForTheSubjectOfTheVerbItIsJoinedTo() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor, though she praised the plan and said it would pass, voted against it.\n");
    Quote said = withCue(article, "said");
    assertEquals("she", of(article, said, true));
    assertEquals("it would pass", of(article, said, false));
  }

  @Test
  void aParticipleAfterTheSourcesNounDescribesItAndBelongsToTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nA survey conducted by the university found that most voters were undecided.\n\n"
        + "Officials speaking on condition of anonymity said the talks had stalled.\n");
    assertEquals(2, article.quotes().size());
    assertEquals("A survey conducted by the university", of(article, article.quotes().get(0), true));
    assertEquals("Officials speaking on condition of anonymity", of(article, article.quotes().get(1), true));
    assertEquals("the talks had stalled", of(article, article.quotes().get(1), false));
  }

  @Test
  void aWorkByItsAuthorSpeaksWithTheAuthor() {
    AnalyzedArticle article = analyze("Headline\n\nA survey by the state teachers union found that most schools lacked a nurse.\n\n"
        + "The review by two county auditors concluded that the fund had been drained.\n");
    assertEquals("A survey by the state teachers union", of(article, withCue(article, "found"), true));
    assertEquals("The review by two county auditors", of(article, withCue(article, "concluded"), true));
  }

  @Test
  void aParticipleAfterWhatWasSentOutSpeaksForTheSender() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor's office sent out a statement saying the bridge would reopen in May.\n");
    Quote saying = withCue(article, "sent out a statement saying");
    assertEquals("The mayor's office", of(article, saying, true));
    assertEquals("the bridge would reopen in May", of(article, saying, false));
  }

  @Test
  void aParticipleAfterAThingIssuedSpeaksForWhoeverPutItOut() {
    AnalyzedArticle article = analyze("Headline\n\nThe county board approved a resolution condemning the new tolls.\n\n"
        + "Two teachers unions are running ads praising the governor's budget.\n");
    assertEquals("The county board", of(article, withCue(article, "approved a resolution condemning"), true));
    assertEquals("Two teachers unions", of(article, withCue(article, "are running ads praising"), true));
  }

  @Test
  void aSeriesOfSpeakersSpeaksWhole() {
    AnalyzedArticle article = analyze("Headline\n\nFarmers, grocers and local bakers said the new market had doubled their sales.\n\n"
        + "In Ohio, Kasich and Cruz argued that the tariff would hurt steel towns.\n");
    assertEquals("Farmers, grocers and local bakers", of(article, withCue(article, "said"), true));
    assertEquals("Kasich and Cruz", of(article, withCue(article, "argued"), true));
  }

  @Test
  void theSubjectOfARelativeClauseWithoutThatSpeaksNotTheNounItDescribes() {
    AnalyzedArticle article = analyze("Headline\n\nThe council passed the kind of budget many residents believe will raise rents.\n");
    assertEquals("many residents", of(article, withCue(article, "believe"), true));
  }

  @Test
  void aGroupNamedByItsExamplesSpeaksWithThem() {
    AnalyzedArticle article = analyze("Headline\n\nWhile unions like the Teamsters argued that the merger would cut jobs, the board approved it.\n");
    assertEquals("unions like the Teamsters", of(article, withCue(article, "argued"), true));
  }

  @Test
  void whereAGroupStandsBelongsToTheGroupThatSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nAides close to the governor say the plan is dead.\n\n"
        + "Farmers across the valley complained that the new canal fees were too high.\n");
    assertEquals("Aides close to the governor", of(article, withCue(article, "say"), true));
    assertEquals("Farmers across the valley", of(article, withCue(article, "complained"), true));
  }

  @Test
  void aShareOutOfAWholeSpeaks() {
    assertFirstQuote("Headline\n\nNearly three out of four parents said the school day should start later.\n",
        "Nearly three out of four parents", "the school day should start later");
  }

  @Test
  void aTimeBetweenARelativePronounAndItsVerbIsNoSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator, who last year threatened to block the bill, voted for it on Friday.\n");
    assertEquals("who", of(article, withCue(article, "threatened"), true));
  }

  @Test
  void aPhraseOfTimeAfterTheAuxiliaryIsNoSource() {
    assertFirstQuote("Headline\n\nThe mayor's allies have in the past argued that the stadium would pay for itself.\n",
        "The mayor's allies", "that the stadium would pay for itself");
  }

  @Test
  void anAdverbOfPlaceAfterTheSubjectIsTheSubjects() {
    assertFirstQuote("Headline\n\nFarmers there say the drought has halved their harvest.\n",
        "Farmers there", "the drought has halved their harvest");
  }

  @Test
  void phrasesJoinedByNorOrAndEvenSpeakTogether() {
    AnalyzedArticle article = analyze("Headline\n\nNeither the mayor nor her deputies mentioned the strike.\n\n"
        + "Teachers and even some principals say the new schedule is unworkable.\n");
    assertEquals("Neither the mayor nor her deputies", of(article, withCue(article, "mentioned"), true));
    assertEquals("Teachers and even some principals", of(article, withCue(article, "say"), true));
  }

  @Test
  void anAdverbAfterAPossessorStaysInTheSource() {
    assertFirstQuote("Headline\n\nThe city's newly elected mayor said the budget would be balanced by June.\n",
        "The city's newly elected mayor", "the budget would be balanced by June");
  }

  @Test
  void aSurveyWithTheDayItCameOutSpeaks() {
    assertFirstQuote("Headline\n\nA county survey out Monday found that half of the wells were dry.\n",
        "A county survey out Monday", "that half of the wells were dry");
  }

  @Test
  void theStateOfAPlaceInAnInvertedSourcesDescriptionStays() {
    AnalyzedArticle article = analyze("Headline\n\n“The river is rising every spring,” said Dana Moreau, a farmer in Macon, Ga., who lost a barn to the flood.\n");
    assertEquals("Dana Moreau, a farmer in Macon, Ga., who lost a barn to the flood", of(article, withCue(article, "said"), true));
  }

  @Test
  void aParticipleAfterAnInvertedClauseWithATitledNameSpeaksForThatName() {
    AnalyzedArticle article = analyze("Headline\n\n“Let him decide,” said Vice President Joe Biden, urging his critics to wait.\n");
    Quote urging = withCue(article, "urging");
    assertEquals("Vice President Joe Biden", of(article, urging, true));
    assertEquals("his critics to wait", of(article, urging, false));
  }

  @Test
  void anOpeningPhraseBeforeADescribedNameStaysOutOfTheSource() {
    assertFirstQuote("Headline\n\nIn a statement, Tom Hale, a farmer from Ohio, said the river had flooded twice.\n",
        "Tom Hale, a farmer from Ohio,", "the river had flooded twice");
  }

  @Test
  void aParticipleThatOpensTheSentenceSpeaksForTheSubjectAfterItsComma() {
    assertFirstQuote("Headline\n\nAfter saying that the bridge was unsafe, the engineer closed the road.\n",
        "the engineer", "that the bridge was unsafe");
  }

  @Test
  void aTimeExpressionBetweenTheSubjectAndTheVerbIsNoPartOfTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe county sheriff on Tuesday said the bridge would stay closed.\n\n"
        + "Her deputies had late last week warned that the river was rising.\n");
    Quote said = withCue(article, "said");
    assertEquals("The county sheriff", of(article, said, true));
    assertEquals("the bridge would stay closed", of(article, said, false));
    assertEquals("Her deputies", of(article, withCue(article, "had late last week warned"), true));
  }

  @Test
  void anAsideAfterTheSourceStaysOutOfItAndADescriptionStaysIn() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator, however, said the vote would be close.\n\n"
        + "Maria Diaz, a nurse from Toledo, Ohio, speaking at the rally, said she had waited for hours.\n\n"
        + "Tom Reyes, of Dayton, said the plant would close.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals(3, said.size());
    assertEquals("The senator", of(article, said.get(0), true));
    assertEquals("Maria Diaz, a nurse from Toledo, Ohio,", of(article, said.get(1), true));
    assertEquals("Tom Reyes, of Dayton,", of(article, said.get(2), true));
  }

  @Test
  void aDatelineOrHeadlineBeforeADashIsNoPartOfTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nDENVER — Gov. Ana Ruiz said the budget was balanced.\n\n"
        + "WHY TURNOUT FELL - Paul Grant: “Voters stayed home because the weather was bad.”\n");
    assertEquals("Gov. Ana Ruiz", of(article, withCue(article, "said"), true));
    assertEquals("Paul Grant", of(article, withCue(article, ":"), true));
  }

  @Test
  void wordsThatQualifyAQuantityOrAGroupOpenTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nNearly half of the residents said the water tasted odd.\n\n"
        + "The most recent survey found that rents had doubled.\n\n"
        + "At least three officials believe the mayor will resign.\n");
    assertEquals("Nearly half of the residents", of(article, withCue(article, "said"), true));
    assertEquals("The most recent survey", of(article, withCue(article, "found"), true));
    assertEquals("At least three officials", of(article, withCue(article, "believe"), true));
  }

  @Test
  void theCommaClosingADescriptionAfterAnInvertedCueBelongsToTheSource() {
    AnalyzedArticle article = analyze("Headline\n\n“The tunnel will stay shut,” said Ana Ruiz, director of transit planning, noting that repairs "
        + "would take a month.\n\n“We are ready,” said Tom Hale, noting that the crews had trained.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Ana Ruiz, director of transit planning,", of(article, said.get(0), true));
    assertEquals("Tom Hale", of(article, said.get(1), true));
  }

  @Test
  void aCueThatIsNoFiniteVerbInsideADescriptionOnlyDescribesTheSource() {
    assertFirstQuote("Headline\n\n“We need more buses,” said Jeff Moore of Dayton, the only councilman to endorse the plan.\n",
        "Jeff Moore of Dayton, the only councilman to endorse the plan", "“We need more buses,”");
  }

  @Test
  void aDescriptionAfterAnInvertedCueMayOpenWithACommonNounOrAnAdverb() {
    AnalyzedArticle article = analyze("Headline\n\n“Count every ballot,” said Ann Lowe, now a columnist for the county weekly.\n\n"
        + "“Nobody reads the fine print,” said Jim Park, author of “The Small Print,” a history of contracts.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Ann Lowe, now a columnist for the county weekly", of(article, said.get(0), true));
    assertEquals("Jim Park, author of “The Small Print,” a history of contracts", of(article, said.get(1), true));
  }

  @Test
  void aRelativeClauseThatEndsBeforeTheCueBelongsToItsSource() {
    assertFirstQuote("Headline\n\nFarmers who attended the town meeting said the new road would split their fields.\n",
        "Farmers who attended the town meeting", "the new road would split their fields");
  }

  @Test
  void aRoleBeforeTheNameItIsGivenIsTheSourceBeforeTheCue() {
    assertFirstQuote("Headline\n\n“The dam is safe,” the county engineer, Rosa Lind, said on Monday.\n",
        "the county engineer, Rosa Lind,", "“The dam is safe,”");
  }

  @Test
  void aClosingMarkLeftAtASentencesHeadStaysOutOfTheClauseAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\n\"We will win this county. The voters are with us.\" "
        + "The mayor expects a close race, according to local reporters.\n");
    assertEquals("The mayor expects a close race", of(article, withCue(article, "according to"), false));
  }

  @Test
  void aConcessionOpeningTheSentenceStaysOutOfWhatThePollVouchesFor() {
    AnalyzedArticle article = analyze("Headline\n\nDespite a week of bad headlines, the governor still leads the field by nine points, "
        + "according to a county survey released Friday.\n\n"
        + "Though she trails in the suburbs, the mayor has gained ground downtown, according to the latest Harbor Ledger poll.\n");
    List<Quote> quotes = allWithCue(article, "according to");
    assertEquals("the governor still leads the field by nine points", of(article, quotes.get(0), false));
    assertEquals("the mayor has gained ground downtown", of(article, quotes.get(1), false));
  }

  @Test
  void earlyAtTheHeadOfASourceBeforeItsNounIsPartOfTheSource() {
    assertFirstQuote("Headline\n\nEarly results of a survey of harbor workers are showing that most of them want the pier rebuilt.\n",
        "Early results of a survey of harbor workers", "that most of them want the pier rebuilt");
  }

  @Test
  void aCapitalizedVerbInsideAPollsNameIsPartOfTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe Evening Consult poll showed that most commuters want a second bridge.\n");
    Quote quote = withCue(article, "showed");
    assertEquals("The Evening Consult poll", of(article, quote, true));
    assertEquals("that most commuters want a second bridge", of(article, quote, false));
  }

  @Test
  void aQuotationAfterTheReportingClauseInItsParagraphContinuesItDespiteALaterCue() {
    AnalyzedArticle article = analyze("Headline\n\n“It is a sad day,” Ramirez told the students waiting outside the public library in Denver. "
        + "“We lost a good teacher. She cared about every child.” Officials said the school would close on Friday.\n");
    assertEquals("“It is a sad day,” | “We lost a good teacher. She cared about every child.”", of(article, withCue(article, "told"), false));
    assertEquals("the school would close on Friday", of(article, withCue(article, "said"), false));
  }

  @Test
  void aQuestionPutInTheReportingClauseLeavesTheNextQuotationToTheSpeaker() {
    AnalyzedArticle article = analyze("Headline\n\n“The river has never been this low,” the farmer said when asked about the drought. "
        + "“We will lose half the corn this summer.”\n");
    assertEquals("“The river has never been this low,” | “We will lose half the corn this summer.”", of(article, withCue(article, "said"), false));
  }

  @Test
  void aClauseOfTimeInTheReportingClauseLeavesTheNextQuotationToTheSpeaker() {
    AnalyzedArticle article = analyze("Headline\n\n“We are ready for the storm,” the mayor said, shortly after the governor declared an emergency. "
        + "“Every shelter in the city is open tonight.”\n");
    assertEquals("“We are ready for the storm,” | “Every shelter in the city is open tonight.”", of(article, withCue(article, "said"), false));
  }

  @Test
  void aClauseOfTimeAfterTheCueLeavesTheQuotationBeforeAsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\n\"Nobody told us anything!\" Ramirez said as the council voted.\n\n"
        + "\"Where is the money?\" the treasurer asked on Monday when the audit came out.\n");
    assertEquals("\"Nobody told us anything!\"", of(article, withCue(article, "said"), false));
    Quote asked = withCue(article, "asked");
    assertEquals("the treasurer", of(article, asked, true));
    assertEquals("\"Where is the money?\"", of(article, asked, false));
  }

  @Test
  void aClauseAfterTheCueOutranksAQuotationWhoseClosingMarkOpensTheSentence() {
    AnalyzedArticle article = analyze("Headline\n\n\"Prices keep going up. Nobody in this town can afford rent.\" "
        + "Landlords say the costs of repairs have doubled.\n");
    assertEquals("the costs of repairs have doubled", of(article, withCue(article, "say"), false));
  }

  @Test
  void aClauseWhoseColonOpensAQuotationIntroducesItWhateverItsVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor stepped to the podium and thundered: “This city will rebuild.”\n\n"
        + "After the vote, her letter made a blunt case: “The budget cannot pass.”\n");
    Quote thundered = withCue(article, "thundered:");
    assertEquals("The mayor", of(article, thundered, true));
    assertEquals("“This city will rebuild.”", of(article, thundered, false));
    Quote made = withCue(article, "made a blunt case:");
    assertEquals("her letter", of(article, made, true));
    assertEquals("“The budget cannot pass.”", of(article, made, false));
  }

  @Test
  void aNounForAThingSaidBeforeAColonIntroducesTheUnquotedClauseAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe union's message: The strike will go on until the mill reopens.\n\n"
        + "And the growers were making the same argument: Water rights matter more than any subsidy.\n\n"
        + "The rest of the week held one lesson: Rain comes late in this valley.\n");
    Quote message = withCue(article, "message:");
    assertEquals("The union's", of(article, message, true));
    assertEquals("The strike will go on until the mill reopens", of(article, message, false));
    Quote making = withCue(article, "were making the same argument:");
    assertEquals("the growers", of(article, making, true));
    assertEquals("Water rights matter more than any subsidy", of(article, making, false));
    assertEquals(2, article.quotes().size(), "a lesson is no thing said");
  }

  @Test
  void aContentThatClosesOnAColonEndsBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor complained that the bridge repairs were largely ignored:\n\n"
        + "“Nobody listens to us,” she said.\n");
    assertEquals("that the bridge repairs were largely ignored", of(article, withCue(article, "complained"), false));
  }

  @Test
  void aShortClauseAfterAQuotationThatClosesOnACommaOrAnExclamationIsItsReportingClause() {
    AnalyzedArticle article = analyze("Headline\n\n“We will not back down,” Alvarez fumed on Tuesday.\n\n"
        + "“That was wonderful!” beamed the principal of the school.\n\n"
        + "“The budget is a mess,” the city treasurer grumbled. “Nobody wants to fix it.”\n");
    Quote fumed = withCue(article, "fumed");
    assertEquals("Alvarez", of(article, fumed, true));
    assertEquals("“We will not back down,”", of(article, fumed, false));
    assertEquals("the principal of the school", of(article, withCue(article, "beamed"), true));
    assertEquals("“The budget is a mess,” | “Nobody wants to fix it.”", of(article, withCue(article, "grumbled"), false));
  }

  @Test
  void aLineOfItsOwnOfADashAndANameSignsTheQuotationThatClosesTheParagraphBefore() {
    AnalyzedArticle article = analyze("Headline\n\nVoters sent us these lines.\n\n\"The roads in this county have never been worse.\"\n\n"
        + "- Linda Park, Dayton.\n");
    Quote dash = withCue(article, "-");
    assertEquals("Linda Park, Dayton", of(article, dash, true));
    assertEquals("\"The roads in this county have never been worse.\"", of(article, dash, false));
  }

  @Test
  void asSomeonePutItAttributesWhatFollowsItsComma() {
    assertFirstQuote("Headline\n\nAs the city planner Ruth Ames put it, “Nobody will drive downtown without parking.”\n",
        "the city planner Ruth Ames", "“Nobody will drive downtown without parking.”");
  }

  @Test
  void theReportingClauseAfterAQuotationMayDescribeItsNameAndEndWithAClauseOfTime() {
    AnalyzedArticle article = analyze("Headline\n\n“We came here for the music,” Rosa Diaz, who drove in from Tucson, said about the crowd.\n\n"
        + "“It was the worst game of the season,” coach Amy Lin grumbled as the players left the field.\n");
    Quote said = withCue(article, "said");
    assertEquals("Rosa Diaz, who drove in from Tucson,", of(article, said, true));
    assertEquals("“We came here for the music,”", of(article, said, false));
    Quote grumbled = withCue(article, "grumbled");
    assertEquals("coach Amy Lin", of(article, grumbled, true));
    assertEquals("“It was the worst game of the season,”", of(article, grumbled, false));
  }

  @Test
  void aQuotedSentenceAfterAQuotationAndItsLongReportingClauseContinuesIt() {
    AnalyzedArticle article = analyze("Headline\n\n“We lost,” Nora Blake, a spokeswoman for the campaign, said at a crowded news conference "
        + "on Tuesday afternoon in Portland, Ore. “The voters have spoken.”\n");
    assertEquals("“We lost,” | “The voters have spoken.”", of(article, withCue(article, "said"), false));
  }

  @Test
  void aQuotationThatOpensInTheContentRunsToItsClosingMarkPastTheSentence() {
    assertFirstQuote("Headline\n\nThe mayor said that the bridge “will be finished in May. We have the money now.”\n",
        "The mayor", "that the bridge “will be finished in May. We have the money now.”");
  }

  @Test
  void aParticiplesContentOpensAtThatAsAFiniteVerbsDoes() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator praised the plan, telling reporters on Monday that it would “save the farms.”\n");
    assertEquals("that it would “save the farms.”", of(article, withCue(article, "telling"), false));
  }

  @Test
  void aQuantifierOnItsOwnCanBeTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe crowd filled the square. Some chanted “No more cuts!”\n\n"
        + "Another wrote, “The council has failed us.”\n");
    assertEquals("Some", of(article, withCue(article, "chanted"), true));
    Quote wrote = withCue(article, "wrote");
    assertEquals("Another", of(article, wrote, true));
    assertEquals("“The council has failed us.”", of(article, wrote, false));
  }

  @Test
  void aCueWhoseSentenceEndsOnAColonAfterAdjunctsIntroducesTheQuotationInTheNextParagraph() {
    assertFirstQuote("Headline\n\nThe coach told his players, before the final game:\n\n“Play for each other.”\n",
        "The coach", "“Play for each other.”");
  }

  @Test
  void aColonAfterFromAndANameOrAfterANamesBracketsIntroducesAQuotation() {
    AnalyzedArticle article = analyze("Headline\n\nFrom the report: “In general, larger samples did better.”\n\n"
        + "Rep. Ann Moss (R-Ohio): “I have not heard that figure before.”\n");
    List<Quote> colons = allWithCue(article, ":");
    assertEquals(2, colons.size());
    assertEquals("the report", of(article, colons.get(0), true));
    assertEquals("“In general, larger samples did better.”", of(article, colons.get(0), false));
    assertEquals("Rep. Ann Moss (R-Ohio)", of(article, colons.get(1), true));
  }

  @Test
  void aDigestsMoreFromBeforeAColonNamesTheSourceAndAnUnclosedExcerptRunsToItsParagraphsEnd() {
    AnalyzedArticle article = analyze("Headline\n\nTurnout fell in the north - More from the survey: “Fewer young voters went to the polls. "
        + "Older voters held steady. [Pew]\n\n"
        + "Why it matters - More from Smith: “Turnout decides close races.”\n");
    List<Quote> colons = allWithCue(article, ":");
    assertEquals(2, colons.size());
    assertEquals("the survey", of(article, colons.get(0), true));
    assertEquals("“Fewer young voters went to the polls. Older voters held steady.", of(article, colons.get(0), false));
    assertEquals("Smith", of(article, colons.get(1), true));
    assertEquals("“Turnout decides close races.”", of(article, colons.get(1), false));
  }

  @Test
  void aNameAfterAPrepositionBeforeAColonIsNoSourceWhenTheClauseHasAVerbOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor, a Democrat, sent a stern warning to Albany: “Pass the budget this week.”\n\n"
        + "A longtime ally celebrated the vote on WNYC: “She has the votes, and she knows it.”\n");
    Quote warning = withCue(article, "sent a stern warning to Albany:");
    assertEquals("The governor, a Democrat,", of(article, warning, true));
    assertEquals("“Pass the budget this week.”", of(article, warning, false));
    assertEquals("A longtime ally", of(article, withCue(article, "celebrated the vote on WNYC:"), true));
  }

  @Test
  void aNoBreakSpaceAfterTheColonStillOpensTheQuotation() {
    AnalyzedArticle article = analyze("Headline\n\nMORE VOTERS TURN OUT - Ellen Park:\u00a0“Turnout rose in every county.”\n\n"
        + "The election board was firm in its ruling:\u00a0“The count stands.”\n");
    assertEquals("Ellen Park", of(article, withCue(article, ":"), true));
    assertEquals("“Turnout rose in every county.”", of(article, withCue(article, ":"), false));
    assertEquals("“The count stands.”", of(article, withCue(article, "was firm in its ruling:"), false));
  }

  @Test
  void theQuotationAfterAddingGoesOnWithWhatWasAdded() {
    AnalyzedArticle article = analyze("Headline\n\n“We will fix the roads,” the mayor said, adding that the repairs would cost $2 million. "
        + "“It will be worth every cent.”\n");
    assertEquals("“We will fix the roads,”", of(article, withCue(article, "said"), false));
    assertEquals("that the repairs would cost $2 million | “It will be worth every cent.”", of(article, withCue(article, "adding"), false));
  }

  @Test
  void aCueThatEndsItsSentenceIntroducesTheQuotationThatFollowsInItsParagraph() {
    AnalyzedArticle article = analyze("Headline\n\nThe county clerk, Ruth Adler, agreed. “The count was fair and it was complete.”\n\n"
        + "The union said in a statement. “Talks have broken down.”\n");
    assertEquals("“The count was fair and it was complete.”", of(article, withCue(article, "agreed"), false));
    assertEquals("The union", of(article, withCue(article, "said in a statement"), true));
    assertEquals("“Talks have broken down.”", of(article, withCue(article, "said in a statement"), false));
  }

  @Test
  void aColonBeforeAQuotationWithItsOwnReportingClauseSplitsTheSentence() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor asserted that the state had lost its way: “We are adrift,” she said.\n\n"
        + "Take the budget, for example: “The vote is only the first step,” the clerk said.\n");
    assertEquals("that the state had lost its way", of(article, withCue(article, "asserted"), false));
    List<Quote> said = allWithCue(article, "said");
    assertEquals("“We are adrift,”", of(article, said.get(0), false));
    assertEquals("the clerk", of(article, said.get(1), true));
    assertEquals("“The vote is only the first step,”", of(article, said.get(1), false));
  }

  @Test
  void aThingThatSaysAQuotationIsItsOwnSourceWhenNoOneIsNamedToHaveMadeIt() {
    AnalyzedArticle article = analyze("Headline\n\nVolunteers handed out buttons that said, “Vote early, vote often.”\n\n"
        + "The campaign released a video that said the senator had lied.\n");
    Quote buttons = withCue(article, "said");
    assertEquals("that", of(article, buttons, true));
    assertEquals("“Vote early, vote often.”", of(article, buttons, false));
    assertEquals("The campaign", of(article, withCue(article, "released a video that said"), true));
  }

  @Test
  void aParticipleAfterUponIsSaidByTheClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor drew loud cheers upon saying, “The bridge will open in May.”\n");
    Quote saying = withCue(article, "saying");
    assertEquals("The mayor", of(article, saying, true));
    assertEquals("“The bridge will open in May.”", of(article, saying, false));
  }

  @Test
  void aParticipleAfterInIsSaidByTheClausesSubjectUnlessAVerbOrAdjectiveTakesIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor led the state's mayors in calling for a new dam on the river.\n\n"
        + "In defending the tax increase, the treasurer said the schools needed the money.\n\n"
        + "The council erred in saying that the road was safe.\n");
    Quote calling = withCue(article, "calling for");
    assertEquals("The governor", of(article, calling, true));
    assertEquals("a new dam on the river", of(article, calling, false));
    Quote defending = withCue(article, "defending");
    assertEquals("the treasurer", of(article, defending, true));
    assertEquals("the tax increase", of(article, defending, false));
    assertEquals("The council", of(article, withCue(article, "erred in saying"), true));
  }

  @Test
  void aParticipleAfterAnOpenerBehindALeadInIsSaidByTheSubjectAfterItsComma() {
    AnalyzedArticle article = analyze("Headline\n\nYet by praising the new stadium, the mayor angered the farmers.\n\n"
        + "Two weeks after endorsing the governor, the union withdrew its support.\n");
    Quote praising = withCue(article, "praising");
    assertEquals("the mayor", of(article, praising, true));
    assertEquals("the new stadium", of(article, praising, false));
    Quote endorsing = withCue(article, "endorsing");
    assertEquals("the union", of(article, endorsing, true));
    assertEquals("the governor", of(article, endorsing, false));
  }

  @Test
  void adverbsBeforeAParticipleAfterACommaOrAnOpenerJoinItsCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor rejected the plan, quickly calling it a waste of money.\n\n"
        + "The union left the meeting after repeatedly praising the company.\n");
    Quote calling = withCue(article, "quickly calling");
    assertEquals("The mayor", of(article, calling, true));
    assertEquals("it a waste of money", of(article, calling, false));
    Quote praising = withCue(article, "repeatedly praising");
    assertEquals("The union", of(article, praising, true));
    assertEquals("the company", of(article, praising, false));
  }

  @Test
  void theContentOfAParticipleAfterACommaOpensAfterTheParticleItsCueTook() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator left the hearing early, pointing out the errors in the report.\n");
    Quote pointing = withCue(article, "pointing out");
    assertEquals("The senator", of(article, pointing, true));
    assertEquals("the errors in the report", of(article, pointing, false));
  }

  @Test
  void aParticipleAfterAQuotationThatClosesOnACommaIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said that the budget is “a disaster for the city,” adding that it would “hurt every family.”\n");
    assertEquals("that the budget is “a disaster for the city,”", of(article, withCue(article, "said"), false));
    Quote adding = withCue(article, "adding");
    assertEquals("The mayor", of(article, adding, true));
    assertEquals("that it would “hurt every family.”", of(article, adding, false));
  }

  @Test
  void aRelativeClauseWithACueEndsItsContentWhereTheSentencesOwnVerbResumes() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor, who said the bridge would reopen in May, told reporters that the repairs had stalled.\n");
    Quote said = withCue(article, "said");
    assertEquals("the bridge would reopen in May", of(article, said, false));
    assertEquals("that the repairs had stalled", of(article, withCue(article, "told"), false));
  }

  @Test
  void aRelativeClauseOfThinkingOrSpeakingLeavesTheSourceAndOneOfDoingStays() {
    AnalyzedArticle thinks = analyze("Headline\n\nMs. Delgado, who thinks the county overspent on roads, told the council that the levy should fall.\n");
    assertEquals("Ms. Delgado", of(thinks, withCue(thinks, "told"), true));
    AnalyzedArticle spoke = analyze("Headline\n\nA county clerk, who spoke on condition of anonymity because the count is not final, said the turnout was low.\n");
    assertEquals("A county clerk", of(spoke, withCue(spoke, "said"), true));
    AnalyzedArticle authorized = analyze("Headline\n\nA county clerk, who was not authorized to speak publicly, said the turnout was low.\n");
    assertEquals("A county clerk, who was not authorized to speak publicly,", of(authorized, withCue(authorized, "said"), true));
    AnalyzedArticle runs = analyze("Headline\n\nMs. Delgado, who runs a bakery on Main Street, told the council that the levy should fall.\n");
    assertEquals("Ms. Delgado, who runs a bakery on Main Street,", of(runs, withCue(runs, "told"), true));
  }

  @Test
  void aRelativeClauseThatTookASideOnceLeavesTheSourceAndOneThatStandsForItStays() {
    AnalyzedArticle endorsed = analyze("Headline\n\nMr. Okafor, who endorsed the mayor in March, said the new budget was fair.\n");
    assertEquals("Mr. Okafor", of(endorsed, withCue(endorsed, "said"), true));
    AnalyzedArticle backs = analyze("Headline\n\nMr. Okafor, who backs the mayor, said the new budget was fair.\n");
    assertEquals("Mr. Okafor, who backs the mayor,", of(backs, withCue(backs, "said"), true));
    AnalyzedArticle hasEndorsed = analyze("Headline\n\nMr. Okafor, who has endorsed the mayor, said the new budget was fair.\n");
    assertEquals("Mr. Okafor, who has endorsed the mayor,", of(hasEndorsed, withCue(hasEndorsed, "said"), true));
  }

  @Test
  void aRelativeClauseInThePerfectLeavesTheSourceAndOneOfBeingStays() {
    AnalyzedArticle visited = analyze("Headline\n\nMs. Alvarez, who has visited every county in the state, said the new road plan was overdue.\n");
    assertEquals("Ms. Alvarez", of(visited, withCue(visited, "said"), true));
    AnalyzedArticle hadRun = analyze("Headline\n\nThe former sheriff, who had already served two terms, told the board that the budget was too small.\n");
    assertEquals("The former sheriff", of(hadRun, withCue(hadRun, "told"), true));
    AnalyzedArticle been = analyze("Headline\n\nMs. Alvarez, who has been a county engineer since 2009, said the new road plan was overdue.\n");
    assertEquals("Ms. Alvarez, who has been a county engineer since 2009,", of(been, withCue(been, "said"), true));
  }

  @Test
  void aParticipleAfterAnOfPhraseDescribesItsObjectUnlessTheHeadCountsOrGathers() {
    AnalyzedArticle article = analyze("Headline\n\nThe council met after the publication of a new audit showing that the county had overspent on roads.\n\n"
        + "Outside, a chorus of teachers demanding higher pay marched to the statehouse.\n");
    assertEquals("a new audit", of(article, withCue(article, "showing"), true));
    assertEquals("a chorus of teachers", of(article, withCue(article, "demanding"), true));
  }

  @Test
  void aDescribedSubjectOrARelativeWhichIssuesTheObjectAParticipleDescribes() {
    AnalyzedArticle described = analyze("Headline\n\nMs. Ortiz, who has said the levy is unfair, issued a statement Monday saying the county must cut spending.\n");
    Quote saying = withCue(described, "issued a statement Monday saying");
    assertEquals("Ms. Ortiz", of(described, saying, true));
    assertEquals("the county must cut spending", of(described, saying, false));
    AnalyzedArticle which = analyze("Headline\n\nThe plan was opposed by the teachers union, which released a statement Tuesday questioning whether it was legal.\n");
    assertEquals("which", of(which, withCue(which, "released a statement Tuesday questioning"), true));
  }

  @Test
  void aPossessorsRemarkLeavesThePossessorAsTheSourceAndOpensTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor's statement then warned that the bridge would close in May.\n\n"
        + "Her remarks suggested that a deal on the budget was near.\n\n"
        + "The treasurer's column argued that the levy was too high.\n");
    assertEquals("The mayor's", of(article, withCue(article, "statement then warned"), true));
    assertEquals("Her", of(article, withCue(article, "remarks suggested"), true));
    assertEquals("The treasurer's column", of(article, withCue(article, "argued"), true));
  }

  @Test
  void aTimeAloneIsNoSourceTheSpeakerBeforeItIsOrNoOne() {
    AnalyzedArticle article = analyze("Headline\n\nThe fight reached the council, where Ms. Alvarez during a Tuesday praised the volunteers for their work.\n\n"
        + "Councilman Ruiz, who for months had criticized the plan, voted for it on Friday.\n\n"
        + "A suit was filed in 2014 challenging the county's new voting map.\n");
    assertEquals("Ms. Alvarez", of(article, withCue(article, "praised"), true));
    assertEquals("who", of(article, withCue(article, "had criticized"), true));
    assertNull(withCue(article, "challenging").source());
  }

  @Test
  void aTimeRightAfterTheSourcesNounSaysWhenUnlessAVerbPutsTheNounOut() {
    AnalyzedArticle article = analyze("Headline\n\nMost renters want a cap on increases, according to a county survey last month.\n\n"
        + "Bus ridership has doubled since 2019, according to a transit report released Monday.\n");
    assertEquals("a county survey", of(article, allWithCue(article, "according to").get(0), true));
    assertEquals("a transit report released Monday", of(article, allWithCue(article, "according to").get(1), true));
  }

  @Test
  void whenAndWhereAfterAnInvertedCueLeaveTheClauseBeforeAsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe new tariffs will hurt farmers, the minister said Monday in Ottawa, noting that exports had already fallen.\n\n"
        + "Unemployment rose for a third month, the statistics office reported on Friday -- a figure that surprised most economists.\n");
    Quote said = withCue(article, "said");
    assertEquals("the minister", of(article, said, true));
    assertEquals("The new tariffs will hurt farmers", of(article, said, false));
    assertEquals("Unemployment rose for a third month", of(article, withCue(article, "reported"), false));
  }

  @Test
  void aRelativeClauseEndingInAQuotationEndsItsContentWithTheClosingMark() {
    AnalyzedArticle article = analyze("Headline\n\nCouncilwoman Ana Reyes, who has called the budget “a betrayal of the neighborhoods,” said she would vote against it.\n");
    assertEquals("the budget “a betrayal of the neighborhoods,”", of(article, withCue(article, "has called"), false));
    assertEquals("she would vote against it", of(article, withCue(article, "said"), false));
  }

  @Test
  void aDescriptionOpenedByWhichEndsItsContentWhereTheSentencesOwnVerbResumes() {
    AnalyzedArticle article = analyze("Headline\n\nThe water authority, which declined to comment, raised its rates in June.\n\n"
        + "The teachers union, which endorsed the governor in March, is planning a rally for Saturday.\n");
    assertEquals("which", of(article, withCue(article, "declined"), true));
    assertEquals("to comment", of(article, withCue(article, "declined"), false));
    assertEquals("the governor", of(article, withCue(article, "endorsed"), false));
  }

  @Test
  void aRelativeClauseWithNoCommasEndsItsInfinitiveContentBeforeTheSentencesOwnVerb() {
    AnalyzedArticle article = analyze("Headline\n\nFarmers who hope to sell their land this year are waiting for the new zoning map.\n");
    assertEquals("to sell their land this year", of(article, withCue(article, "hope"), false));
  }

  @Test
  void thatAfterAPhraseOfPlaceOrTimeOpensTheContentEvenWhereTheTaggerReadsItAsRelative() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor predicted at the last town hall meeting that voters will reject the tax.\n");
    assertEquals("that voters will reject the tax", of(article, withCue(article, "predicted"), false));
  }

  @Test
  void aPhraseOfTimeOrPlaceBeforeAReportedClauseWithNoThatIsLeftOutOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator announced on Monday she will not run for a fourth term.\n");
    assertEquals("she will not run for a fourth term", of(article, withCue(article, "announced"), false));
  }

  @Test
  void aPhraseWithNoVerbBeforeAReportingClauseBetweenCommasOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nIn rural counties, the report said, most clinics have closed.\n");
    assertEquals("In rural counties | most clinics have closed", of(article, withCue(article, "said"), false));
  }

  @Test
  void aRelativePronounThatIsTheCuesObjectOpensTheContentAsAFragment() {
    AnalyzedArticle article = analyze("Headline\n\nThe council approved the budget, which the mayor called a disaster for the parks.\n");
    assertEquals("which | a disaster for the parks", of(article, withCue(article, "called"), false));
  }

  @Test
  void anObjectWhoOpensTheContentAsAFragment() {
    AnalyzedArticle article = analyze("Headline\n\nThe crowd cheered for the coach, who the governor called “the best teacher in the state.”\n");
    assertEquals("who | “the best teacher in the state.”", of(article, withCue(article, "called"), false));
  }

  @Test
  void theClosingBracketOfASentenceInBracketsStaysOutOfItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mill closed in May. (The owner said the plant had lost money for years.)\n");
    assertEquals("the plant had lost money for years", of(article, withCue(article, "said"), false));
  }

  @Test
  void includingAfterACommaAddsToThePhraseAndOpensNoClause() {
    assertFirstQuote("Headline\n\nThe mayor said the plan had drawn support from several groups, including the teachers' union.\n",
        "The mayor", "the plan had drawn support from several groups, including the teachers' union");
  }

  @Test
  void aParticipleKeepsTheSourceItsSubjectSharesWithAnEarlierCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe city council on Monday rejected the new budget, saying that it would raise taxes.\n");
    Quote saying = withCue(article, "saying");
    assertEquals("that it would raise taxes", of(article, saying, false));
    assertTrue(of(article, saying, true).startsWith("The city council"));
  }

  @Test
  void aVerbAfterACoordinatorWithNoSubjectSharesTheEarlierCuesSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe committee rejected the proposal and demanded that the mayor resign.\n");
    assertEquals("the proposal", of(article, withCue(article, "rejected"), false));
    Quote demanded = withCue(article, "demanded");
    assertEquals("The committee", of(article, demanded, true));
    assertEquals("that the mayor resign", of(article, demanded, false));
    AnalyzedArticle described = analyze("Headline\n\nMs. Ortiz, who described herself as a moderate, said the new tax was unfair.\n");
    Quote said = withCue(described, "said");
    // Not "who": the name opens the sentence, and its description goes with it, as PolNeAR marks it.
    assertEquals("Ms. Ortiz, who described herself as a moderate,", of(described, said, true));
    assertEquals("the new tax was unfair", of(described, said, false));
  }

  @Test
  void aParticipleAfterAContentIsSaidByThatContentsSpeaker() {
    AnalyzedArticle article = analyze(
        "Headline\n\n“If the vote is close, it will be the judges who decide,” the governor said at a Dayton, Ohio rally Friday, hinting at a legal fight.\n");
    Quote hinting = withCue(article, "hinting at");
    assertEquals("the governor", of(article, hinting, true));
    assertEquals("a legal fight", of(article, hinting, false));
  }

  @Test
  void aDashJoiningAClauseWithItsOwnCueEndsTheContentBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the repair costs had doubled — her critics say they have tripled.\n");
    assertEquals("the repair costs had doubled", of(article, withCue(article, "said"), false));
    Quote say = withCue(article, "say");
    assertEquals("her critics", of(article, say, true));
    assertEquals("they have tripled", of(article, say, false));
  }

  @Test
  void aTimeClauseWithItsOwnCueEndsTheContentBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe company admitted it had made an error when a local newspaper reported the missing funds.\n");
    assertEquals("it had made an error", of(article, withCue(article, "admitted"), false));
    Quote reported = withCue(article, "reported");
    assertEquals("a local newspaper", of(article, reported, true));
  }

  @Test
  void itIsTheOrganizationThatOpensItsSentenceNotTheOneQuotedLast() {
    AnalyzedArticle article = analyze("Headline\n\nThe Ministry of Trade said exports fell in May.\n\n"
        + "Acme Corporation on Friday released figures it said showed sales rising.\n");
    Quote said = allWithCue(article, "said").get(1);
    assertEquals("it", of(article, said, true));
    assertEquals("Acme Corporation", said.speaker().name());
  }

  @Test
  void aVerbOfSeemingBeforeAReportingVerbIsPartOfItsCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor seemed to acknowledge the shortfall in a radio interview on Tuesday.\n");
    Quote acknowledge = withCue(article, "seemed to acknowledge");
    assertEquals("The governor", of(article, acknowledge, true));
  }

  @Test
  void continuingIsPartOfTheCueOfAReportingVerbAndNoCueOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor continues to insist that the budget is balanced.\n");
    Quote insist = withCue(article, "continues to insist");
    assertEquals("The mayor", of(article, insist, true));
    assertEquals("that the budget is balanced", of(article, insist, false));
    assertTrue(analyze("Headline\n\nThe senator continues to lead the field in Iowa.\n").quotes().isEmpty());
  }

  @Test
  void anObjectPrepositionRightAfterAnyCueVerbIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator joked about his height at the rally.\n\n"
        + "The governor cautioned against raising taxes before the election.\n");
    assertEquals("his height", of(article, withCue(article, "joked about"), false));
    assertEquals("raising taxes before the election", of(article, withCue(article, "cautioned against"), false));
  }

  @Test
  void theAttitudeThatExpressingNamesIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor expressed concern that the new stadium would strain the city's budget.\n\n"
        + "Several council members voiced support for the stadium plan.\n");
    assertEquals("that the new stadium would strain the city's budget", of(article, withCue(article, "expressed concern"), false));
    assertEquals("the stadium plan", of(article, withCue(article, "voiced support for"), false));
  }

  @Test
  void theAttitudeThatShowingNamesIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor has shown little inclination to raise the sales tax this year.\n\n"
        + "The union showed no sign of softening its demands on pensions.\n\n"
        + "The latest survey showed a narrow lead for the mayor.\n");
    assertEquals("to raise the sales tax this year", of(article, withCue(article, "has shown little inclination"), false));
    assertEquals("softening its demands on pensions", of(article, withCue(article, "showed no sign of"), false));
    assertEquals("a narrow lead for the mayor", of(article, withCue(article, "showed"), false), "what a survey shows is no attitude");
  }

  @Test
  void theStatementACueWasIssuedInIsPartOfTheCueBeforeItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe bakery said in a statement that its downtown shop would close in June.\n\n"
        + "The library board said in a formal statement: “We regret the delay.”\n\n"
        + "The coach said in an interview that the team needed a new stadium.\n");
    assertEquals("that its downtown shop would close in June", of(article, withCue(article, "said in a statement"), false));
    assertEquals("“We regret the delay.”", of(article, withCue(article, "said in a formal statement:"), false));
    assertEquals("that the team needed a new stadium", of(article, withCue(article, "said"), false), "an interview is no declaration issued");
  }

  @Test
  void theVerbAParticipleAfterByGoesOnFromOpensTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator began by thanking the nurses for their work.\n\n"
        + "The host followed up by asking whether the tax cut would pass.\n\n"
        + "The mayor ended her speech by quoting her late father.\n");
    assertEquals("The senator", of(article, withCue(article, "began by thanking"), true));
    assertEquals("the nurses for their work", of(article, withCue(article, "began by thanking"), false));
    assertEquals("whether the tax cut would pass", of(article, withCue(article, "followed up by asking"), false));
    assertEquals("her late father", of(article, withCue(article, "quoting"), false), "an object between them leaves the participle alone");
  }

  @Test
  void aBareDayThatClosesAReportingClauseAfterItsContentIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\n“We will not close the plant,” the company said Tuesday.\n\n"
        + "“We will hire again,” the company said on Wednesday.\n");
    assertEquals("“We will not close the plant,”", of(article, withCue(article, "said Tuesday"), false));
    assertEquals("“We will hire again,”", of(article, withCue(article, "said"), false));
  }

  @Test
  void thePrepositionAfterAPassiveCueIsPartOfIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe former aide was accused of leaking the memo to reporters.\n");
    Quote accused = withCue(article, "was accused of");
    assertEquals(null, accused.source());
    assertEquals("The former aide | leaking the memo to reporters", of(article, accused, false));
  }

  @Test
  void aVerbOfSeemingBeforeAnAdverbAndAPredicateIsAViewThatNamesNoOne() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor seemed unusually confident before the vote.\n\n"
        + "The senator appeared rattled by the questions.\n");
    Quote seemed = withCue(article, "seemed");
    assertEquals(null, seemed.source());
    assertEquals("The governor | unusually confident before the vote", of(article, seemed, false));
    assertEquals("The senator | rattled by the questions", of(article, withCue(article, "appeared"), false));
  }

  @Test
  void aPollDescribedByAParticipleOrATimeStillHoldsTheFinding() {
    AnalyzedArticle article = analyze("Headline\n\nIn a Gallup poll released Monday, 60 percent of voters said the economy was improving.\n\n"
        + "In a Marist poll last month, the mayor led by nine points.\n");
    List<Quote> in = allWithCue(article, "In");
    assertEquals(2, in.size());
    assertEquals("a Gallup poll released Monday", of(article, in.get(0), true));
    assertEquals("a Marist poll", of(article, in.get(1), true));
    assertEquals("the mayor led by nine points", of(article, in.get(1), false));
  }

  @Test
  void backAfterACueVerbIsAParticleOfTheCueThoughTaggedAnAdverb() {
    AnalyzedArticle article = analyze("Headline\n\nA few hours later, the press secretary wrote back: “We have nothing to add.”\n");
    assertEquals("“We have nothing to add.”", of(article, withCue(article, "wrote back:"), false));
  }

  @Test
  void anAdverbOfHowSomethingWasSaidIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator said repeatedly that the tax would not rise.\n\n"
        + "The mayor said nearly half of the budget had gone to the police.\n");
    assertEquals("that the tax would not rise", of(article, withCue(article, "said repeatedly"), false));
    assertEquals("nearly half of the budget had gone to the police", of(article, withCue(article, "said"), false));
  }

  @Test
  void anAdverbThatNarrowsOrReplacesWhatWasSaidBeforeItsThatIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe treasurer said only that the audit was still under way.\n\n"
        + "Pressed on the delay, the governor said instead that the vote had been moved to June.\n\n"
        + "The company issued a short note, saying only that “talks continue.”\n\n"
        + "The mayor said only 40 residents had signed the petition.\n");
    assertEquals("that the audit was still under way", of(article, withCue(article, "said only"), false));
    assertEquals("that the vote had been moved to June", of(article, withCue(article, "said instead"), false));
    assertEquals("that “talks continue.”", of(article, withCue(article, "saying only"), false));
    assertEquals("only 40 residents had signed the petition", of(article, withCue(article, "said"), false));
  }

  @Test
  void aNameAndItsDescriptionBeforeTheCueAreTheSourceWhateverFollowsTheCue() {
    // Not "in a statement": a preposition opens no source.
    AnalyzedArticle statement = analyze("Headline\n\n“We will not back down,” Maria Lopez, the teachers’ union president, said in a statement.\n");
    assertEquals("Maria Lopez, the teachers’ union president,", of(statement, withCue(statement, "said in a statement"), true));
    // Not "reporters": "told" takes the one it tells, and the quotation after it is the content.
    AnalyzedArticle told = analyze("Headline\n\nTom Reyes, who chairs the county board, told reporters, “The budget is balanced.”\n");
    assertEquals("Tom Reyes, who chairs the county board,", of(told, withCue(told, "told"), true));
    // Not "the plan": only a reporting verb right after the comma puts its source after it.
    AnalyzedArticle defended = analyze("Headline\n\nGov. Ann Marsh, who took office in January, has defended the plan.\n");
    assertEquals("Gov. Ann Marsh, who took office in January,", of(defended, defended.quotes().get(0), true));
  }

  @Test
  void aSourceAtTheSentenceEndKeepsTheExamplesAfterItsComma() {
    AnalyzedArticle welcomed = analyze("Headline\n\nThe new contract was welcomed by several unions, including the nurses' association.\n");
    assertEquals("several unions, including the nurses' association", of(welcomed, withCue(welcomed, "was welcomed"), true));
    AnalyzedArticle polls = analyze("Headline\n\nThe mayor leads the race, according to two new surveys, such as one from the Harbor Ledger.\n");
    assertEquals("two new surveys, such as one from the Harbor Ledger", of(polls, withCue(polls, "according to"), true));
  }

  @Test
  void aPassiveAgentKeepsTheBothOfAPair() {
    AnalyzedArticle article = analyze("Headline\n\nLena Ortiz, a county clerk who has been endorsed by both the nurses' union and the Harbor Party, "
        + "will run for mayor.\n");
    Quote endorsed = withCue(article, "has been endorsed");
    assertEquals("both the nurses' union and the Harbor Party", of(article, endorsed, true));
    assertEquals("who", of(article, endorsed, false));
  }

  @Test
  void theAgentOfAPassiveCueIsItsSourceAndTheSubjectItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe new zoning plan has been criticized by several neighborhood groups.\n");
    Quote criticized = withCue(article, "has been criticized");
    assertEquals("several neighborhood groups", of(article, criticized, true));
    assertEquals("The new zoning plan", of(article, criticized, false));
    AnalyzedArticle reduced = analyze("Headline\n\nThe council passed a budget opposed by the teachers' union.\n");
    Quote opposed = withCue(reduced, "opposed");
    assertEquals("the teachers' union", of(reduced, opposed, true));
    assertEquals("a budget", of(reduced, opposed, false));
    AnalyzedArticle reported = analyze("Headline\n\nThe mayor's resignation was first reported by the Harbor Gazette.\n");
    Quote first = withCue(reported, "was first reported");
    assertEquals("the Harbor Gazette", of(reported, first, true));
    assertEquals("The mayor's resignation", of(reported, first, false));
    AnalyzedArticle asked = analyze("Headline\n\nThe governor was asked by a local reporter whether she would sign the bill.\n");
    Quote question = withCue(asked, "was asked");
    assertEquals("a local reporter", of(asked, question, true));
    assertEquals("whether she would sign the bill", of(asked, question, false));
  }

  @Test
  void aSideTakenInAParticipleSetOffByCommasNamesItsAgentAsSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe harbor tax, opposed by most shipping firms, passed the council on Monday.\n");
    Quote opposed = withCue(article, "opposed");
    assertEquals("most shipping firms", of(article, opposed, true));
    assertEquals("The harbor tax", of(article, opposed, false));
    AnalyzedArticle written = analyze("Headline\n\nThe memo, written by a junior clerk, reached the minister on Friday.\n");
    assertTrue(written.quotes().isEmpty(), "a participle of writing says how the memo came about, not whose side it is");
  }

  @Test
  void theAgentOfAPassiveCueEndsAtItsNounBeforeTheGroundsOfTheBlame() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator has been rebuked by critics for her vote on the pipeline.\n");
    Quote rebuked = withCue(article, "has been rebuked");
    assertEquals("critics", of(article, rebuked, true));
    assertEquals("The senator | for her vote on the pipeline", of(article, rebuked, false), "what the agent says of the subject joins the content");
    AnalyzedArticle topic = analyze("Headline\n\nThe council passed a budget opposed by unions on several grounds.\n");
    assertEquals("unions", of(topic, withCue(topic, "opposed"), true));
  }

  @Test
  void aRelativePronounIsTheContentOfAPassiveCueWithItsAgentAndLeavesTheNextQuotationToTheClauseBefore() {
    AnalyzedArticle article = analyze("Headline\n\n“We will keep the plant open,” the company wrote in a letter, which was first reported by the Harbor Gazette. "
        + "“Jobs come first.”\n");
    Quote reported = withCue(article, "was first reported");
    assertEquals("the Harbor Gazette", of(article, reported, true));
    assertEquals("which", of(article, reported, false));
    assertEquals("“We will keep the plant open,” | “Jobs come first.”", of(article, withCue(article, "wrote"), false));
  }

  @Test
  void aRelativeClauseWithACueOfItsOwnStaysOutOfTheSourceBeforeTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nTom Hale, who said last year that he would retire, told supporters that he will run again.\n");
    Quote told = withCue(article, "told");
    assertEquals("Tom Hale", of(article, told, true));
    assertEquals("that he will run again", of(article, told, false));
  }

  @Test
  void aRelativeClauseWithNoCommaBeforeItStaysInTheSourceAfterTheCue() {
    AnalyzedArticle article = analyze("Headline\n\n“The vote will be close,” said Ann Ruiz, a county clerk who has endorsed the mayor.\n");
    assertEquals("Ann Ruiz, a county clerk who has endorsed the mayor", of(article, withCue(article, "said"), true));
  }

  @Test
  void aNamesPluralPossessiveStaysInTheSource() {
    // The tagger reads the apostrophe of "Burns’" as a closing quotation mark.
    AnalyzedArticle article = analyze("Headline\n\nCouncilman Ted Burns’ office said the hearing would be delayed until March.\n");
    assertEquals("Councilman Ted Burns’ office", of(article, withCue(article, "said"), true));
  }

  @Test
  void aParticipleDescribingWhatTheSubjectIssuedIsTheSubjectsCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe school board released a statement Tuesday saying the vote would be delayed.\n");
    Quote saying = article.quotes().get(0);
    // Not "a statement": the board issued it and speaks through it.
    assertEquals("The school board", of(article, saying, true));
    assertEquals("released a statement Tuesday saying", saying.cue().of(article.article().text()));
    assertEquals("the vote would be delayed", of(article, saying, false));
  }

  @Test
  void theObjectOfAVerbOfIssuingRunsOverItsOwnPrepositions() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor has spent nearly all of her time responding to the flood.\n");
    // Not "nearly all of her time": the mayor spends it and does the responding.
    assertEquals("The mayor", of(article, withCue(article, "has spent nearly all of her time responding to"), true));
    AnalyzedArticle during = analyze("Headline\n\nThe union published a study during the strike showing that wages had fallen.\n");
    assertEquals("The union", of(during, withCue(during, "published a study during the strike showing"), true));
  }

  @Test
  void theNameAfterAnInvertedSourcesRoleBelongsToTheSource() {
    AnalyzedArticle article = analyze("Headline\n\n\"We will reopen the mill,\" said the firm's plant manager, Ellen Marsh.\n");
    assertEquals("the firm's plant manager, Ellen Marsh", of(article, withCue(article, "said"), true));
  }

  @Test
  void anAdjectiveOpensTheDescriptionOfAnInvertedSource() {
    AnalyzedArticle article = analyze("Headline\n\n\"The vote will be close,\" said Tom Reyes, deputy press secretary for the county party running the recount.\n");
    assertEquals("Tom Reyes, deputy press secretary for the county party running the recount", of(article, withCue(article, "said"), true));
  }

  @Test
  void inFavorOfJoinsTheCueOfAVerbAndMakesAVoteOne() {
    AnalyzedArticle article = analyze("Headline\n\nThe county board voted in favor of the new parking rules on Tuesday. "
        + "Later the mayor spoke out in favor of a wider bike lane.\n");
    Quote voted = withCue(article, "voted in favor of");
    assertEquals("The county board", of(article, voted, true));
    assertEquals("the new parking rules", of(article, voted, false));
    Quote spoke = withCue(article, "spoke out in favor of");
    assertEquals("the mayor", of(article, spoke, true));
    assertEquals("a wider bike lane", of(article, spoke, false));
  }

  @Test
  void anyVerbButBeBeforeInSupportOfOrInOppositionToTakesASide() {
    AnalyzedArticle article = analyze("Headline\n\nThe farmers' union has firmly stood in opposition to the new water tax. "
        + "Two teachers testified in support of the school budget on Monday. "
        + "The plan is in support of local farms.\n");
    Quote stood = withCue(article, "has firmly stood in opposition to");
    assertEquals("The farmers' union", of(article, stood, true));
    assertEquals("the new water tax", of(article, stood, false));
    Quote testified = withCue(article, "testified in support of");
    assertEquals("Two teachers", of(article, testified, true));
    assertEquals("the school budget", of(article, testified, false));
    assertTrue(allWithCue(article, "is in support of").isEmpty(), "\"be\" takes no side");
  }

  @Test
  void theObjectOfATakenPrepositionIsTheContentAfterAQuotation() {
    AnalyzedArticle article = analyze("Headline\n\nThe tenants posted a sign in the lobby: “Fix the heating now.” "
        + "The council argued in favor of a new building code.\n");
    assertEquals("a new building code", of(article, withCue(article, "argued in favor of"), false));
  }

  @Test
  void aPronounJoinedToTheSubjectIsOneOfItsSpeakers() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor lost the appeal. She and her lawyers have argued that the ruling was unfair.\n");
    assertEquals("She and her lawyers", of(article, withCue(article, "have argued"), true));
  }

  @Test
  void aContractedHasBeforeAParticipleLeavesThePronounTheSpeaker() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator has not decided. But he's said the tax plan would hurt farmers.\n");
    Quote said = article.quotes().get(0);
    assertEquals("he", of(article, said, true));
    assertEquals("the tax plan would hurt farmers", of(article, said, false));
  }

  @Test
  void aDayOfSayingAfterTheSourceStaysOutOfIt() {
    AnalyzedArticle article = analyze("Headline\n\n“We are ready for the strike,” said the teachers union on Monday.\n");
    assertEquals("the teachers union", of(article, withCue(article, "said"), true));
  }

  @Test
  void theMeansOfSayingAfterTheSourceStaysOutOfIt() {
    AnalyzedArticle article = analyze("Headline\n\n“We will appeal the ruling,” said the governor in a written statement.\n");
    assertEquals("the governor", of(article, withCue(article, "said"), true));
  }

  @Test
  void aBaseVerbAfterACoordinatorGoesOnWithTheContentsInfinitive() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor urged both parties to return to the table and explain the delay to voters.\n");
    assertEquals("both parties to return to the table and explain the delay to voters", of(article, withCue(article, "urged"), false));
  }

  @Test
  void butWithNoVerbOfItsOwnOrBeforeNotGoesOnWithTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator said the bill was not just a mistake, but a disaster for working families.\n\n"
        + "The mayor said the fines should apply to landlords, but not to tenants who fall behind.\n\n"
        + "The coach said the team had played well, but the referees had made too many errors.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("the bill was not just a mistake, but a disaster for working families", of(article, said.get(0), false));
    assertEquals("the fines should apply to landlords, but not to tenants who fall behind", of(article, said.get(1), false));
    assertEquals("the team had played well", of(article, said.get(2), false), "a clause of its own after \"but\" is left out");
  }

  @Test
  void theOneAskedIsLeftOutOfTheQuestionPutToThem() {
    AnalyzedArticle article = analyze("Headline\n\nA reporter asked the governor how the state would pay for the plan.\n\n"
        + "The moderator asked both candidates whether they would accept the result.\n");
    List<Quote> asked = allWithCue(article, "asked");
    assertEquals("how the state would pay for the plan", of(article, asked.get(0), false));
    assertEquals("whether they would accept the result", of(article, asked.get(1), false));
  }

  @Test
  void theOneToldEndsBeforeThePronounThatOpensTheClauseTold() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator told local reporters she would vote against the bill.\n\n"
        + "The mayor told them the city had run out of money.\n");
    List<Quote> told = allWithCue(article, "told");
    assertEquals("she would vote against the bill", of(article, told.get(0), false));
    assertEquals("the city had run out of money", of(article, told.get(1), false));
  }

  @Test
  void aClauseThatOpensTheSentenceBeforeAReportingClauseBetweenCommasOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nUnless the council acts quickly, the engineers said, the bridge could close by winter.\n\n"
        + "Asked about the delay, the mayor said, the repairs would start in May.\n");
    assertEquals("Unless the council acts quickly | the bridge could close by winter", of(article, withCue(article, "said"), false));
    // An opening with a cue of its own is an attribution of its own, not the start of this content.
    assertEquals("the repairs would start in May", of(article, allWithCue(article, "said").get(1), false));
  }

  @Test
  void theSubjectOfAPassiveVerbOfAskingIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator was asked whether she would run again.\n\n"
        + "Voters were assured that the polls would open on time.\n\n"
        + "The chairman was asked to resign.\n");
    assertEquals("whether she would run again", of(article, withCue(article, "was asked"), false));
    assertEquals("that the polls would open on time", of(article, withCue(article, "were assured"), false));
    assertEquals("The chairman | to resign", of(article, allWithCue(article, "was asked").get(1), false), "before an infinitive the subject stays");
  }

  @Test
  void aTimeBeforeAnInfinitiveOrAQuestionIsLeftOutOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor vowed Tuesday to veto the spending bill.\n\n"
        + "The mayor promised last week to repair every road in the district.\n");
    assertEquals("to veto the spending bill", of(article, withCue(article, "vowed"), false));
    assertEquals("to repair every road in the district", of(article, withCue(article, "promised"), false));
  }

  @Test
  void aNounThatNamesAPropositionOpensTheContentWithItsThatClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator rejected the notion that the new tax would hurt small businesses.\n");
    assertEquals("the notion that the new tax would hurt small businesses", of(article, withCue(article, "rejected"), false));
  }

  @Test
  void aLinkingAdverbialThatOpensTheSentenceIsLeftOutOfTheContentBeforeTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe plan has critics. Still, most voters support the new budget, the mayor said.\n");
    assertEquals("most voters support the new budget", of(article, withCue(article, "said"), false));
  }

  @Test
  void theDatelineOfAWireStoryIsLeftOutOfTheContentItOpens() {
    AnalyzedArticle article = analyze("Headline\n\nWASHINGTON (Reuters) - The agency missed its deadline for the report, officials said.\n");
    assertEquals("The agency missed its deadline for the report", of(article, withCue(article, "said"), false));
    // A hyphen inside a name's brackets ends no dateline.
    AnalyzedArticle bracketed = analyze("Headline\n\nRep. Ann Ford (R-Utah), for instance, explained how she felt about the farm bill, her aides said.\n");
    assertEquals("Rep. Ann Ford (R-Utah), for instance, explained how she felt about the farm bill",
        of(bracketed, withCue(bracketed, "said"), false));
  }

  @Test
  void aPurposeClauseAfterAVerbIsSaidByThatVerbsSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe county sheriff went on local radio on Tuesday to defend the new curfew.\n");
    Quote defend = withCue(article, "went on local radio on Tuesday to defend");
    assertEquals("The county sheriff", of(article, defend, true));
    assertEquals("the new curfew", of(article, defend, false));
    AnalyzedArticle prompted = analyze("Headline\n\nThe closure of the plant led several union leaders to demand a federal inquiry.\n");
    Quote demand = withCue(prompted, "to demand");
    // The object of "led" demands, not its subject.
    assertEquals("several union leaders", of(prompted, demand, true));
    assertEquals("a federal inquiry", of(prompted, demand, false));
  }

  @Test
  void aQuantifierAfterAVerbOfPromptingIsItsObject() {
    AnalyzedArticle many = analyze("Headline\n\nThe long silence has caused many to wonder whether the senator will run again.\n");
    Quote wonder = withCue(many, "to wonder");
    // "many", tagged as an adjective, is the object, not a word that takes the infinitive.
    assertEquals("many", of(many, wonder, true));
    assertEquals("whether the senator will run again", of(many, wonder, false));
  }

  @Test
  void theObjectOfAPromptingParticipleSetOffByACommaSpeaksTheClauseItsInfinitiveReports() {
    AnalyzedArticle leading = analyze("Headline\n\nThe treasurer resigned without notice on Friday, leading several council members to question whether the budget can pass.\n");
    Quote question = withCue(leading, "to question");
    assertEquals("several council members", of(leading, question, true));
    assertEquals("whether the budget can pass", of(leading, question, false));
    AnalyzedArticle leaving = analyze("Headline\n\nThe senator skipped the final vote, leaving her colleagues to wonder what had gone wrong.\n");
    Quote wonder = withCue(leaving, "to wonder");
    assertEquals("her colleagues", of(leaving, wonder, true));
    assertEquals("what had gone wrong", of(leaving, wonder, false));
    // An infinitive with an object of its own is an act the participle lets happen, not words.
    AnalyzedArticle allowing = analyze("Headline\n\nThe court lifted the ban on Monday, allowing the company to continue its drilling off the coast.\n");
    assertTrue(allWithCue(allowing, "to continue").isEmpty());
  }

  @Test
  void theObjectOfAVerbOfPromptingSpeaksTheClauseItsInfinitiveReportsWhateverTheSubject() {
    AnalyzedArticle leads = analyze("Headline\n\nThe audit found three missing ledgers. This leads several auditors to suspect that the accounts were altered.\n");
    Quote suspect = withCue(leads, "to suspect");
    assertEquals("several auditors", of(leads, suspect, true));
    assertEquals("that the accounts were altered", of(leads, suspect, false));
    AnalyzedArticle would = analyze("Headline\n\nA new tax is one path. That, however, would require lawmakers in the capital to admit that the old plan failed.\n");
    Quote admit = withCue(would, "to admit");
    assertEquals("lawmakers in the capital", of(would, admit, true));
    assertEquals("that the old plan failed", of(would, admit, false));
  }

  @Test
  void anObjectPronounOfAVerbOfPromptingSpeaksTheClauseItsInfinitiveReports() {
    AnalyzedArticle led = analyze("Headline\n\nThe mayor carried every ward by a wide margin, a result that led her to declare that the recall effort was finished.\n");
    Quote declare = withCue(led, "to declare");
    assertEquals("her", of(led, declare, true));
    assertEquals("that the recall effort was finished", of(led, declare, false));
  }

  @Test
  void anInfinitiveAfterARankedNounPhraseIsSaidByThatPhraseOrTheCopulasSubject() {
    AnalyzedArticle article = analyze("Headline\n\nSenator Ada Brooks was the first Democrat in the state legislature to endorse the governor.\n");
    Quote endorse = withCue(article, "to endorse");
    assertEquals("Senator Ada Brooks", of(article, endorse, true));
    assertEquals("the governor", of(article, endorse, false));
    AnalyzedArticle named = analyze("Headline\n\nThe first mayor in the county to back her was Tom Reyes, who leads the town of Elmwood.\n");
    Quote back = withCue(named, "to back");
    // The copula after the content names who backed her.
    assertEquals("Tom Reyes, who leads the town of Elmwood", of(named, back, true));
    assertEquals("her", of(named, back, false));
    AnalyzedArticle relative = analyze("Headline\n\nThe union chief, who was one of the earliest labor leaders to praise the plan, spoke on Friday.\n");
    assertEquals("one of the earliest labor leaders", of(relative, withCue(relative, "to praise"), true));
  }

  @Test
  void theVerbThatTakesAGerundCueJoinsTheCueAndItsSubjectSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe state's largest teachers' union has refrained from endorsing either candidate.\n");
    Quote endorsing = withCue(article, "has refrained from endorsing");
    assertEquals("The state's largest teachers' union", of(article, endorsing, true));
    assertEquals("either candidate", of(article, endorsing, false));
  }

  @Test
  void aRelativePronounAfterACommaIsTheSourceOfItsClausesCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe council relied on a review by the state auditor, which found that the program had saved money.\n");
    Quote found = withCue(article, "found");
    assertEquals("which", of(article, found, true));
    assertEquals("that the program had saved money", of(article, found, false));
  }

  @Test
  void theAuxiliariesBeforeAPassiveCueJoinItsCueAndItsSubjectIsSpokenAbout() {
    AnalyzedArticle article = analyze("Headline\n\nSeveral city contractors have been criticized for missing their deadlines.\n");
    // The preposition that opens what is reported joins the cue too (theSubjectOfAPassiveCueIsSpokenAboutAndNoSource).
    Quote criticized = withCue(article, "have been criticized for");
    assertEquals("Several city contractors | missing their deadlines", of(article, criticized, false));
    assertEquals(null, criticized.source());
  }

  @Test
  void anAmongAfterAPassiveCueNamesWhoHoldTheViewAndAnAsBeforeItDoesNot() {
    AnalyzedArticle article = analyze("Headline\n\nThe new toll plan was not widely supported among commuters in the valley. "
        + "The two mayors are well known among retired teachers. "
        + "The delays are considered as among the worst in the region.\n");
    Quote supported = withCue(article, "was not widely supported");
    assertEquals("commuters in the valley", of(article, supported, true));
    assertEquals("The new toll plan", of(article, supported, false));
    assertEquals("retired teachers", of(article, withCue(article, "are well known"), true));
    assertEquals(null, withCue(article, "are considered").source());
  }

  @Test
  void aViewThatNamesNoOneAfterAWhileEndsTheEarlierViewThatNamesNoOne() {
    AnalyzedArticle article = analyze("Headline\n\nAcme is best known for making the wrinkle-smoothing cream Glow, "
        + "while Zenith is well known for making a wide variety of famous pens, including the Arrow.\n");
    assertEquals("Acme | making the wrinkle-smoothing cream Glow", of(article, withCue(article, "is best known for"), false));
    assertEquals("Zenith | making a wide variety of famous pens, including the Arrow",
        of(article, withCue(article, "is well known for"), false));
  }

  @Test
  void aCommaAfterAPassiveCueEndsItsContentAndFreesTheMainClause() {
    AnalyzedArticle article = analyze("Headline\n\nAlthough the treasurer was not charged, she has accused the council of hiding the audit. "
        + "Once the budget figures were released, union leaders said the cuts would fall on the night shifts.\n");
    assertEquals("the treasurer", of(article, withCue(article, "was not charged"), false));
    Quote accused = withCue(article, "has accused");
    assertEquals("she", of(article, accused, true));
    assertEquals("the council of hiding the audit", of(article, accused, false));
    Quote said = withCue(article, "said");
    assertEquals("union leaders", of(article, said, true));
    assertEquals("the cuts would fall on the night shifts", of(article, said, false));
  }

  @Test
  void aDescriptionBetweenDashesAfterTheSourceStaysInIt() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Chen — a nurse at the county hospital — says the staff shortage is getting worse.\n");
    Quote says = withCue(article, "says");
    assertEquals("Maria Chen — a nurse at the county hospital —", of(article, says, true));
    assertEquals("the staff shortage is getting worse", of(article, says, false));
  }

  @Test
  void aCommaAfterAConjunctionInsideDashesSetsOffNoAsideOfTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nSeveral council members — and, in particular, the deputy mayor — insisted that the budget was balanced.\n");
    Quote insisted = withCue(article, "insisted");
    assertEquals("Several council members — and, in particular, the deputy mayor —", of(article, insisted, true));
    assertEquals("that the budget was balanced", of(article, insisted, false));
  }

  @Test
  void aParticipleAfterItsNounEndsTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nBy a wide margin, those surveyed said the city needed more buses.\n");
    Quote said = withCue(article, "said");
    assertEquals("those surveyed", of(article, said, true));
    assertEquals("the city needed more buses", of(article, said, false));
  }

  @Test
  void theObjectBeforeTheSubjectOfACueWithNothingAfterItIsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor spoke at length. The council passed the budget she proposed.\n");
    Quote proposed = withCue(article, "proposed");
    assertEquals("she", of(article, proposed, true));
    assertEquals("the budget", of(article, proposed, false));
  }

  @Test
  void aCommaBetweenVerbsOfASeriesKeepsTheSubjectOfTheLast() {
    AnalyzedArticle article = analyze("Headline\n\nOutside the arena they gathered for hours, holding signs and chanting slogans against the stadium.\n");
    Quote chanting = withCue(article, "chanting");
    assertEquals("they", of(article, chanting, true));
    assertEquals("slogans against the stadium", of(article, chanting, false));
  }

  @Test
  void aParticipleAfterAccordingToCarriesTheSourceOnToItsMaker() {
    AnalyzedArticle article = analyze("Headline\n\nTurnout fell sharply among younger voters, according to exit polls reported by CNN and other networks.\n\n"
        + "The county spent $40,000 on the fair, according to a budget released Tuesday by the mayor's office.\n");
    Quote polls = withCue(article, "according to");
    assertEquals("exit polls reported by CNN and other networks", of(article, polls, true));
    assertEquals("Turnout fell sharply among younger voters", of(article, polls, false));
    Quote budget = allWithCue(article, "according to").get(1);
    assertEquals("a budget released Tuesday by the mayor's office", of(article, budget, true));
  }

  @Test
  void anAdverbBeforeAParticipleStaysInTheNounPhrase() {
    AnalyzedArticle article = analyze("Headline\n\nThe agency missed its own deadline twice, according to recently released internal emails.\n");
    Quote emails = withCue(article, "according to");
    assertEquals("recently released internal emails", of(article, emails, true));
    assertEquals("The agency missed its own deadline twice", of(article, emails, false));
  }

  @Test
  void aSpacedDashEndsTheSourceAfterAccordingTo() {
    AnalyzedArticle article = analyze("Headline\n\nThe plan would cost $2 trillion over a decade, according to the Tax Policy Center - about twice what the campaign claimed.\n");
    Quote center = withCue(article, "according to");
    assertEquals("the Tax Policy Center", of(article, center, true));
    assertEquals("The plan would cost $2 trillion over a decade", of(article, center, false));
  }

  @Test
  void accordingToVouchesOnlyForTheClauseAfterAnOpenBracketOrAColon() {
    AnalyzedArticle article = analyze("Headline\n\nRural counties like Adams (most of their residents are farmers, according to the census) voted early.\n\n"
        + "The new rule has not slowed hiring in the city: employers added 4,000 jobs in March, according to the labor department.\n");
    Quote census = withCue(article, "according to");
    assertEquals("most of their residents are farmers", of(article, census, false));
    Quote department = allWithCue(article, "according to").get(1);
    assertEquals("employers added 4,000 jobs in March", of(article, department, false));
  }

  @Test
  void accordingToLeavesOutTheConjunctionThatJoinsItsClauseToTheSentenceBefore() {
    AnalyzedArticle article = analyze("Headline\n\nThe studio offered a sequel. But the director turned the offer down, according to two people close to the film.\n");
    assertEquals("the director turned the offer down", of(article, withCue(article, "according to"), false));
  }

  @Test
  void aRestrictiveThatAfterAnObjectGivesTheSourceToTheVerbsSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor's campaign has released a radio ad that accuses her rival of ignoring rural hospitals.\n");
    Quote ad = withCue(article, "has released a radio ad that accuses");
    assertEquals("The governor's campaign", of(article, ad, true));
    assertEquals("her rival of ignoring rural hospitals", of(article, ad, false));
  }

  @Test
  void aContractedAuxiliaryAfterAPronounJoinsTheCueAndThePronounSpeaks() {
    // The tagger reads the curly "’s" as a possessive; after "she" it can only be "is".
    AnalyzedArticle article = analyze("Headline\n\nThe governor toured the flooded towns on Monday. She’s promising the state will pay for the repairs.\n");
    Quote promising = withCue(article, "’s promising");
    assertEquals("She", of(article, promising, true));
    assertEquals("the state will pay for the repairs", of(article, promising, false));
  }

  @Test
  void aParticipleAfterALongInvertedSourceHasThatSource() {
    AnalyzedArticle article = analyze("Headline\n\n“The pool stays open,” said Ana Ruiz, a spokeswoman for the parks department who runs its summer programs,"
        + " referring to the rumors that spread last week.\n");
    Quote referring = withCue(article, "referring to");
    assertEquals("Ana Ruiz, a spokeswoman for the parks department who runs its summer programs,", of(article, referring, true));
    assertEquals("the rumors that spread last week", of(article, referring, false));
  }

  @Test
  void aParticipleSetOffAfterTheOpeningSubjectIsThatSubjectsAside() {
    AnalyzedArticle article = analyze("Headline\n\nMayor Helen Lin, citing the rising cost of steel, said the bridge would stay closed until spring.\n");
    Quote citing = withCue(article, "citing");
    assertEquals("Mayor Helen Lin", of(article, citing, true));
    assertEquals("the rising cost of steel", of(article, citing, false));
  }

  @Test
  void aQuotationClosingTheOpeningPhraseStaysOutOfTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nAfter a stop at \"Rosie's Diner,\" Governor Ray Patel toured the damaged bridge,"
        + " arguing that it could not be repaired without new tolls.\n");
    Quote arguing = withCue(article, "arguing");
    assertEquals("Governor Ray Patel", of(article, arguing, true));
    assertEquals("that it could not be repaired without new tolls", of(article, arguing, false));
  }

  @Test
  void aQuantifierAfterTheSubjectJoinsTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe two county commissioners both criticized the new parking rules.\n");
    Quote criticized = withCue(article, "both criticized");
    assertEquals("The two county commissioners", of(article, criticized, true));
    assertEquals("the new parking rules", of(article, criticized, false));
  }

  @Test
  void onlyAVerbOfSayingHasItsSourceAfterAPlainComma() {
    AnalyzedArticle article = analyze("Headline\n\nThe council approved the budget on Tuesday, and Alderman Frank Ortiz, as he has for years,"
        + " opposed the new parking garage.\n");
    assertTrue(allWithCue(article, "opposed").stream().noneMatch(q -> of(article, q, true).equals("the new parking garage")),
        "the noun phrase after \"opposed\" is its object, not its source");
  }

  @Test
  void anOpeningParticiplesPhraseSetsTheSceneForTheCueAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nSpeaking to reporters outside the courthouse, the district attorney defended her handling of the case.\n");
    Quote defended = withCue(article, "defended");
    assertEquals("the district attorney", of(article, defended, true));
    assertEquals("her handling of the case", of(article, defended, false));
  }

  @Test
  void aParticipleThatOpensTheSubjectSetsNoScene() {
    AnalyzedArticle article = analyze("Headline\n\nRising sea levels could swamp the island's only airport within a decade,"
        + " the governor said in a speech.\n");
    Quote said = withCue(article, "said");
    assertEquals("the governor", of(article, said, true));
    assertEquals("Rising sea levels could swamp the island's only airport within a decade", of(article, said, false));
  }

  @Test
  void theQuotationAfterAParticipleGoesOnWithTheReportingClauseItCarriesOn() {
    AnalyzedArticle article = analyze("Headline\n\n“The budget is a disgrace,” Mayor Ruth Green said, referring to the city’s spending plan."
        + " “We will fight it in the council.”\n");
    Quote said = withCue(article, "said");
    assertEquals("“The budget is a disgrace,” | “We will fight it in the council.”", of(article, said, false));
    assertEquals("the city’s spending plan", of(article, withCue(article, "referring to"), false));
  }

  @Test
  void theQuotationAfterARelativeClauseDescribingTheSourceGoesOnWithTheReportingClause() {
    AnalyzedArticle article = analyze("Headline\n\n“The ferry has to keep running,” said Tom Reyes, a harbor pilot, who backed the levy in March."
        + " “Without it the island is cut off.”\n");
    Quote said = withCue(article, "said");
    assertEquals("“The ferry has to keep running,” | “Without it the island is cut off.”", of(article, said, false));
  }

  @Test
  void aVerbOfSayingReportsTheClauseAfterAnOpeningPhrase() {
    AnalyzedArticle article = analyze("Headline\n\nIn Dayton on Tuesday, the volunteers were stunned by the size of the crowd, she said in an interview.\n");
    Quote said = withCue(article, "said");
    assertEquals("she", of(article, said, true));
    assertEquals("In Dayton on Tuesday, the volunteers were stunned by the size of the crowd", of(article, said, false));
  }

  @Test
  void aVerbOfSayingAfterACommaWithAClauseAfterItHasTheSentencesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nFire Chief Dana Wells is proud of her crews, says the town will need months to recover.\n");
    String text = article.article().text();
    Quote says = article.quotes().stream().filter(q -> q.cue().of(text).endsWith("says")).findFirst().orElseThrow();
    assertEquals("Fire Chief Dana Wells", of(article, says, true));
    assertEquals("the town will need months to recover", of(article, says, false));
  }

  @Test
  void aClauseGoesOnAfterTheReportingClauseThatSplitsIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe vote was, the senator said, one of the hardest of her career.\n");
    Quote said = withCue(article, "said");
    assertEquals("the senator", of(article, said, true));
    assertEquals("The vote was | one of the hardest of her career", of(article, said, false));
  }

  @Test
  void aQuotationClosingInTheSubjectsClauseLeavesTheSubjectSpeaking() {
    AnalyzedArticle article = analyze("Headline\n\nCoach Ray Dunn is proud to lead the “Fighting Owls,” says the team will play on without its captain.\n");
    String text = article.article().text();
    Quote says = article.quotes().stream().filter(q -> q.cue().of(text).endsWith("says")).findFirst().orElseThrow();
    assertEquals("Coach Ray Dunn", of(article, says, true));
    assertEquals("the team will play on without its captain", of(article, says, false));
  }

  @Test
  void onlyAVerbOfSayingReportsTheClauseBeforeItsSubject() {
    AnalyzedArticle article = analyze("Headline\n\nA week after the storm hit the coast, the governor proposed a new tax on insurers.\n");
    Quote proposed = withCue(article, "proposed");
    assertEquals("the governor", of(article, proposed, true));
    assertEquals("a new tax on insurers", of(article, proposed, false));
  }

  @Test
  void anyVerbAfterAQuotationClosingInTheSubjectsDescriptionHasThatSubject() {
    AnalyzedArticle article = analyze("Headline\n\nAnn Cole, the author of “Streets for People,” praised the council for its vote.\n");
    Quote praised = withCue(article, "praised");
    assertEquals("Ann Cole, the author of “Streets for People,”", of(article, praised, true));
    assertEquals("the council for its vote", of(article, praised, false));
  }

  @Test
  void aReportingClauseInsideTheSentenceKeepsTheWordsBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe county's new budget, the mayor said, “leaves no money for the repairs our bridges need.”"
        + " The roads were empty, she added, “but the buses kept running.”\n");
    assertEquals("The county's new budget | “leaves no money for the repairs our bridges need.”", of(article, withCue(article, "said"), false));
    assertEquals("The roads were empty | “but the buses kept running.”", of(article, withCue(article, "added"), false));
  }

  @Test
  void aPrepositionAfterAPassiveCueSaysWhereAndTheSubjectAloneIsSpokenAbout() {
    AnalyzedArticle article = analyze("Headline\n\nThe new rules were announced at a news conference in Albany on Friday.\n");
    assertEquals("The new rules", of(article, withCue(article, "were announced"), false));
  }

  @Test
  void aNounPhraseClosingTheSentenceAfterAVerblessContentIsTheWritersComment() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor called for a statewide ban on fracking, a drilling method that critics blame for tainted wells.\n");
    assertEquals("a statewide ban on fracking", of(article, withCue(article, "called for"), false));
  }

  @Test
  void adverbsBetweenTheVerbAndItsPrepositionJoinTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator complained bitterly about the new tolls on the county's bridges.\n");
    assertEquals("the new tolls on the county's bridges", of(article, withCue(article, "complained bitterly about"), false));
  }

  @Test
  void adverbsBeforeThePrepositionOfAPhrasalOrObjectCueJoinTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe harbor master spoke briefly about the dredging of the channel.\n\n"
        + "The coach bragged loudly about his team's winning streak.\n\n"
        + "The union leader spoke out forcefully against the new shift schedule.\n\n"
        + "The senator opened the fair, talking warmly of the farmers who had lost their crops.\n");
    assertEquals("the dredging of the channel", of(article, withCue(article, "spoke briefly about"), false));
    assertEquals("his team's winning streak", of(article, withCue(article, "bragged loudly about"), false));
    assertEquals("the new shift schedule", of(article, withCue(article, "spoke out forcefully against"), false));
    assertEquals("the farmers who had lost their crops", of(article, withCue(article, "talking warmly of"), false));
  }

  @Test
  void anAsideParticiplesContentOpensAfterItsWholeCueWithThat() {
    AnalyzedArticle article = analyze("Headline\n\nBut the mayor, making it clear that the bridge would stay closed, left the meeting early.\n\n"
        + "The chairwoman, warning that the budget would run dry by March, closed the hearing.\n");
    Quote clear = withCue(article, "making it clear");
    assertEquals("the mayor", of(article, clear, true));
    assertEquals("that the bridge would stay closed", of(article, clear, false));
    assertEquals("that the budget would run dry by March", of(article, withCue(article, "warning"), false));
  }

  @Test
  void speakReportsWithOfOnlyAfterAnAdverbOfHowItWasSaid() {
    AnalyzedArticle article = analyze("Headline\n\nThe retired judge spoke warmly of the young prosecutor's skill in court.\n\n"
        + "Speaking of budgets, the council will meet again on Friday.\n");
    Quote warmly = withCue(article, "spoke warmly of");
    assertEquals("The retired judge", of(article, warmly, true));
    assertEquals("the young prosecutor's skill in court", of(article, warmly, false));
    assertTrue(allWithCue(article, "Speaking of").isEmpty());
  }

  @Test
  void anAttitudeAfterBeIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nParty leaders are wary of moving the platform too far to the left.\n\n"
        + "The mayor's aides remain confident that the bond measure will pass in November.\n\n"
        + "The message is clear: the plant will close.\n");
    Quote wary = withCue(article, "are wary of");
    assertEquals("Party leaders", of(article, wary, true));
    assertEquals("moving the platform too far to the left", of(article, wary, false));
    Quote confident = withCue(article, "remain confident");
    assertEquals("The mayor's aides", of(article, confident, true));
    assertEquals("that the bond measure will pass in November", of(article, confident, false));
    assertTrue(allWithCue(article, "is clear").isEmpty(), "\"clear\" is said of things as often as of people");
  }

  @Test
  void whatIsExpectedAfterARelativePronounOrASecondVerbKeepsItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe county board approved a new budget, which is expected to raise property taxes.\n\n"
        + "The senator is leaving Washington but is expected to remain active in the party.\n");
    List<Quote> expected = allWithCue(article, "is expected");
    assertEquals(2, expected.size());
    assertEquals("which | to raise property taxes", of(article, expected.get(0), false));
    assertEquals("to remain active in the party", of(article, expected.get(1), false));
  }

  @Test
  void aPassiveCueFindsItsSubjectBeforeADescriptionSetOffByCommas() {
    AnalyzedArticle article = analyze("Headline\n\nThe harbor authority, which has run the ferries since 1998, is expected to raise fares in the spring.\n\n"
        + "The old mill, under its new owners, is considered a landmark of the valley.\n");
    Quote expected = withCue(article, "is expected");
    assertEquals(null, expected.source());
    assertEquals("The harbor authority, which has run the ferries since 1998, | to raise fares in the spring", of(article, expected, false));
    Quote considered = withCue(article, "is considered");
    assertEquals(null, considered.source());
    assertEquals("The old mill | a landmark of the valley", of(article, considered, false));
  }

  @Test
  void aSentenceOpeningAsWithAPassiveCueVouchesForTheClauseAfterItsAgent() {
    AnalyzedArticle article = analyze("Headline\n\nAs reported by the county newspaper, the council will vote on the budget next week.\n");
    Quote reported = withCue(article, "reported");
    assertEquals("the county newspaper", of(article, reported, true));
    assertEquals("the council will vote on the budget next week", of(article, reported, false));
  }

  @Test
  void whatIsKnownAsOpensThePassiveContentWithItsPronoun() {
    AnalyzedArticle article = analyze("Headline\n\nThe town still celebrates what is known as the Harvest Parade.\n");
    Quote known = withCue(article, "is known as");
    assertEquals(null, known.source());
    assertEquals("what | the Harvest Parade", of(article, known, false));
  }

  @Test
  void anAttitudeTaggedAsAParticipleIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nSeveral council members were convinced that the audit was flawed.\n\n"
        + "Some parents have long been concerned that the new school is too far from the town.\n");
    Quote convinced = withCue(article, "were convinced");
    assertEquals("Several council members", of(article, convinced, true));
    assertEquals("that the audit was flawed", of(article, convinced, false));
    Quote concerned = withCue(article, "have long been concerned");
    assertEquals("Some parents", of(article, concerned, true));
    assertEquals("that the new school is too far from the town", of(article, concerned, false));
  }

  @Test
  void theCertaintyOfAssuredOfIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nWith the rural counties counted, the governor is now assured of a second term.\n");
    Quote assured = withCue(article, "is now assured of");
    assertEquals("the governor", of(article, assured, true));
    assertEquals("a second term", of(article, assured, false));
  }

  @Test
  void anAttitudeAfterADescriptionSetOffByCommasIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Ellison, a historian at Ohio State University who studies state budgets, "
        + "was not optimistic about the legislature passing the bill this year.\n");
    Quote optimistic = withCue(article, "was not optimistic about");
    assertEquals("Maria Ellison, a historian at Ohio State University who studies state budgets,", of(article, optimistic, true));
    assertEquals("the legislature passing the bill this year", of(article, optimistic, false));
  }

  @Test
  void anAdvocateNounDescribingTheSubjectIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nMartha Klein, a longtime critic of the mayor, announced her campaign for the council on Monday.\n\n"
        + "The council gave the contract to Hal Dorsey, a supporter of the mayor.\n");
    Quote critic = withCue(article, "a longtime critic of");
    assertEquals("Martha Klein", of(article, critic, true));
    assertEquals("the mayor", of(article, critic, false));
    assertTrue(allWithCue(article, "a supporter of").isEmpty(), "a description of an object is as often no attribution");
  }

  @Test
  void anOpeningTimeOrConnectiveWithItsCommaIsNoPartOfADescribedSource() {
    AnalyzedArticle article = analyze("Headline\n\nLast week, the city's budget director, Ann Morales, warned that the deficit would grow.\n\n"
        + "Still, Omar Reyes, who believes the contract is flawed, called the offer “a good start” on Tuesday.\n\n"
        + "On March 3, 2015, the governor, who had stayed silent for months, announced that she would sign the bill.\n");
    assertEquals("the city's budget director, Ann Morales,", of(article, withCue(article, "warned"), true));
    assertEquals("Omar Reyes, who believes the contract is flawed,", of(article, withCue(article, "called"), true));
    assertEquals("the governor, who had stayed silent for months,", of(article, withCue(article, "announced"), true));
  }

  @Test
  void anOpeningPrepositionalPhraseIsNoPartOfTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nIn Denver, Ruth Alvarez, a nurse who has worked nights for a decade, left the hearing early, "
        + "saying the board had ignored her.\n\n"
        + "On Tuesday she toured the plant, promising that the jobs would stay.\n");
    assertEquals("Ruth Alvarez, a nurse who has worked nights for a decade,", of(article, withCue(article, "saying"), true));
    assertEquals("she", of(article, withCue(article, "promising"), true));
  }

  @Test
  void aColonAfterAParticipleIsPartOfItsCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor praised the new budget at a meeting on Tuesday, adding: “We will repave every road in the county.”\n\n"
        + "The union rejected the offer, saying: “This contract does nothing for our members.”\n");
    Quote adding = withCue(article, "adding:");
    assertEquals("The mayor", of(article, adding, true));
    assertEquals("“We will repave every road in the county.”", of(article, adding, false));
    assertEquals("“This contract does nothing for our members.”", of(article, withCue(article, "saying:"), false));
  }

  @Test
  void aStatementThatClosesAReportingClauseAfterItsContentIsPartOfItsCue() {
    AnalyzedArticle article = analyze("Headline\n\n“We will not close the plant this year,” the company said in a written statement.\n\n"
        + "“The plant will stay open,” the mayor said in an interview.\n");
    Quote statement = withCue(article, "said in a written statement");
    assertEquals("the company", of(article, statement, true));
    assertEquals("“We will not close the plant this year,”", of(article, statement, false));
    assertEquals("the mayor", of(article, withCue(article, "said"), true), "an interview stays out of the cue");
  }

  @Test
  void aPhraseOfMannerThatClosesAReportingClauseAfterItsContentIsPartOfItsCue() {
    AnalyzedArticle article = analyze("Headline\n\n“Nobody reads the minutes anyway,” the clerk said with a shrug.\n\n"
        + "“The vote is final,” Ms. Okafor said without further explanation, and she left the room.\n");
    assertEquals("the clerk", of(article, withCue(article, "said with a shrug"), true));
    assertEquals("“The vote is final,”", of(article, withCue(article, "said without further explanation"), false));
  }

  @Test
  void theListedPrepositionAfterACueAndItsParticleIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor lashed out at the county clerks after the vote.\n\n"
        + "The two council members disagree on how the surplus should be spent.\n");
    Quote lashed = withCue(article, "lashed out at");
    assertEquals("The governor", of(article, lashed, true));
    assertEquals("The two council members", of(article, withCue(article, "disagree on"), true));
  }

  @Test
  void upBeforeTheObjectOfACueIsItsParticle() {
    AnalyzedArticle article = analyze("Headline\n\nAt the breakfast, the mayor talked up her plan for a new harbor.\n");
    Quote talked = withCue(article, "talked up");
    assertEquals("the mayor", of(article, talked, true));
    assertEquals("her plan for a new harbor", of(article, talked, false));
  }

  @Test
  void aQuantifierAfterTheAuxiliaryOfAPluralSubjectIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor and the county executive have both argued that the bridge must be rebuilt.\n");
    Quote argued = withCue(article, "have both argued");
    assertEquals("The mayor and the county executive", of(article, argued, true));
    assertEquals("that the bridge must be rebuilt", of(article, argued, false));
  }

  @Test
  void aQuantifierAfterADashAsideLeavesTheSubjectBeforeTheAsideTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe county's farm lobbyists — whose members grow most of the state's corn — both opposed"
        + " the water tax and praised the new dam.\n");
    assertEquals("The county's farm lobbyists", of(article, withCue(article, "both opposed"), true));
    assertEquals("The county's farm lobbyists", of(article, withCue(article, "praised"), true));
  }

  @Test
  void anAdverbThatNarrowsTheSubjectIsPartOfTheSourceNotOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nFarmers here say the new canal has lowered the river.\n\n"
        + "Most of the county's voters overall said they would support the levy.\n");
    Quote say = withCue(article, "say");
    assertEquals("Farmers here", of(article, say, true));
    assertEquals("the new canal has lowered the river", of(article, say, false));
    assertEquals("Most of the county's voters overall", of(article, withCue(article, "said"), true));
  }

  @Test
  void thePleaOfPleadIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe former treasurer pleaded guilty to stealing money from the school fund.\n");
    Quote pleaded = withCue(article, "pleaded guilty");
    assertEquals("The former treasurer", of(article, pleaded, true));
    assertEquals("to stealing money from the school fund", of(article, pleaded, false));
  }

  @Test
  void theCopulaBeforeAccordingToIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe library lent 40,000 books last year. That’s according to the annual report of the county.\n\n"
        + "The bridge will cost $2 million more. That is according to the city engineer.\n");
    Quote curly = withCue(article, "’s according to");
    assertEquals("That", of(article, curly, false));
    assertEquals("the annual report of the county", of(article, curly, true));
    assertEquals("That", of(article, withCue(article, "is according to"), false));
  }

  @Test
  void aParticipleThatOpensTheSentenceIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nNoting that the river had flooded twice this year, the mayor asked for more money.\n\n"
        + "Recalling the last strike, Paula Greer, who has driven a bus for twenty years, said the drivers would hold firm.\n\n"
        + "Reading from a prepared text, the chairman thanked the volunteers.\n");
    Quote noting = withCue(article, "Noting");
    assertEquals("the mayor", of(article, noting, true));
    assertEquals("that the river had flooded twice this year", of(article, noting, false));
    Quote recalling = withCue(article, "Recalling");
    assertEquals("Paula Greer, who has driven a bus for twenty years,", of(article, recalling, true));
    assertEquals("the last strike", of(article, recalling, false));
    assertTrue(allWithCue(article, "Reading").isEmpty() && allWithCue(article, "Reading from").isEmpty(),
        "a preposition the participle does not take says where or how, not what");
  }

  @Test
  void aVerbOfASeriesSharesTheSubjectOfTheFirst() {
    AnalyzedArticle article = analyze("Headline\n\nThe school board rejected both complaints, ruled the teacher blameless and promised a review of its rules.\n\n"
        + "A few minutes later the organizers reversed course, opened the doors and said everyone would be let in.\n\n"
        + "The report, which the mayor ordered last spring, concluded that the bridge was unsafe.\n");
    Quote ruled = withCue(article, "ruled");
    assertEquals("The school board", of(article, ruled, true));
    assertEquals("the teacher blameless", of(article, ruled, false));
    Quote said = withCue(article, "said");
    assertEquals("the organizers", of(article, said, true));
    assertEquals("everyone would be let in", of(article, said, false));
    assertTrue(allWithCue(article, "concluded").stream().noneMatch(q -> of(article, q, true).equals("the mayor")),
        "the verb after a relative clause is no second verb of the clause's subject");
  }

  @Test
  void aVerbOfSeemingAfterASubjectDescribedBetweenCommasTakesTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe old bridge, until last spring, seemed safe enough for heavy trucks.\n\n"
        + "The union, which has lost half its members, seems unlikely to call a strike.\n");
    assertEquals("The old bridge | safe enough for heavy trucks", of(article, withCue(article, "seemed"), false));
    assertEquals("The union, which has lost half its members, | unlikely to call a strike", of(article, withCue(article, "seems"), false));
  }

  @Test
  void aVerbOfSeemingAfterItTakesTheClauseThatFollowsWithoutThat() {
    AnalyzedArticle article = analyze("Headline\n\nThe count is not over, but it seems the council has too few votes for the budget.\n\n"
        + "Even after the recount, it appears she has little chance of keeping her seat.\n");
    Quote seems = withCue(article, "seems");
    assertEquals(null, seems.source());
    assertEquals("the council has too few votes for the budget", of(article, seems, false));
    assertEquals("she has little chance of keeping her seat", of(article, withCue(article, "appears"), false));
  }

  @Test
  void aPastFormOfAskedAfterWheneverIsTheQuestionPutToTheSpeaker() {
    AnalyzedArticle article = analyze("Headline\n\nWhenever asked about her rivals, the senator changed the subject to the weather.\n\n"
        + "''Plenty of them,'' the mayor said last week when asked what he would cut from the budget.\n");
    Quote about = withCue(article, "asked about");
    assertEquals(null, about.source());
    assertEquals("her rivals", of(article, about, false));
    assertEquals("what he would cut from the budget", of(article, withCue(article, "asked"), false));
  }

  @Test
  void aTimeAloneAfterTheCueLeavesTheClauseBeforeTheSourceAsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe union will probably stay out of the race altogether, "
        + "Union Director of Political Affairs Carl Jones told POLITICO earlier this month.\n");
    Quote told = withCue(article, "told");
    assertEquals("Union Director of Political Affairs Carl Jones", of(article, told, true));
    assertEquals("The union will probably stay out of the race altogether", of(article, told, false));
  }

  @Test
  void anAdverbOfHearsayIsAnAttributionThatNamesNoOne() {
    AnalyzedArticle article = analyze("Headline\n\nThe company has reportedly lost two of its largest clients.\n\n"
        + "The governor reportedly said the plan was dead.\n");
    Quote reportedly = withCue(article, "reportedly");
    assertEquals(null, reportedly.source());
    assertEquals("The company has | lost two of its largest clients", of(article, reportedly, false));
    assertEquals(1, allWithCue(article, "reportedly").size(), "before a reporting verb the adverb is part of that verb's cue");
    assertEquals("The governor", of(article, withCue(article, "reportedly said"), true));
  }

  @Test
  void aCueInAClauseOpenedByWhichOrAfterInsideAnotherContentIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said voters would back the stadium deal, "
        + "which her rivals called a giveaway to developers.\n\n"
        + "The dean argued that turnout had climbed after most students said they would vote in the fall.\n");
    Quote called = withCue(article, "called");
    assertEquals("her rivals", of(article, called, true));
    assertEquals("which | a giveaway to developers", of(article, called, false));
    Quote students = allWithCue(article, "said").get(1);
    assertEquals("most students", of(article, students, true));
    assertEquals("they would vote in the fall", of(article, students, false));
    assertEquals("The mayor", of(article, withCue(article, "said"), true));
    assertEquals("The dean", of(article, withCue(article, "argued"), true));
  }

  @Test
  void aCueInARelativeClauseSetOffByCommasEndsWhereTheSentencesVerbResumes() {
    AnalyzedArticle article = analyze("Headline\n\nThe new parking fees, which city officials said will take effect in May, "
        + "will not apply to nurses at the hospital.\n");
    Quote said = withCue(article, "said");
    assertEquals("city officials", of(article, said, true));
    assertEquals("which | will take effect in May", of(article, said, false));
  }

  @Test
  void aSayingWhoseRelativeSubjectOpensTheClauseInsideAnotherContentIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor praised the council for a budget that she said would lower taxes next year.\n");
    assertEquals("The mayor", of(article, withCue(article, "praised"), true));
    Quote said = withCue(article, "said");
    assertEquals("she", of(article, said, true));
    assertEquals("that | would lower taxes next year", of(article, said, false));
  }

  @Test
  void aRelativeWhoWithAVerbOfSayingInsideAnotherContentIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe pollster said support for the levy held steady among parents, "
        + "compared with 30 percent of renters who say the tax is too high.\n");
    Quote renters = withCue(article, "say");
    assertEquals("who", of(article, renters, true));
    assertEquals("the tax is too high", of(article, renters, false));
    assertEquals("The pollster", of(article, withCue(article, "said"), true));
  }

  @Test
  void aSeriesThatOpensTheSentenceIsTheWholeSource() {
    AnalyzedArticle article = analyze("Headline\n\nBut farmers, truck drivers, and many small business owners say the new tax will hurt them.\n\n"
        + "Mayor Ruth Olsen, Senator Paul Grant and two city council members said the bridge must be rebuilt.\n\n"
        + "In Ohio, teachers and nurses said the strike would continue.\n");
    assertEquals("farmers, truck drivers, and many small business owners", of(article, withCue(article, "say"), true));
    assertEquals("Mayor Ruth Olsen, Senator Paul Grant and two city council members", of(article, allWithCue(article, "said").get(0), true));
    assertEquals("teachers and nurses", of(article, allWithCue(article, "said").get(1), true), "two phrases after a comma are a scene and its subject");
  }

  @Test
  void aStateOrAHomeTownAfterTheCommaOfAnInvertedSourceStaysInItsDescription() {
    AnalyzedArticle article = analyze("Headline\n\n“The water is still brown,” said Carla Mendes, a nurse based in Dayton, Ohio, who has lived there for years.\n\n"
        + "“We need the jobs back,” said Tom Becker, 41, of Flint.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Carla Mendes, a nurse based in Dayton, Ohio, who has lived there for years", of(article, said.get(0), true));
    assertEquals("Tom Becker, 41, of Flint", of(article, said.get(1), true));
  }

  @Test
  void aSecondRoleJoinedByAndAfterTheDescriptionsCommaStaysInTheSource() {
    assertFirstQuote("Headline\n\n“The levee will hold,” said Dana Whitfield, chief engineer of the county flood district, "
        + "and a former Army officer.\n",
        "Dana Whitfield, chief engineer of the county flood district, and a former Army officer", "“The levee will hold,”");
  }

  @Test
  void aCueWordThatIsTheFirstNameAfterARoleIsPartOfTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nCity council spokeswoman Hope Alvarez said the budget would be ready in May.\n");
    Quote said = withCue(article, "said");
    assertEquals("City council spokeswoman Hope Alvarez", of(article, said, true));
    assertEquals("the budget would be ready in May", of(article, said, false));
    assertTrue(allWithCue(article, "Hope").isEmpty(), "the name is no cue");
  }

  @Test
  void aSeriesAfterAPhraseThatSetsTheSceneIsTheWholeSource() {
    AnalyzedArticle article = analyze("Headline\n\nAt the hearing on Monday, neighbors, shop owners and two local pastors said the plant should close.\n\n"
        + "Instead, Alvarez, Brooks and Chen argued that the fund was too small.\n");
    assertEquals("neighbors, shop owners and two local pastors", of(article, withCue(article, "said"), true));
    assertEquals("Alvarez, Brooks and Chen", of(article, withCue(article, "argued"), true));
  }

  @Test
  void aRelativeClauseOfTakingASideStaysInTheInvertedSourceItDescribes() {
    AnalyzedArticle article = analyze("Headline\n\n“The tax is fair,” said Laura Pike, a state senator, who supports the measure.\n\n"
        + "“The tax will pass,” said Omar Haddad, a county clerk, who predicted a close vote.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Laura Pike, a state senator, who supports the measure", of(article, said.get(0), true));
    assertEquals("Omar Haddad, a county clerk", of(article, said.get(1), true), "a verb of saying or thinking makes an attribution of its own");
  }

  @Test
  void aRelativeClauseThatReportsNothingOfItsOwnStaysInTheInvertedSource() {
    AnalyzedArticle article = analyze("Headline\n\n“The levy is too high,” said Nora Quinn, a welder, who has known the mayor since grade school.\n\n"
        + "“The mill will reopen,” said Victor Lund, a foreman, who conceded that the orders had slowed.\n\n"
        + "“The road is safe,” said Ida Marsh, a driver, who predicted a quiet winter.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Nora Quinn, a welder, who has known the mayor since grade school", of(article, said.get(0), true),
        "a cue that reports nothing of its own describes the source");
    assertEquals("Victor Lund, a foreman", of(article, said.get(1), true), "a cue with a clause of its own is an attribution of its own");
    assertEquals("Ida Marsh, a driver", of(article, said.get(2), true), "a verb of predicting is one of saying in other words");
  }

  @Test
  void aNameWithItsBracketedPartyJoinsTheSubjectAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nFormer Ohio Gov. Ann Hale (D) and former Utah Gov. Tom Marsh (R) announced that they would back the levy.\n\n"
        + "However, Sen. Ruth Bell (Ore.) and Rep. Carl Diaz argued that the bill was flawed.\n");
    assertEquals("Former Ohio Gov. Ann Hale (D) and former Utah Gov. Tom Marsh (R)", of(article, withCue(article, "announced"), true));
    assertEquals("Sen. Ruth Bell (Ore.) and Rep. Carl Diaz", of(article, withCue(article, "argued"), true),
        "the connective's comma opens no phrase");
  }

  @Test
  void aPostNamedByAParticipleOrAnOwnerDescribesTheInvertedSource() {
    AnalyzedArticle article = analyze("Headline\n\n“The fund is sound,” said Maria Lott, managing director of the county trust.\n\n"
        + "“The plan will pass,” said Paul Grant, then Ohio's budget director.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("Maria Lott, managing director of the county trust", of(article, said.get(0), true));
    assertEquals("Paul Grant, then Ohio's budget director", of(article, said.get(1), true));
  }

  @Test
  void aListedPastParticipleAfterTheDashThatClosesAnAsideIsTheVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe three judges - Ms. Park, Mr. Ruiz and Ms. Lund - agreed there was no sign of fraud.\n\n"
        + "In an interview at her office, Dana Ruiz - the mayor's sister and co-host of his radio show - told The Daily Ledger that the plan had failed.\n");
    assertEquals("The three judges - Ms. Park, Mr. Ruiz and Ms. Lund -", of(article, withCue(article, "agreed"), true));
    assertEquals("there was no sign of fraud", of(article, withCue(article, "agreed"), false));
    assertEquals("Dana Ruiz - the mayor's sister and co-host of his radio show -", of(article, withCue(article, "told"), true));
  }

  @Test
  void aCueInTheDescriptionOfAnInvertedSourceDoesNotTakeTheQuotationItsSourceSaid() {
    AnalyzedArticle article = analyze("Headline\n\n“We will fill every seat,” said Ana Ortiz, founder of a club called Fans for Ruiz.\n\n"
        + "“The lines will be long,” said Mark Bell, a lawyer who has filed several suits challenging the rules.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals(2, said.size());
    assertEquals("Ana Ortiz, founder of a club called Fans for Ruiz", of(article, said.get(0), true));
    assertEquals("“We will fill every seat,”", of(article, said.get(0), false));
    assertEquals("Mark Bell, a lawyer who has filed several suits challenging the rules", of(article, said.get(1), true));
    assertTrue(allWithCue(article, "challenging").isEmpty());
  }

  @Test
  void aTimeThatEndsTheSentenceAfterAnObjectIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe county sheriff endorsed the challenger on Thursday night.\n\n"
        + "The board said the vote would be held next week.\n");
    assertEquals("the challenger", of(article, withCue(article, "endorsed"), false));
    assertEquals("the vote would be held next week", of(article, withCue(article, "said"), false),
        "a reported clause keeps its time");
  }

  @Test
  void aMediumOrOccasionAfterAnObjectIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor praised the new budget in a radio interview.\n\n"
        + "The senator mocked the mayor on Twitter.\n\n"
        + "The treasurer criticized the council during a heated debate, saying the plan was reckless.\n\n"
        + "The clerk said the levy would pass in a statement.\n");
    assertEquals("the new budget", of(article, withCue(article, "praised"), false));
    assertEquals("the mayor", of(article, withCue(article, "mocked"), false));
    assertEquals("the council", of(article, withCue(article, "criticized"), false));
    assertEquals("the levy would pass in a statement", of(article, withCue(article, "said"), false),
        "a reported clause keeps the phrase, as gold most often does");
  }

  @Test
  void aMonthOrDayAfterAnObjectIsNoPartOfTheContentWhereverTheContentEnds() {
    AnalyzedArticle article = analyze("Headline\n\nThe union endorsed the senator in early March, citing his record on wages.\n\n"
        + "When the mayor first described the tax on Tuesday, she said it would be temporary.\n\n"
        + "The council had opposed a similar levy in 2009.\n");
    assertEquals("the senator", of(article, withCue(article, "endorsed"), false));
    assertEquals("the tax", of(article, withCue(article, "first described"), false));
    assertEquals("a similar levy in 2009", of(article, withCue(article, "had opposed"), false), "a year alone more often dates what was said");
  }

  @Test
  void aBroadcasterAfterAnObjectIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator criticized the budget on NBC's Meet the Press.\n\n"
        + "The mayor defended the plan on his radio show.\n\n"
        + "The treasurer dismissed the audit on Monday's panel.\n");
    assertEquals("the budget", of(article, withCue(article, "criticized"), false));
    assertEquals("the plan", of(article, withCue(article, "defended"), false));
    assertEquals("the audit on Monday's panel", of(article, withCue(article, "dismissed"), false), "a panel is no broadcaster");
  }

  @Test
  void aTimeWithNoPrepositionAfterAnObjectIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe union endorsed the senator last week.\n\n"
        + "The governor praised the volunteers Tuesday night at a rally.\n\n"
        + "The coach welcomed the team's wins Saturday in Ohio and Texas.\n");
    assertEquals("the senator", of(article, withCue(article, "endorsed"), false));
    assertEquals("the volunteers", of(article, withCue(article, "praised"), false));
    assertEquals("the team's wins Saturday in Ohio and Texas", of(article, withCue(article, "welcomed"), false),
        "a day and a named place say when and where the wins were");
  }

  @Test
  void aQuotationClosedBeforeAMediumIsPartOfTheObjectAndTheMediumIsNot() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor called the plan “reckless” in a tweet.\n\n"
        + "The governor described the levy during an interview as “a burden on families.”\n");
    assertEquals("the plan “reckless”", of(article, withCue(article, "called"), false));
    assertEquals("the levy during an interview as “a burden on families.”", of(article, withCue(article, "described"), false),
        "a quotation after the medium goes on with what was said");
  }

  @Test
  void aNounsInfinitiveLeavesTheTimeAndMediumAfterItOut() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator announced her intention to run for governor on Thursday.\n\n"
        + "The mayor repeated his commitment to rebuilding the old bridge in a radio interview.\n");
    assertEquals("her intention to run for governor", of(article, withCue(article, "announced"), false));
    assertEquals("his commitment to rebuilding the old bridge", of(article, withCue(article, "repeated"), false));
  }

  @Test
  void aTimeOfSayingBeforeACommaAndAPhraseWithNoClauseIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor endorsed the mayor in early March, but only after weeks of quiet talks.\n");
    assertEquals("the mayor", of(article, withCue(article, "endorsed"), false));
  }

  @Test
  void aMediumIsNamedByItsHeadBeforeAParticipleOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator praised the new budget in an interview published Sunday.\n");
    assertEquals("the new budget", of(article, withCue(article, "praised"), false));
  }

  @Test
  void aRecentSpanAfterAnObjectIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe council has been working to promote the harbor's ferry service in recent years.\n");
    assertEquals("the harbor's ferry service", of(article, withCue(article, "has been working to promote"), false));
  }

  @Test
  void aMediumIsNamedByItsHeadBeforeItsOwnPhraseAndDay() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor endorsed the senator at a news conference Tuesday.\n\n"
        + "The governor praised the plan during a conference call with reporters.\n\n"
        + "The treasurer dismissed the audit at Monday's debate.\n");
    assertEquals("the senator", of(article, withCue(article, "endorsed"), false));
    assertEquals("the plan", of(article, withCue(article, "praised"), false));
    assertEquals("the audit at Monday's debate", of(article, withCue(article, "dismissed"), false),
        "a debate named by its day is part of what was said");
  }

  @Test
  void aRelativeClauseAfterTheContentsOneCommaIsTheWritersWord() {
    AnalyzedArticle article = analyze("Headline\n\nThe treasurer said she supports the new levy, which would pay for two fire stations.\n\n"
        + "The mayor thanked the volunteers, who had cleared the park by noon.\n\n"
        + "The clerk said the levy, which voters approved, would pay for the stations.\n");
    assertEquals("she supports the new levy", of(article, withCue(article, "said"), false));
    assertEquals("the volunteers", of(article, withCue(article, "thanked"), false));
    assertTrue(allWithCue(article, "said").stream().anyMatch(q -> of(article, q, false).equals("the levy, which voters approved, would pay for the stations")),
        "a relative clause the content goes on after keeps its place");
  }

  @Test
  void aComparisonAfterACommaIsTheWritersNotThePolls() {
    AnalyzedArticle article = analyze("Headline\n\nForty percent of the farmers said the tariffs hurt them, "
        + "compared with 25 percent of the ranchers who said the same.\n");
    assertEquals("the tariffs hurt them", of(article, withCue(article, "said"), false));
  }

  @Test
  void aDescriptionOfANameThatEndsAReportedClauseIsTheWriters() {
    AnalyzedArticle article = analyze("Headline\n\nThe coach said the team would play the final in Denver, the city that hosted it last year.\n\n"
        + "The mayor praised Ana Lopez, the new fire chief.\n");
    assertEquals("the team would play the final in Denver", of(article, withCue(article, "said"), false));
    assertEquals("Ana Lopez, the new fire chief", of(article, withCue(article, "praised"), false),
        "a name alone as the content keeps its description");
  }

  @Test
  void aDescriptionOfANameThatEndsAnObjectOrAClauseWithAHyphenIsTheWriters() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator repeated her support for Ms. Alvarez, the outgoing treasurer.\n\n"
        + "The mayor said the contract went to Dana Whitfield, the long-serving city engineer.\n");
    assertEquals("her support for Ms. Alvarez", of(article, withCue(article, "repeated"), false));
    assertEquals("the contract went to Dana Whitfield", of(article, withCue(article, "said"), false),
        "a hyphen inside a word sets no phrase off");
  }

  @Test
  void aDescriptionWithARelativeClauseWithoutItsRelativeWordIsTheWriters() {
    AnalyzedArticle article = analyze("Headline\n\nThe councilman said the depot should move to the river, a plan the mayor has since dropped.\n\n"
        + "The auditor said the agency had lost track of the grants, a point Director Reyes conceded at the hearing.\n\n"
        + "The coach said the more games the team wins, the more tickets it sells.\n");
    assertEquals("the depot should move to the river", of(article, withCue(article, "said"), false));
    assertEquals("the agency had lost track of the grants", of(article, allWithCue(article, "said").get(1), false),
        "the name is the relative clause's subject, no name of the noun before the comma");
    assertEquals("the more games the team wins, the more tickets it sells", of(article, allWithCue(article, "said").get(2), false),
        "\"the\" with a comparative answers the clause before");
  }

  @Test
  void aClauseWithWhereOnThePlaceThatEndsTheContentIsTheWriters() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor said she would open her campaign in Dayton, where her father ran a hardware store.\n");
    assertEquals("she would open her campaign in Dayton", of(article, withCue(article, "said"), false));
  }

  @Test
  void aOneWordAnswerIsTheWholeContent() {
    AnalyzedArticle article = analyze("Headline\n\nAsked whether she would run again, the governor said no.\n\n"
        + "Most farmers backed the tariff last spring, and 40 percent of ranchers said so in June.\n\n"
        + "The mayor thinks so, too.\n\n"
        + "The coach said no to the new schedule.\n");
    List<Quote> said = allWithCue(article, "said");
    assertEquals("no", of(article, said.get(0), false));
    assertEquals("so", of(article, said.get(1), false));
    assertEquals("so", of(article, withCue(article, "thinks"), false));
    assertEquals("no to the new schedule", of(article, said.get(2), false), "\"no\" with an object is no answer alone");
  }

  @Test
  void aNounThatHeadsARelativeClauseIsNoPartOfTheSourceAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nRising rents are the reason Mayor Lena Ortiz said the city needs new housing.\n\n"
        + "At the moment Senator Paul Reyes says the bill has enough votes.\n\n"
        + "Transit columnist Maya Green wrote that the line would open late.\n");
    assertEquals("Mayor Lena Ortiz", of(article, withCue(article, "said"), true));
    assertEquals("Senator Paul Reyes", of(article, withCue(article, "says"), true));
    assertEquals("Transit columnist Maya Green", of(article, withCue(article, "wrote"), true), "a role noun stays with the name");
  }

  @Test
  void aModifierJoinedByAHyphenToAParticipleStaysInTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nAward-winning chef Dana Cole said the menu would change in the spring.\n\n"
        + "The best-selling novelist Ines Varga wrote that the archive was lost.\n");
    assertEquals("Award-winning chef Dana Cole", of(article, withCue(article, "said"), true));
    assertEquals("The best-selling novelist Ines Varga", of(article, withCue(article, "wrote"), true));
  }

  @Test
  void aParticipleThatDescribesTheSubjectBelongsToTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nFarmers living near the new dam say the reservoir will flood their fields.\n\n"
        + "Engineers hired by the county warned that the spillway was too narrow.\n");
    assertEquals("Farmers living near the new dam", of(article, withCue(article, "say"), true));
    assertEquals("Engineers hired by the county", of(article, withCue(article, "warned"), true));
  }

  @Test
  void aVerbInTheFormOfTheReportedClausesGoesOnWithTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe bus drivers argue that the city should consider raising fares and backing a new tram line.\n\n"
        + "The union leader told reporters the new chief is someone who listens and explains her decisions.\n\n"
        + "The mayor said the deficit grew last year and warned that taxes would rise.\n");
    assertEquals("that the city should consider raising fares and backing a new tram line", of(article, withCue(article, "argue"), false));
    assertEquals("the new chief is someone who listens and explains her decisions", of(article, withCue(article, "told"), false));
    assertEquals("the deficit grew last year", of(article, withCue(article, "said"), false),
        "a verb in the cue's form is the source's next statement");
  }

  @Test
  void aPronounAndItsVerbAfterAContentWithNoClauseOpenTheWritersClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor decided not to seek a third term and she stayed on as party chair.\n\n"
        + "A columnist called the stadium deal a giveaway and we agree.\n\n"
        + "The organizers think she and they can fill the hall.\n");
    assertEquals("not to seek a third term", of(article, withCue(article, "decided"), false));
    assertEquals("the stadium deal a giveaway", of(article, withCue(article, "called"), false));
    assertEquals("she and they can fill the hall", of(article, withCue(article, "think"), false), "pronouns joined by \"and\" are one subject");
  }

  @Test
  void aSubordinateClauseAfterAContentWithNoClauseIsTheWriters() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator vowed to cut the transit budget, although the session ends in a week.\n\n"
        + "The coach predicted an easy victory in the final, as the players left the hotel for the stadium.\n\n"
        + "Union leaders welcomed the new contract, even though the raise was smaller than they had asked.\n\n"
        + "The mayor said the bridge would reopen in May, although repairs had run late.\n");
    assertEquals("to cut the transit budget", of(article, withCue(article, "vowed"), false));
    assertEquals("an easy victory in the final", of(article, withCue(article, "predicted"), false));
    assertEquals("the new contract", of(article, withCue(article, "welcomed"), false));
    assertEquals("the bridge would reopen in May, although repairs had run late", of(article, withCue(article, "said"), false),
        "after a reported clause the subordinate clause may be the source's");
  }

  @Test
  void aDashBeforeAConcessiveSubordinatorEndsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the plant would reopen in March — though no date has been set.\n\n"
        + "Union leaders welcomed the new contract - although the raise was smaller than they had asked.\n\n"
        + "The manager said the line would reopen — though not before May — once the repairs were done.\n");
    assertEquals("the plant would reopen in March", of(article, withCue(article, "said"), false));
    assertEquals("the new contract", of(article, withCue(article, "welcomed"), false));
    assertEquals("the line would reopen — though not before May — once the repairs were done", of(article, allWithCue(article, "said").get(1), false),
        "a second dash closes an aside inside the content");
  }

  @Test
  void theDashThatClosesAnAsideEndsAContentInsideIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe county budget is nearly empty — auditors found it holds less than $2 million — and the board plans to borrow.\n\n"
        + "The senator — who has come out against the pipeline deal — stood beside the governor at the rally.\n\n"
        + "The mayor said the plant would reopen — though not before May — once the repairs were done.\n");
    assertEquals("it holds less than $2 million", of(article, withCue(article, "found"), false));
    assertEquals("the pipeline deal", of(article, withCue(article, "has come out against"), false));
    assertEquals("the plant would reopen — though not before May — once the repairs were done", of(article, withCue(article, "said"), false),
        "a cue outside the dashes keeps the aside in its content");
  }

  @Test
  void asWithAnAuxiliaryBeforeItsSubjectSaysWhoElseSaidSo() {
    AnalyzedArticle article = analyze("Headline\n\nThe two senators have said they will not attend the summit, as has the governor of the state.\n\n"
        + "The council member wants a new audit of the port, as do several of her colleagues.\n\n"
        + "The mayor said the budget was balanced, as was the case last year.\n");
    assertEquals("they will not attend the summit", of(article, withCue(article, "have said"), false));
    assertEquals("a new audit of the port", of(article, withCue(article, "wants"), false));
    assertEquals("the budget was balanced, as was the case last year", of(article, withCue(article, "said"), false),
        "\"as\" with \"be\" does not stand for the reporting verb's phrase");
  }

  @Test
  void aCueInTheDescriptionOfASourceEndsWithTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nCity workers supporting the strike have said they will stay out until May.\n\n"
        + "The parents who wrote to the school board say the buses are always late.\n");
    assertEquals("City workers supporting the strike", of(article, withCue(article, "have said"), true));
    assertEquals("they will stay out until May", of(article, withCue(article, "have said"), false));
    assertEquals("the strike", of(article, withCue(article, "supporting"), false));
    assertEquals("The parents who wrote to the school board", of(article, withCue(article, "say"), true));
    assertEquals("the buses are always late", of(article, withCue(article, "say"), false));
  }

  @Test
  void aCueInTheClauseThatOpensTheSentenceEndsItsContentAtTheClausesComma() {
    AnalyzedArticle article = analyze("Headline\n\nNow that the mayor has claimed that the stadium paid for itself, her rivals have some questions to answer.\n\n"
        + "But even as the coach insisted the team would win, his assistants were packing their bags.\n\n"
        + "When the senator said the plan was “a costly mistake,” the vote was put off.\n\n"
        + "As the chairman put it, the budget is a promise the county cannot keep.\n");
    assertEquals("that the stadium paid for itself", of(article, withCue(article, "has claimed"), false));
    assertEquals("the team would win", of(article, withCue(article, "insisted"), false));
    assertEquals("the plan was “a costly mistake,”", of(article, withCue(article, "said"), false), "the comma inside the quotation ends the clause");
    assertEquals("the budget is a promise the county cannot keep", of(article, withCue(article, "put it"), false),
        "a content after the clause's comma is the main clause");
  }

  @Test
  void aNounOfSayingReachesItsThatPastTheTimeItWasMade() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor came under fire over her assertion during the hearing that the budget was balanced.\n\n"
        + "The protest followed the minister's claim on Tuesday that prices would fall.\n");
    assertEquals("that the budget was balanced", of(article, withCue(article, "assertion during the hearing"), false));
    assertEquals("that prices would fall", of(article, withCue(article, "claim on Tuesday"), false));
  }

  @Test
  void aNounOfSayingTakesAThatTheTaggerReadsAsRelativeUnlessItsClauseLacksAnObject() {
    AnalyzedArticle article = analyze("Headline\n\nPrices stayed flat, belying the bankers’ warnings that they would soar.\n\n"
        + "It was a complaint that Smith and Jones would echo again and again.\n\n"
        + "Those are claims that opponents are likely to use in the spring.\n");
    assertEquals("that they would soar", of(article, withCue(article, "warnings"), false));
    assertTrue(allWithCue(article, "complaint").isEmpty(), "the complaint is what Smith and Jones echo");
    assertTrue(allWithCue(article, "claims").isEmpty(), "the claims are what opponents use");
  }

  @Test
  void theSubjectOfBeBeforeANounOfSayingDoesNotHoldItsView() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator's biggest takeaway is a belief that the rules favor incumbents.\n");
    Quote belief = withCue(article, "belief");
    assertNull(belief.source());
    assertEquals("that the rules favor incumbents", of(article, belief, false));
  }

  @Test
  void aPluralPossessorOrAHyphenatedModifierBeforeANounOfSayingStillNamesItsSource() {
    AnalyzedArticle article = analyze("Headline\n\nPrices rose despite the auditors’ warnings on Monday that the deficit would grow.\n\n"
        + "Voters cheered the governor's by-now-familiar claim that taxes are too high.\n");
    assertEquals("the auditors’", of(article, withCue(article, "warnings on Monday"), true));
    Quote claim = withCue(article, "by-now-familiar claim");
    assertEquals("the governor's", of(article, claim, true));
    assertEquals("that taxes are too high", of(article, claim, false));
  }

  @Test
  void theOneNamedAfterFromOrByANounOfSayingHoldsItsView() {
    AnalyzedArticle article = analyze("Headline\n\nComplaints from local bakers that the new rules raise their costs reached the council on Monday.\n\n"
        + "The resignation followed claims by two auditors that the pension fund was short.\n");
    Quote complaints = withCue(article, "Complaints");
    assertEquals("local bakers", of(article, complaints, true));
    assertEquals("that the new rules raise their costs", of(article, complaints, false));
    Quote claims = withCue(article, "claims");
    assertEquals("two auditors", of(article, claims, true));
    assertEquals("that the pension fund was short", of(article, claims, false));
  }

  @Test
  void aNounOfStanceAfterALightVerbIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor has raised questions about the cost of the new bridge.\n\n"
        + "The senator launched a blistering attack on the transit plan.\n\n"
        + "The chairman made no mention of the budget deficit.\n");
    assertEquals("The governor", of(article, withCue(article, "has raised questions about"), true));
    assertEquals("the cost of the new bridge", of(article, withCue(article, "has raised questions about"), false));
    assertEquals("The senator", of(article, withCue(article, "launched a blistering attack on"), true));
    assertEquals("the transit plan", of(article, withCue(article, "launched a blistering attack on"), false));
    assertEquals("The chairman", of(article, withCue(article, "made no mention of"), true));
    assertEquals("the budget deficit", of(article, withCue(article, "made no mention of"), false));
  }

  @Test
  void aSideTheSubjectReceivesIsSaidByThoseItComesFrom() {
    AnalyzedArticle article = analyze("Headline\n\nThe zoning plan has drawn sharp criticism from local shop owners.\n\n"
        + "The mayor has strong support among retired teachers.\n");
    Quote criticism = withCue(article, "has drawn sharp criticism");
    assertEquals("local shop owners", of(article, criticism, true));
    assertEquals("The zoning plan", of(article, criticism, false));
    Quote support = withCue(article, "has strong support");
    assertEquals("retired teachers", of(article, support, true));
    assertEquals("The mayor", of(article, support, false));
  }

  @Test
  void theGiversOfASideMayBeThoseWhoOrANumberAnAdverbGrades() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor drew support from those who live near the old harbor.\n\n"
        + "The governor received support from roughly six in 10 voters in the county.\n");
    Quote those = withCue(article, "drew support");
    assertEquals("those", of(article, those, true));
    assertEquals("The mayor", of(article, those, false));
    Quote voters = withCue(article, "received support");
    assertEquals("roughly six in 10 voters in the county", of(article, voters, true));
    assertEquals("The governor", of(article, voters, false));
  }

  @Test
  void aSideHeldAmongThoseNamedHasThemForItsSourceAndItsHolderForItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor's deep support among rural voters worried her rivals.\n\n"
        + "His broad support among the city's teachers was never in doubt.\n");
    Quote rural = withCue(article, "deep support");
    assertEquals("rural voters", of(article, rural, true));
    assertEquals("The governor's", of(article, rural, false));
    Quote teachers = withCue(article, "broad support");
    assertEquals("the city's teachers", of(article, teachers, true));
    assertEquals("His", of(article, teachers, false));
  }

  @Test
  void aStanceNounThatOpensTheSubjectEndsItsContentBeforeTheSentencesVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor's sharp attacks on the teachers union and the school board have grown louder this week.\n\n"
        + "Her criticism of him was unusual for a first-term senator.\n\n"
        + "His commitment to lower taxes and her call for more police were the themes of the race.\n");
    Quote attacks = withCue(article, "sharp attacks on");
    assertEquals("The governor's", of(article, attacks, true));
    assertEquals("the teachers union and the school board", of(article, attacks, false));
    assertEquals("him", of(article, withCue(article, "criticism of"), false), "an object pronoun is no subject of the verb");
    assertEquals("lower taxes", of(article, withCue(article, "commitment to"), false), "a second subject with its own possessor");
  }

  @Test
  void aBareSingularStanceNounOpeningTheSentenceNamesNoSource() {
    AnalyzedArticle article = analyze("Headline\n\nOpposition to the new parking fees has brought shop owners and residents together.\n\n"
        + "Vote for the library levy.\n");
    Quote opposition = withCue(article, "Opposition to");
    assertNull(opposition.source());
    assertEquals("the new parking fees", of(article, opposition, false));
    assertTrue(allWithCue(article, "Vote for").isEmpty(), "an imperative has no verb after its target");
  }

  @Test
  void aBarePluralStanceNounIsACueOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe closing of the clinic prompted calls for an inquiry into the county budget.\n\n"
        + "The mayor has struggled for weeks amid fresh questions about her travel expenses.\n\n"
        + "The vote has renewed Labour calls for a second referendum.\n\n"
        + "The farmers had no doubts about the new dam.\n\n"
        + "Trump said he recorded robo-calls for the governor.\n");
    Quote calls = withCue(article, "calls for");
    assertNull(calls.source());
    assertEquals("an inquiry into the county budget", of(article, calls, false));
    Quote questions = withCue(article, "fresh questions about");
    assertNull(questions.source());
    assertEquals("her travel expenses", of(article, questions, false));
    Quote labour = allWithCue(article, "calls for").get(1);
    assertEquals("Labour", of(article, labour, true), "a name right before the noun takes the side");
    assertEquals("a second referendum", of(article, labour, false));
    Quote doubts = withCue(article, "had no doubts about");
    assertEquals("The farmers", of(article, doubts, true), "the subject of \"have\" holds the side");
    assertEquals("the new dam", of(article, doubts, false));
    assertEquals(2, allWithCue(article, "calls for").size(), "a compound (\"robo-calls\") is no stance");
  }

  @Test
  void aStanceTheSubjectAvoidsIsStillTheSubjects() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor avoided any criticism of the new tax plan.\n");
    Quote avoided = withCue(article, "avoided any criticism of");
    assertEquals("The governor", of(article, avoided, true));
    assertEquals("the new tax plan", of(article, avoided, false));
  }

  @Test
  void aSideTheSubjectFacesNamesNoSourceAndHoldsTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor has faced criticism for the closing of two fire stations.\n\n"
        + "The governor faced the criticism of the unions.\n");
    Quote faced = withCue(article, "has faced criticism");
    assertNull(faced.source());
    assertEquals("The mayor | for the closing of two fire stations", of(article, faced, false));
    assertTrue(allWithCue(article, "faced the criticism").isEmpty(), "\"of\" names those who take the side");
  }

  @Test
  void aVerbThatCarriesOnItsSubjectsStanceIsALightVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator kept up her attacks on the budget plan.\n\n"
        + "The governor reboots his attacks on the mayor.\n");
    Quote kept = withCue(article, "kept up her attacks on");
    assertEquals("The senator", of(article, kept, true));
    assertEquals("the budget plan", of(article, kept, false));
    assertEquals("The governor", of(article, withCue(article, "reboots his attacks on"), true));
  }

  @Test
  void aStanceNounWhosePossessorFollowsInOrWithSaysHowItsHolderActs() {
    AnalyzedArticle article = analyze("Headline\n\nThe councilwoman has been relentless in her attacks on the parking plan.\n\n"
        + "The governor upset many farmers with his comments on the water rules.\n");
    Quote attacks = withCue(article, "attacks on");
    assertEquals("her", of(article, attacks, true));
    assertEquals("the parking plan", of(article, attacks, false));
    Quote comments = withCue(article, "comments on");
    assertEquals("his", of(article, comments, true));
    assertEquals("the water rules", of(article, comments, false));
  }

  @Test
  void aClauseOfANounThatOpensTheSubjectEndsBeforeTheSentencesVerb() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor's claim that the new bridge will open in May surprised the engineers.\n\n"
        + "The senator's warning that the fund is empty and will stay empty if it loses drew a sharp reply.\n");
    Quote claim = withCue(article, "claim");
    assertEquals("The mayor's", of(article, claim, true));
    assertEquals("that the new bridge will open in May", of(article, claim, false));
    assertEquals("that the fund is empty and will stay empty if it loses", of(article, withCue(article, "warning"), false),
        "the verbs joined by \"and\" and after a subordinator's subject belong to the clause");
  }

  @Test
  void aShotTakenOrAVoteCastIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator took a shot at the governor's budget plan.\n\n"
        + "Most delegates cast their votes for the challenger.\n\n"
        + "That is the one bridge the mayor has been given credit for.\n");
    assertEquals("The senator", of(article, withCue(article, "took a shot at"), true));
    assertEquals("the governor's budget plan", of(article, withCue(article, "took a shot at"), false));
    assertEquals("Most delegates", of(article, withCue(article, "cast their votes for"), true));
    assertEquals("the challenger", of(article, withCue(article, "cast their votes for"), false));
  }

  @Test
  void funPokedAtSomeoneIsTheSubjectsAttribution() {
    AnalyzedArticle article = analyze("Headline\n\nThe comedian poked fun at the mayor's new parking rules.\n");
    assertEquals("The comedian", of(article, withCue(article, "poked fun at"), true));
    assertEquals("the mayor's new parking rules", of(article, withCue(article, "poked fun at"), false));
  }

  @Test
  void anInfinitiveLightVerbTakesTheSubjectOfTheWordThatTakesIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator is trying to turn her attention to the housing bill.\n\n"
        + "The mayor has a new ally that will be able to make the case for the stadium next spring.\n");
    Quote attention = withCue(article, "is trying to turn her attention to");
    assertEquals("The senator", of(article, attention, true));
    assertEquals("the housing bill", of(article, attention, false));
    assertEquals("that", of(article, withCue(article, "will be able to make the case for"), true));
  }

  @Test
  void aParticipleTheTaggerReadAsPastDescribesTheSubjectOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nPeople briefed on the negotiations say the two sides are close to a deal.\n\n"
        + "A notice posted on the union's website said the strike would end on Friday.\n");
    assertEquals("People briefed on the negotiations", of(article, withCue(article, "say"), true));
    assertEquals("the two sides are close to a deal", of(article, withCue(article, "say"), false));
    assertEquals("A notice posted on the union's website", of(article, withCue(article, "said"), true));
    assertTrue(allWithCue(article, "briefed").isEmpty(), "the participle attributes nothing");
  }

  @Test
  void aVerbThatClosesTheOpeningPhraseSetsTheSceneOfTheMainClause() {
    AnalyzedArticle article = analyze("Headline\n\nWith two camera crews filming, the mayor says the new park will open in June.\n\n"
        + "After the witness testified, the chairman said the committee would vote next week.\n");
    assertTrue(allWithCue(article, "filming").isEmpty(), "the opening phrase attributes nothing");
    assertTrue(allWithCue(article, "testified").isEmpty(), "the opening clause attributes nothing");
    assertEquals("the mayor", of(article, withCue(article, "says"), true));
    assertEquals("the new park will open in June", of(article, withCue(article, "says"), false));
    assertEquals("the chairman", of(article, withCue(article, "said"), true));
    assertEquals("the committee would vote next week", of(article, withCue(article, "said"), false));
  }

  @Test
  void aQuestionLabelGivesWayToTheCueInTheQuestion() {
    AnalyzedArticle article = analyze("Headline\n\nQ: You said last week that the tax plan would pass the Senate.\n\n"
        + "A: The votes are there.\n");
    assertEquals("You", of(article, withCue(article, "said"), true));
    assertEquals("that the tax plan would pass the Senate", of(article, withCue(article, "said"), false));
    assertTrue(allWithCue(article, ":").stream().noneMatch(q -> q.source() != null && q.source().of(article.article().text()).equals("Q")),
        "the label attributes nothing");
  }

  @Test
  void aVerbWithAnAuxiliaryAfterAQuotationTakesNoSourceAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe “reform caucus” has endorsed the governor.\n\n"
        + "The “green wing” would back the mayor if she runs again.\n");
    String text = article.article().text();
    assertTrue(article.quotes().stream().noneMatch(q -> q.source() != null && q.source().of(text).startsWith("the ")),
        "the quotation closes the subject, and what follows the verb is its object");
  }

  @Test
  void aReportingVerbTheTaggerReadAsANounIsAVerbWhereOnlyAVerbCanStand() {
    AnalyzedArticle article = analyze("Headline\n\nMost farmers in the county don't really like the mayor.\n\n"
        + "The governor went on to detail a series of budget cuts.\n\n"
        + "Only three senators currently back the governor's plan.\n\n"
        + "Jones often questions Smith's motives.\n");
    assertEquals("the mayor", of(article, withCue(article, "don't really like"), false), "like/IN after \"do\"");
    assertEquals("a series of budget cuts", of(article, withCue(article, "went on to detail"), false), "detail/NN after \"to\"");
    assertEquals("Only three senators", of(article, withCue(article, "currently back"), true), "back/RB after a plural subject");
    assertEquals("Jones", of(article, withCue(article, "often questions"), true), "questions/NNS after a singular subject");
  }

  @Test
  void aVerbThatReportsWithItsParticleIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor shot back that the audit had been rigged.\n\n"
        + "The governor doubled down on her plan to raise the gas tax.\n\n"
        + "The senator later walked back his remarks about the union.\n");
    assertEquals("The mayor", of(article, withCue(article, "shot back"), true));
    assertEquals("that the audit had been rigged", of(article, withCue(article, "shot back"), false));
    assertEquals("The governor", of(article, withCue(article, "doubled down on"), true));
    assertEquals("her plan to raise the gas tax", of(article, withCue(article, "doubled down on"), false));
    assertEquals("The senator", of(article, withCue(article, "later walked back"), true));
    assertEquals("his remarks about the union", of(article, withCue(article, "later walked back"), false));
  }

  @Test
  void aVerbThatSpeaksOutTakesWhatItIsAbout() {
    AnalyzedArticle article = analyze("Headline\n\nTwo council members spoke out about the new parking rules.\n");
    assertEquals("Two council members", of(article, withCue(article, "spoke out about"), true));
    assertEquals("the new parking rules", of(article, withCue(article, "spoke out about"), false));
  }

  @Test
  void aVerbThatSpeaksAboutSomethingReportsIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor spoke about the need for longer school days.\n\n"
        + "The coach has spoken about how the new field changed the team.\n");
    assertEquals("The mayor", of(article, withCue(article, "spoke about"), true));
    assertEquals("the need for longer school days", of(article, withCue(article, "spoke about"), false));
    assertEquals("The coach", of(article, withCue(article, "has spoken about"), true));
    assertEquals("how the new field changed the team", of(article, withCue(article, "has spoken about"), false));
  }

  @Test
  void aVerbThatReportsWithTheAdjectiveThatCompletesItTakesItIntoTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator made clear that she would not run again.\n\n"
        + "The union has made it clear that its members will strike in May.\n");
    assertEquals("The senator", of(article, withCue(article, "made clear"), true));
    assertEquals("that she would not run again", of(article, withCue(article, "made clear"), false));
    assertEquals("The union", of(article, withCue(article, "has made it clear"), true));
    assertEquals("that its members will strike in May", of(article, withCue(article, "has made it clear"), false));
  }

  @Test
  void aVerbThatReportsOnlyWithItsParticleAndPrepositionIsACueWithBoth() {
    AnalyzedArticle article = analyze("Headline\n\nThe teachers' union came out against the pension plan.\n\n"
        + "The new stadium will come out of the city's budget.\n");
    assertEquals("The teachers' union", of(article, withCue(article, "came out against"), true));
    assertEquals("the pension plan", of(article, withCue(article, "came out against"), false));
    assertEquals(List.of(), allWithCue(article, "come out of"));
  }

  @Test
  void aRelativeClauseAfterThoseOnlySaysWhichPeopleSpeak() {
    AnalyzedArticle article = analyze("Headline\n\nBut those who back her rivals say the scandal has hurt the senator.\n\n"
        + "Some who oppose the tax argue that it will drive businesses away.\n");
    assertEquals("those who back her rivals", of(article, withCue(article, "say"), true));
    assertEquals("the scandal has hurt the senator", of(article, withCue(article, "say"), false));
    assertEquals("Some who oppose the tax", of(article, withCue(article, "argue"), true));
    assertTrue(allWithCue(article, "back").isEmpty(), "the relative clause picks out the speakers");
    assertTrue(allWithCue(article, "oppose").isEmpty(), "the relative clause picks out the speakers");
  }

  @Test
  void aClauseOrSceneBetweenDashesAfterTheSourceStaysOutOfIt() {
    assertFirstQuote("Headline\n\nMayor Ruth Alvarez — who won a third term in a landslide last year — said the budget would pass.\n",
        "Mayor Ruth Alvarez", "the budget would pass");
    assertFirstQuote("Headline\n\nGovernor Ellis - in a speech that seemed aimed at his rivals - said the state would not back down.\n",
        "Governor Ellis", "the state would not back down");
  }

  @Test
  void aHyphenInsideAWordOpensNoDashedDescription() {
    assertFirstQuote("Headline\n\nSome analysts - including members of the policy-making board - said the plan was too costly.\n",
        "Some analysts - including members of the policy-making board -", "the plan was too costly");
  }

  @Test
  void aParticipleAfterAPrepositionsObjectDescribesThatObjectAlone() {
    assertFirstQuote("Headline\n\nThe foundation gave $2 million to a coalition backing stricter limits on lobbying.\n",
        "a coalition", "stricter limits on lobbying");
    assertFirstQuote("Headline\n\nThe debate was a showcase for governors seeking a national profile.\n",
        "governors", "a national profile");
  }

  @Test
  void aRelativeClauseOpenedByWhoseStaysInTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nParents whose children attend the new school said the schedule was confusing.\n\n"
        + "Those whose top concern was the cost tended to support the levy.\n");
    assertEquals("Parents whose children attend the new school", of(article, withCue(article, "said"), true));
    assertEquals("Those whose top concern was the cost", of(article, withCue(article, "tended to support"), true));
  }

  @Test
  void aRelativeClauseThatEndsWithAnObjectPronounOrAParticipleStaysInTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nParents who think the old school should be closed were angry about the delay.\n\n"
        + "Members who said the fees were unfair to people like them supported the new budget.\n\n"
        + "The farmers whose wells have been poisoned say the state ignored the spill.\n");
    Quote angry = withCue(article, "were angry about");
    assertEquals("Parents who think the old school should be closed", of(article, angry, true));
    assertEquals("the delay", of(article, angry, false));
    assertEquals("Members who said the fees were unfair to people like them", of(article, withCue(article, "supported"), true));
    assertEquals("The farmers whose wells have been poisoned", of(article, withCue(article, "say"), true));
  }

  @Test
  void aNameAloneAfterItsCueIsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nRural voters mostly backed Jensen.\n\n"
        + "Those who said taxes were their top issue tended to support Garcia.\n\n"
        + "The review board concluded Monday.\n");
    Quote backed = withCue(article, "mostly backed");
    assertEquals("Rural voters", of(article, backed, true));
    assertEquals("Jensen", of(article, backed, false));
    Quote support = withCue(article, "tended to support");
    assertEquals("Those who said taxes were their top issue", of(article, support, true));
    assertEquals("Garcia", of(article, support, false));
    assertTrue(article.quotes().stream().noneMatch(q -> of(article, q, false).equals("Monday")), "a day alone is when, not what");
  }

  @Test
  void aListedVerbReadAsANounAfterANameBeforeWhatItTakesIsTheVerb() {
    AnalyzedArticle article = analyze("Headline\n\nJane Ortega Calls for Special Counsel\n\n"
        + "The mayor rarely mentions the budget, and Garcia talks about what the city can build.\n\n"
        + "Norway pledges to expand its aid to the region.\n");
    assertEquals("Special Counsel", of(article, withCue(article, "Calls for"), false));
    Quote talks = withCue(article, "talks about");
    assertEquals("Garcia", of(article, talks, true));
    assertEquals("what the city can build", of(article, talks, false));
    assertEquals("Norway", of(article, withCue(article, "pledges"), true));
  }

  @Test
  void aHeadlinesNameBeforeWhomItSpeaksToAndAColonIsTheSource() {
    AnalyzedArticle article = analyze("Ortega to City Council: The new budget will close the gap.\n\n"
        + "The council meets on Monday.\n");
    Quote colon = withCue(article, ":");
    assertEquals("Ortega", of(article, colon, true));
    assertEquals("The new budget will close the gap", of(article, colon, false));
  }

  @Test
  void aParticipleAfterAnOpenerOnlyASentenceTakesIsSaidByTheSubjectAfterItsComma() {
    AnalyzedArticle article = analyze("Headline\n\nDespite criticizing the new stadium, the mayor voted for the bond.\n\n"
        + "Instead of blaming the weather, Senator Ortega thanked the road crews.\n\n"
        + "In addition to praising the teachers, the governor has promised a raise.\n");
    Quote criticizing = withCue(article, "criticizing");
    assertEquals("the mayor", of(article, criticizing, true));
    assertEquals("the new stadium", of(article, criticizing, false));
    assertEquals("Senator Ortega", of(article, withCue(article, "blaming"), true));
    assertEquals("the governor", of(article, withCue(article, "praising"), true));
  }

  @Test
  void theSocialNetworkAVerbOfPostingNamesIsPartOfTheCue() {
    AnalyzedArticle article = analyze("Headline\n\n“The vote was rigged from the start,” the senator wrote on Facebook.\n\n"
        + "The mayor posted on Twitter that the bridge would reopen on Monday.\n\n"
        + "The governor answered the critics, writing on Twitter that the budget was balanced.\n\n"
        + "“We will appeal,” the lawyer said on Twitter.\n");
    assertEquals("the senator", of(article, withCue(article, "wrote on Facebook"), true));
    assertEquals("that the bridge would reopen on Monday", of(article, withCue(article, "posted on Twitter"), false));
    assertEquals("that the budget was balanced", of(article, withCue(article, "writing on Twitter"), false));
    assertEquals("“We will appeal,”", of(article, withCue(article, "said"), false), "after \"say\" the network stays out");
  }

  @Test
  void aCountOfThoseWhoOpensTheSubject() {
    AnalyzedArticle article = analyze("Headline\n\nA majority of those who said the roads were unsafe supported the repairs.\n\n"
        + "Forty percent of those who voted in May said the bridge should close.\n");
    assertEquals("A majority of those who said the roads were unsafe", of(article, withCue(article, "supported"), true));
    Quote said = allWithCue(article, "said").stream().filter(q -> of(article, q, false).equals("the bridge should close")).findFirst().orElseThrow();
    assertEquals("Forty percent of those who voted in May", of(article, said, true));
  }

  @Test
  void aSubjectAfterAnOpeningPhraseOrBeforeItsCommaIsFoundOverItsDescription() {
    AnalyzedArticle article = analyze("Headline\n\nSpeaking later on the same program, Sen. Jane Doe (D-Ore.), who has endorsed the governor, "
        + "said the bill would pass easily.\n\n"
        + "Rep. Mark Hill (R-Ohio), said after the vote that he would support the plan.\n");
    Quote senator = withCue(article, "said");
    assertEquals("Sen. Jane Doe (D-Ore.), who has endorsed the governor,", of(article, senator, true));
    assertEquals("the bill would pass easily", of(article, senator, false));
    assertEquals("Rep. Mark Hill (R-Ohio),", of(article, allWithCue(article, "said").get(1), true));
    assertEquals("that he would support the plan", of(article, allWithCue(article, "said").get(1), false));
  }

  @Test
  void aSpeakersLabelInATranscriptGivesTheWholeTurn() {
    AnalyzedArticle article = analyze("Headline\n\nJANE MOORE: The vote is very close. We will know more after midnight.\n");
    Quote moore = withCue(article, ":");
    assertEquals("JANE MOORE", of(article, moore, true));
    assertEquals("The vote is very close. We will know more after midnight", of(article, moore, false));
  }

  @Test
  void aColonThatClosesItsParagraphAfterAReportingVerbQuotesTheNextParagraphAsABlock() {
    AnalyzedArticle article = analyze("Headline\n\nThe council published its findings on Monday. Its chair writes:\n\n"
        + "The river has been neglected for a decade, and the town must now pay to restore it.\n");
    Quote writes = withCue(article, "writes:");
    assertEquals("Its chair", of(article, writes, true));
    assertEquals("The river has been neglected for a decade, and the town must now pay to restore it", of(article, writes, false));
  }

  @Test
  void aLaterCueWhoseSourceIsReadShortSharesTheLongerSourceOfTheFirst() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor's spokesman, Tom Reyes, a former reporter, said on Monday that the bridge would "
        + "reopen, but cautioned against expecting it before spring.\n");
    Quote cautioned = withCue(article, "cautioned against");
    assertEquals("The mayor's spokesman, Tom Reyes, a former reporter,", of(article, cautioned, true));
    assertEquals("expecting it before spring", of(article, cautioned, false));
  }

  @Test
  void aReportingClauseClosedByAPhraseOrADashReportsTheClauseBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nA quick settlement is essential, she said after meeting with the strikers on Friday, "
        + "because the port cannot stay closed. The new levy could anger his donors, his advisers fear \u2014 donors he will need in the fall.\n");
    Quote said = withCue(article, "said");
    assertEquals("she", of(article, said, true));
    assertEquals("A quick settlement is essential", of(article, said, false));
    Quote fear = withCue(article, "fear");
    assertEquals("his advisers", of(article, fear, true));
    assertEquals("The new levy could anger his donors", of(article, fear, false));
  }

  @Test
  void theNounBeforeASubjectWhoseVerbHasOnlyAPhraseAfterItIsItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe delay was something the council seemed to acknowledge by adding two more hearings, "
        + "and residents welcomed it. The tax cut is a plan she once opposed - it now has her full support.\n");
    Quote acknowledge = withCue(article, "seemed to acknowledge");
    assertEquals("the council", of(article, acknowledge, true));
    assertEquals("something", of(article, acknowledge, false));
    Quote opposed = withCue(article, "once opposed");
    assertEquals("she", of(article, opposed, true));
    assertEquals("a plan", of(article, opposed, false));
  }

  @Test
  void theNounBeforeASubjectFillsTheGapOfTheClauseAfterTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe council chose a route the engineers believe will ease traffic downtown. "
        + "The video Jensen posted did not show the crowd at the gate.\n");
    Quote believe = withCue(article, "believe");
    assertEquals("the engineers", of(article, believe, true));
    assertEquals("a route | will ease traffic downtown", of(article, believe, false));
    Quote posted = withCue(article, "posted");
    assertEquals("Jensen", of(article, posted, true));
    assertEquals("The video | did not show the crowd at the gate", of(article, posted, false));
    AnalyzedArticle released = analyze("Headline\n\nThe ministry last week released new trade figures it said showed a sharp rise in exports.\n");
    assertEquals("new trade figures | showed a sharp rise in exports", of(released, withCue(released, "said"), false),
        "the gap is filled by the noun phrase, not by the clause that holds it");
  }

  @Test
  void aCueThatClosesItsParagraphWithAColonIntroducesTheNextParagraph() {
    AnalyzedArticle article = analyze("Headline\n\nIn a post on her parish blog, the pastor wrote:\n\n"
        + "The town has waited long enough for a new bridge. The council should vote this spring.\n\n"
        + "The bishop shared the post, observing of the council:\n\n"
        + "It has put off the vote three times. The families deserve an answer.\n\n"
        + "The council meets again next week.\n");
    Quote wrote = withCue(article, "wrote:");
    assertEquals("the pastor", of(article, wrote, true));
    assertEquals("The town has waited long enough for a new bridge. The council should vote this spring", of(article, wrote, false));
    Quote observing = withCue(article, "observing");
    assertEquals("It has put off the vote three times. The families deserve an answer.", of(article, observing, false));
  }

  @Test
  void aClauseSetInAfterTheReportedSubjectDoesNotEndTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said that the contractors, who had promised to finish by June, "
        + "have asked for another year. The report says donors, numbering more than 4,000, gave twice as much as last year.\n");
    Quote said = withCue(article, "said");
    assertEquals("The mayor", of(article, said, true));
    assertEquals("that the contractors, who had promised to finish by June, have asked for another year", of(article, said, false));
    Quote says = withCue(article, "says");
    assertEquals("donors, numbering more than 4,000, gave twice as much as last year", of(article, says, false));
  }

  @Test
  void whatTheAgentSaysOfTheSubjectAfterItJoinsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor has been sharply criticized by local farmers for cutting the water budget. "
        + "The new tariff is seen by most economists as a tax on consumers.\n");
    Quote criticized = withCue(article, "has been sharply criticized");
    assertEquals("local farmers", of(article, criticized, true));
    assertEquals("The governor | for cutting the water budget", of(article, criticized, false));
    Quote seen = withCue(article, "is seen");
    assertEquals("most economists", of(article, seen, true));
    assertEquals("The new tariff | as a tax on consumers", of(article, seen, false));
  }

  @Test
  void aPassiveCueWhoseAgentFollowsItsPredicateTakesTheAgentAsSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe old bridge is considered unsafe by most engineers in the county. "
        + "The mayor was endorsed on Monday by the teachers union.\n");
    Quote considered = withCue(article, "is considered");
    assertEquals("most engineers in the county", of(article, considered, true));
    assertEquals("The old bridge | unsafe", of(article, considered, false));
    Quote endorsed = withCue(article, "was endorsed");
    assertEquals("the teachers union", of(article, endorsed, true));
    assertEquals("The mayor", of(article, endorsed, false));
  }

  @Test
  void aSecondVerbInAnAdverbialOrRelativeClauseSharesThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe hall fell silent when the senator took the stage and praised the volunteers. "
        + "The nurses have lost patience because the director ignores their letters and denies any shortage. "
        + "The mayor thanked the inspector, who visited the plant and described it as unsafe.\n");
    assertEquals("the senator", of(article, withCue(article, "praised"), true));
    assertEquals("the director", of(article, withCue(article, "denies"), true));
    assertEquals("who", of(article, withCue(article, "described"), true));
  }

  @Test
  void anAdverbBeforeTheParticipleOfAnIssuedThingLeavesTheSubjectTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe teachers union has published a letter sharply criticizing the new contract.\n");
    Quote criticizing = withCue(article, "has published a letter sharply criticizing");
    assertEquals("The teachers union", of(article, criticizing, true));
    assertEquals("the new contract", of(article, criticizing, false));
  }

  @Test
  void aThatAfterAPhraseOfSceneOpensTheContentPastParticiplesAndQuotations() {
    AnalyzedArticle article = analyze("Headline\n\nThe treasurer said in a written statement on Monday that the audit had found no fraud. "
        + "The governor claimed on Friday that “the budget is balanced.” "
        + "The mayor said on local radio that, in hindsight, the bridge should have closed sooner.\n");
    assertEquals("that the audit had found no fraud", of(article, withCue(article, "said"), false));
    assertEquals("that “the budget is balanced.”", of(article, withCue(article, "claimed"), false));
    assertEquals("that, in hindsight, the bridge should have closed sooner", of(article, allWithCue(article, "said").get(1), false));
  }

  @Test
  void aCueNounObjectBeforeThatOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor dismissed concerns that the new stadium would raise taxes. "
        + "The governor rejected rumors that she would resign before the election.\n");
    assertEquals("concerns that the new stadium would raise taxes", of(article, withCue(article, "dismissed"), false));
    assertEquals("rumors that she would resign before the election", of(article, withCue(article, "rejected"), false));
  }

  @Test
  void aCurlyContractionAfterAPronounIsAVerb() {
    // The tagger reads "’s" after "he" or "she" as a possessive, where the straight "'s" is a verb.
    AnalyzedArticle article = analyze("Headline\n\nHe’s comparing the new rules to last year’s order and says the governor is ignoring the legislature.\n\n"
        + "Ms. Lopez said she’s confident that the council will pass the budget.\n");
    Quote says = withCue(article, "says");
    assertEquals("He", of(article, says, true));
    assertEquals("the governor is ignoring the legislature", of(article, says, false));
    assertEquals("she’s confident that the council will pass the budget", of(article, withCue(article, "said"), false));
  }

  @Test
  void aSourceAfterAccordingToRunsOverTheQuotationItOpensWith() {
    AnalyzedArticle article = analyze("Headline\n\nAccording to her \"sunset\" plan, the tax credits would expire after five years.\n\n"
        + "The mayor lost two allies that spring, according to \"City of Promises: A Life in Albany\" by Ruth Kemp.\n");
    Quote plan = article.quotes().get(0);
    assertEquals("her \"sunset\" plan", of(article, plan, true));
    assertEquals("the tax credits would expire after five years", of(article, plan, false));
    Quote book = article.quotes().get(1);
    assertEquals("\"City of Promises: A Life in Albany\" by Ruth Kemp", of(article, book, true));
    assertEquals("The mayor lost two allies that spring", of(article, book, false));
  }

  @Test
  void aSentenceOpeningWithSaidHasItsSourceAfterAndTheQuotationAfterTheComma() {
    AnalyzedArticle article = analyze("Headline\n\nThe old mill on River Street reopened as a library last week. "
        + "Said Maria Lopez, who worked at the mill for thirty years, “It feels like coming home.”\n");
    Quote quote = withCue(article, "Said");
    assertEquals("Maria Lopez, who worked at the mill for thirty years,", of(article, quote, true));
    assertEquals("“It feels like coming home.”", of(article, quote, false));
  }

  @Test
  void aSentenceOpeningToBeforeAPersonGivesTheClauseAfterAsTheirView() {
    AnalyzedArticle article = analyze("Headline\n\nTo Ms. Reyes, the new tax was a betrayal of the town. "
        + "But to others, the mayor remains a careful steward of the budget. To date, the council has not voted.\n");
    List<Quote> views = allWithCue(article, "to");
    assertEquals(2, views.size());
    assertEquals("Ms. Reyes", of(article, views.get(0), true));
    assertEquals("the new tax was a betrayal of the town", of(article, views.get(0), false));
    assertEquals("others", of(article, views.get(1), true));
    assertEquals("the mayor remains a careful steward of the budget", of(article, views.get(1), false));
  }

  @Test
  void anOpeningInAPossessorsMindGivesTheClauseAfterAsTheirView() {
    AnalyzedArticle article = analyze("Headline\n\nIn Delgado's mind, the new toll was never about the budget.\n");
    Quote view = withCue(article, "mind");
    assertEquals("Delgado's", of(article, view, true));
    assertEquals("the new toll was never about the budget", of(article, view, false));
  }

  @Test
  void aHeadlineNameOnAQuestionWordGivesTheClauseAsTheirView() {
    AnalyzedArticle article = analyze("Headline\n\nMaria Delgado on why small towns need their libraries.\n\n"
        + "Delgado on Tuesday opened the new reading room on Main Street.\n");
    List<Quote> views = allWithCue(article, "on");
    assertEquals(1, views.size());
    assertEquals("Maria Delgado", of(article, views.get(0), true));
    assertEquals("why small towns need their libraries", of(article, views.get(0), false));
  }

  @Test
  void aPollNamedFromTheOpeningInToTheCommaIsTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nIn a poll conducted by the Hartford Courant and Quinnipiac University, "
        + "most residents opposed the new toll on the bridge.\n");
    Quote poll = withCue(article, "In");
    assertEquals("a poll conducted by the Hartford Courant and Quinnipiac University", of(article, poll, true));
    assertEquals("most residents opposed the new toll on the bridge", of(article, poll, false));
  }

  @Test
  void aRelativePronounAfterAPrepositionIsTheOccasionNotTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor gave a long interview to a local radio station, in which she said the library "
        + "would reopen in the spring.\n\nThe council debated the tax plan, which he said would raise rents.\n");
    assertEquals("the library would reopen in the spring", of(article, allWithCue(article, "said").get(0), false));
    assertEquals("which | would raise rents", of(article, allWithCue(article, "said").get(1), false));
  }

  @Test
  void anAsPhraseAfterARelativeObjectIsWhatTheCueCallsIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator spent the weekend in Ohio, which she describes as her real home.\n\n"
        + "The council hired Ruth Kemp, whom the mayor described as a trusted adviser.\n");
    Quote describes = withCue(article, "describes");
    assertEquals("she", of(article, describes, true));
    assertEquals("which | as her real home", of(article, describes, false));
    Quote described = withCue(article, "described");
    assertEquals("the mayor", of(article, described, true));
    assertEquals("whom | as a trusted adviser", of(article, described, false));
  }

  @Test
  void aRelativeObjectThatEndsItsClauseWithTheCueIsTheWholeContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe council passed a new tax on parking garages (which the mayor also supports).\n\n"
        + "The board approved the merger, which Ms. Lopez strongly opposed, after a long night.\n");
    Quote supports = withCue(article, "also supports");
    assertEquals("the mayor", of(article, supports, true));
    assertEquals("which", of(article, supports, false));
    Quote opposed = withCue(article, "strongly opposed");
    assertEquals("Ms. Lopez", of(article, opposed, true));
    assertEquals("which", of(article, opposed, false));
  }

  @Test
  void aRelativeObjectWhoseCueHasOnlyAnAdjunctAfterItIsTheWholeContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe board sold the old depot, which the mayor had opposed in the hope of a park.\n\n"
        + "The levy, which the governor conceded when the count ended, will pay for new bridges.\n\n"
        + "The union fought the pension cut, which Ms. Kemp denounced Thursday.\n\n"
        + "The council passed the budget, which Mr. Ross had praised and which the teachers opposed.\n");
    Quote opposed = withCue(article, "had opposed");
    assertEquals("the mayor", of(article, opposed, true));
    assertEquals("which", of(article, opposed, false));
    assertEquals("which", of(article, withCue(article, "conceded"), false));
    assertEquals("which", of(article, withCue(article, "denounced"), false));
    assertEquals("which", of(article, withCue(article, "had praised"), false));
  }

  @Test
  void aRelativeObjectStaysTheWholeContentPastAnAdverbOrAnAsClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe clerk listed the old charges, which the judge read out as the defendant smiled.\n\n"
        + "The town built a statue of a senator whom the governor mentioned later in her address to explain the plan.\n");
    Quote read = withCue(article, "read out");
    assertEquals("the judge", of(article, read, true));
    assertEquals("which", of(article, read, false));
    Quote mentioned = withCue(article, "mentioned");
    assertEquals("the governor", of(article, mentioned, true));
    assertEquals("whom", of(article, mentioned, false));
  }

  @Test
  void aVerbThatReportsOnlyWithARelativeObjectSaysThePronoun() {
    AnalyzedArticle article = analyze("Headline\n\nA third reading, which the judge may share, is that the law never applied.\n\n"
        + "The union printed a list of demands, which its leaders recently released.\n\n"
        + "The mayor released the budget on Monday.\n");
    Quote share = withCue(article, "may share");
    assertEquals("the judge", of(article, share, true));
    assertEquals("which", of(article, share, false));
    Quote released = withCue(article, "recently released");
    assertEquals("its leaders", of(article, released, true));
    assertEquals("which", of(article, released, false));
    assertTrue(allWithCue(article, "released").isEmpty(), "\"released\" with an object of its own reports nothing");
  }

  @Test
  void aSubjectBeforeMustSpeaksForTheVerbAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nAfter the flood, the county board must also acknowledge the failures of its housing office.\n");
    Quote acknowledge = withCue(article, "must also acknowledge");
    assertEquals("the county board", of(article, acknowledge, true));
    assertEquals("the failures of its housing office", of(article, acknowledge, false));
  }

  @Test
  void aParticipleAfterAnOpenerIsSaidByTheSubjectOfTheVerbBeforeIt() {
    AnalyzedArticle article = analyze("Headline\n\nWhen the senator opened her campaign by talking about the border, few reporters came.\n\n"
        + "The mayor, who often stumbles while talking about taxes, will face voters in May.\n");
    Quote border = withCue(article, "talking about");
    assertEquals("the senator", of(article, border, true));
    assertEquals("the border", of(article, border, false));
    Quote taxes = allWithCue(article, "talking about").get(1);
    assertEquals("who", of(article, taxes, true));
  }

  @Test
  void butWithAClauseAfterALoneDashEndsAContentWithNoClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe report cites the 2009 flood as a warning — but the city has built no new levees.\n\n"
        + "Mr. Ross said none of this — but his aides have hinted at it.\n\n"
        + "Ms. Lopez said the levy would pass — but the council has yet to vote.\n");
    assertEquals("the 2009 flood as a warning", of(article, withCue(article, "cites"), false));
    assertEquals("none of this", of(article, allWithCue(article, "said").get(0), false));
    assertEquals("the levy would pass — but the council has yet to vote", of(article, allWithCue(article, "said").get(1), false),
        "after a reported clause the content runs on");
  }

  @Test
  void aBylineUnderAQuotedHeadlineIntroducesNoQuotation() {
    AnalyzedArticle article = analyze("Headline\n\nCLOSING TIME—\"Old library to shut its doors,\" by the Gazette's Anna Reed: "
        + "\"The library on Main Street will close in March after ninety years.\" http://example.com/library.\n\n"
        + "City planner Joe Diaz: \"We need the space for housing.\"\n");
    List<Quote> colons = allWithCue(article, ":");
    assertEquals(1, colons.size(), "the byline's excerpt is no one's words");
    assertEquals("City planner Joe Diaz", of(article, colons.get(0), true));
  }

  @Test
  void aSinglePollSetOffByACommaAfterItsClauseHoldsTheFinding() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor fell to 12 percent in the latest Harbor Ledger poll released Tuesday, "
        + "a steep drop since spring.\n\nThe senator held a narrow lead in a Tribune poll last week, up from a tie in May.\n\n"
        + "The governor has slipped in the polls, his aides concede.\n");
    List<Quote> in = allWithCue(article, "in");
    assertEquals(2, in.size(), in.stream().map(q -> of(article, q, false)).toList().toString());
    assertEquals("the latest Harbor Ledger poll released Tuesday", of(article, in.get(0), true));
    assertEquals("The mayor fell to 12 percent", of(article, in.get(0), false));
    assertEquals("a Tribune poll", of(article, in.get(1), true));
    assertEquals("The senator held a narrow lead", of(article, in.get(1), false));
  }

  @Test
  void theWritersOpeningIsNoPartOfWhatAClosingPollFound() {
    AnalyzedArticle article = analyze("Headline\n\nIn late March, the mayor held a nine-point lead in a Tribune poll.\n\n"
        + "But the senator fell to 10 percent in the Ledger survey.\n\nThe race tightened: the governor has a two-point edge in the county poll.\n");
    List<Quote> in = allWithCue(article, "in");
    assertEquals(3, in.size(), in.stream().map(q -> of(article, q, false)).toList().toString());
    assertEquals("the mayor held a nine-point lead", of(article, in.get(0), false));
    assertEquals("the senator fell to 10 percent", of(article, in.get(1), false));
    assertEquals("the governor has a two-point edge", of(article, in.get(2), false));
  }

  @Test
  void aPollTheSameMonthStillHoldsTheFinding() {
    AnalyzedArticle article = analyze("Headline\n\nIn a Reuters/Ipsos Poll the same month, 40 percent of voters said the tax was too high.\n");
    assertEquals("a Reuters/Ipsos Poll the same month", of(article, withCue(article, "In"), true));
  }

  @Test
  void aPronounWithAVerbAfterTheCueOpensTheContentAfterAQuotation() {
    AnalyzedArticle article = analyze("Headline\n\nIn a Reuters poll released Monday, only 5 percent of self-described \"moderates\" said they would vote "
        + "for the mayor.\n");
    assertTrue(allWithCue(article, "said").stream().noneMatch(q -> of(article, q, true).equals("they")));
    assertEquals("a Reuters poll released Monday", of(article, withCue(article, "In"), true));
  }

  @Test
  void aParticipleAfterAJoinedClauseSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor left the hall early, but the union leader stayed on the stage, "
        + "saying the strike would go ahead.\n\nThe governor toured the plant when angry workers blocked the gate, chanting that the "
        + "jobs must stay.\n\nThe senator has been vague about where she stands, offering few details on the tax.\n");
    assertEquals("the union leader", of(article, withCue(article, "saying"), true));
    assertEquals("angry workers", of(article, withCue(article, "chanting"), true));
    assertEquals("The senator", of(article, withCue(article, "offering"), true));
  }

  @Test
  void aThingIssuedWithATimeAfterItLeavesTheSubjectSpeaking() {
    AnalyzedArticle article = analyze("Headline\n\nThe nurses' union started a petition this week calling on the hospital to hire more staff.\n");
    assertEquals("The nurses' union", of(article, withCue(article, "started a petition this week calling on"), true));
  }

  @Test
  void aParticipleAfterAnOpenerInAJoinedClauseSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe committee met on Monday, and the chairman opened the hearing by announcing that the budget "
        + "would be cut.\n");
    assertEquals("the chairman", of(article, withCue(article, "announcing"), true));
  }

  @Test
  void theOneAVerbAssuresOrRemindsBeforeAClauseIsNoPartOfTheContent() {
    AnalyzedArticle assured = analyze("Headline\n\nThe governor assured farmers he would veto the water bill.\n");
    assertEquals("he would veto the water bill", of(assured, withCue(assured, "assured"), false));
    AnalyzedArticle reminded = analyze("Headline\n\nThe treasurer reminded the council that the pension fund was short.\n");
    assertEquals("that the pension fund was short", of(reminded, withCue(reminded, "reminded"), false));
  }

  @Test
  void theRelativeThatWhoseSubjectTheReportedClauseLostOpensItsContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe council passed a budget that the mayor says will close the deficit by spring.\n");
    assertEquals("that | will close the deficit by spring", of(article, withCue(article, "says"), false));
  }

  @Test
  void aProgrammeNamedInTheReportingClauseIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\n“The farm bill will pass this month,” Garcia said on NBC's “Sunday Roundtable.” "
        + "“Our members have the votes.”\n\n"
        + "“We are ready for the fight,” Okafor said Tuesday on “Capitol Desk.”\n");
    assertEquals("“The farm bill will pass this month,” | “Our members have the votes.”", of(article, allWithCue(article, "said").get(0), false));
    assertEquals("“We are ready for the fight,”", of(article, allWithCue(article, "said").get(1), false));
  }

  @Test
  void aProgrammeAfterWithOrProgramIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\n“The tariffs will hurt our growers,” Reyes said in an interview with “Weekend Ledger.” "
        + "“We will fight them in court.”\n");
    assertEquals("“The tariffs will hurt our growers,” | “We will fight them in court.”", of(article, withCue(article, "said"), false));
  }

  @Test
  void aParticipleRightAfterTheVenueOfTheVerbBeforeItSpeaksForThatVerbsSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor opened a crowded rally accusing the mayor of wasting money.\n\n"
        + "The senator was heard on a microphone warning that the bill would fail.\n");
    assertEquals("The governor", of(article, withCue(article, "accusing"), true));
    assertEquals("The senator", of(article, withCue(article, "warning"), true));
  }

  @Test
  void aParticipleJoinedToOneAfterWithSpeaksForTheSubjectAfterWith() {
    AnalyzedArticle article = analyze("Headline\n\nThe council approved the budget on Tuesday, with several members praising the mayor "
        + "and saying that taxes would rise.\n");
    assertEquals("several members", of(article, withCue(article, "saying"), true));
  }

  @Test
  void aParticipleAfterARestrictiveRelativeClauseSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe campaign released a video in which farmers walk through a dry field, "
        + "complaining that the drought has ruined them.\n");
    assertEquals("farmers", of(article, withCue(article, "complaining"), true));
  }

  @Test
  void aParticipleAfterAClauseThatHoldsAQuotationSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe crowd laughed when the governor closed the hearing with a nod to the "
        + "classic \"Casablanca\" film playing downtown, remarking that the budget was a beautiful friendship.\n");
    assertEquals("the governor", of(article, withCue(article, "remarking"), true));
  }

  @Test
  void aParticipleAfterARelativeClauseWhoseQuotationHoldsTheCommaSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe auditor put the deficit at $4 million, which Mayor Ruiz called ''a fantasy,'' "
        + "blaming the auditor for the delay.\n");
    assertEquals("Mayor Ruiz", of(article, withCue(article, "blaming"), true));
  }

  @Test
  void aParticipleJoinedToOneAfterARelativeClauseSpeaksForThatClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor arrived after the senator gave a speech in which she renewed her attack on the mayor, "
        + "mocking his budget and bluntly saying the city was broke.\n");
    assertEquals("she", of(article, withCue(article, "bluntly saying"), true));
  }

  @Test
  void aSceneAfterTheVerbOfAnInterruptingClauseIsNoPartOfTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nIf the council approves the budget, the mayor wrote in a letter, the library will reopen in May.\n");
    assertEquals("If the council approves the budget | the library will reopen in May", of(article, withCue(article, "wrote"), false));
    AnalyzedArticle quoted = analyze("Headline\n\nAsked about the verdict, the senator said on Sunday, “It was fair.”\n");
    assertEquals("“It was fair.”", of(quoted, withCue(quoted, "said"), false));
  }

  @Test
  void anAndOrAVerbAfterTheReportingClauseOpensTheQuotationItCarriesOn() {
    AnalyzedArticle joined = analyze("Headline\n\n“The treaty needs strict inspections,” the minister said, and “real penalties for cheating.”\n");
    assertEquals("“The treaty needs strict inspections,” | and “real penalties for cheating.”", of(joined, withCue(joined, "said"), false));
    AnalyzedArticle verb = analyze("Headline\n\n“Sick leave,” the handbook states, becomes available “after six months of service.”\n");
    assertEquals("“Sick leave,” | becomes available “after six months of service.”", of(verb, withCue(verb, "states"), false));
  }

  @Test
  void theWordsAfterADashOpenTheContentTheReportingClauseInterrupts() {
    AnalyzedArticle article = analyze("Headline\n\nThe bill would stop the governor from announcing new tolls - a safeguard, the senator said, "
        + "that is meant to protect commuters.\n");
    assertEquals("a safeguard | that is meant to protect commuters", of(article, withCue(article, "said"), false));
  }

  @Test
  void theSubjectAfterTheLastCommaOpensTheContentTheReportingClauseInterrupts() {
    AnalyzedArticle article = analyze("Headline\n\nAfter the long recount in the county, the new mayor, her aides believe, "
        + "will move quickly on the budget.\n");
    assertEquals("the new mayor | will move quickly on the budget", of(article, withCue(article, "believe"), false));
  }

  @Test
  void theAdverbsAfterACoordinatorOpenTheContentTheReportingClauseInterrupts() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor cut the ribbon at noon, and fortunately, her aide said, "
        + "“nobody fell into the river.”\n");
    assertEquals("fortunately | “nobody fell into the river.”", of(article, withCue(article, "said"), false));
  }

  @Test
  void aNameAfterAnObjectAndAJoinerSpeaksAlone() {
    AnalyzedArticle article = analyze("Headline\n\nThe council approved the budget and Mayor Ruiz said the library would stay open.\n\n"
        + "The governor and Senator Ortiz said the bridge was safe.\n");
    assertEquals("Mayor Ruiz", of(article, allWithCue(article, "said").get(0), true));
    assertEquals("The governor and Senator Ortiz", of(article, allWithCue(article, "said").get(1), true));
  }

  @Test
  void aPollsFindingRunsOnOverTheFiguresSetAgainstIt() {
    AnalyzedArticle article = analyze("Headline\n\nIn a Marist poll released Tuesday, 42 percent of parents said the schools were improving, "
        + "while 51 percent said they were getting worse.\n\n"
        + "The county survey found that 35 percent of renters had moved in the past year, compared with 12 percent of owners.\n");
    assertEquals("42 percent of parents said the schools were improving, while 51 percent said they were getting worse",
        of(article, withCue(article, "In"), false));
    assertEquals("that 35 percent of renters had moved in the past year, compared with 12 percent of owners",
        of(article, withCue(article, "found"), false));
  }

  @Test
  void aSubordinateClauseRightAfterThatStaysInTheReportedClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe inspector argued that although the contractor admitted the delays, "
        + "the bridge was safe to open.\n");
    assertEquals("that although the contractor admitted the delays, the bridge was safe to open", of(article, withCue(article, "argued"), false));
  }

  @Test
  void aRelativePossessiveOrTheBothOfAPairOpensTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe tenants sued the landlord, whose lawyers argued that the lease was void.\n\n"
        + "On Friday, both the union and the school board said the talks had failed.\n\n"
        + "The minister has said that the treaty shields the country from its neighbor, whose leaders have called for the end of the republic.\n");
    assertEquals("that the treaty shields the country from its neighbor, whose leaders have called for the end of the republic",
        of(article, withCue(article, "has said"), false));
    assertEquals("whose lawyers", of(article, withCue(article, "argued"), true));
    assertEquals("both the union and the school board", of(article, withCue(article, "said"), true));
  }

  @Test
  void aParticipleOpeningTheSentenceBeforeAPluralNounDescribesTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nLeading Democrats say the tax bill is dead.\n\n"
        + "But hacking specialists warn that the leaked files may be fake.\n");
    assertEquals("Leading Democrats", of(article, withCue(article, "say"), true));
    assertEquals("hacking specialists", of(article, withCue(article, "warn"), true));
  }

  @Test
  void aClauseThatDatesTheSayingEndsANounPhraseContentWithoutAComma() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor attacked the mayor's budget after the council rejected his own plan.\n\n"
        + "The senator opposed the pipeline as she prepared her campaign for the state house.\n\n"
        + "The coach defended his players when the league came under fire for the brawl.\n\n"
        + "The brewer blamed the drought a week after the harvest failed.\n\n"
        + "The commissioner said the stadium would reopen after the repairs were finished.\n\n"
        + "Many voters consider the senator honest as she has never taken a lobbyist's money.\n");
    assertEquals("the mayor's budget", of(article, withCue(article, "attacked"), false));
    assertEquals("the pipeline", of(article, withCue(article, "opposed"), false));
    assertEquals("his players", of(article, withCue(article, "defended"), false));
    assertEquals("the drought a week after the harvest failed", of(article, withCue(article, "blamed"), false),
        "after a word of time the clause dates that time");
    assertEquals("the stadium would reopen after the repairs were finished", of(article, withCue(article, "said"), false),
        "a reported clause keeps its own subordinate clause");
    assertEquals("the senator honest", of(article, withCue(article, "consider"), false), "an adjective ends a small clause");
  }

  @Test
  void aGerundAfterAfterDatesTheSayingAndItsFindingAttributesNothing() {
    AnalyzedArticle article = analyze("Headline\n\nThe union endorsed the treasurer after weighing three candidates for the post.\n\n"
        + "Inspectors charged the bakery owner after establishing that a video recording showed him feeding mice in the storeroom.\n");
    assertEquals("the treasurer", of(article, withCue(article, "endorsed"), false));
    assertEquals("the bakery owner", of(article, withCue(article, "charged"), false));
    assertTrue(allWithCue(article, "showed").isEmpty(), "what the inspectors established is no saying of the recording's");
  }

  @Test
  void aCueGerundWithAClauseIsTheSubjectsSayingNotPartOfTheEarlierContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor praised the volunteers before explaining why the shelter would close.\n\n"
        + "The senator answered the reporter by insisting that the budget would pass in June.\n");
    assertEquals("the volunteers", of(article, withCue(article, "praised"), false));
    Quote explaining = withCue(article, "explaining");
    assertEquals("The mayor", of(article, explaining, true));
    assertEquals("why the shelter would close", of(article, explaining, false));
    Quote insisting = withCue(article, "answered the reporter by insisting");
    assertEquals("The senator", of(article, insisting, true));
    assertEquals("that the budget would pass in June", of(article, insisting, false));
  }

  @Test
  void aVerbInsideAQuotationLeavesTheObjectBeforeTheMediumOfSaying() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor called the stadium deal “rigged” in a radio interview Monday.\n");
    assertEquals("the stadium deal “rigged”", of(article, withCue(article, "called"), false));
  }

  @Test
  void aStancesTargetEndsBeforeUntilOrEvenAs() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator avoided direct criticism of the governor until last week.\n\n"
        + "The mayor has turned her attention to the budget even as the strike drags on.\n");
    assertEquals("the governor", of(article, withCue(article, "avoided direct criticism of"), false));
    assertEquals("the budget", of(article, withCue(article, "has turned her attention to"), false));
  }

  @Test
  void theObjectOfAPromptingVerbHoldsTheStanceOfTheLightVerbAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe delay prompted the governor to launch an attack on the contractors.\n");
    Quote attack = withCue(article, "to launch an attack on");
    assertEquals("the governor", of(article, attack, true));
    assertEquals("the contractors", of(article, attack, false));
  }

  @Test
  void aColonBeforeASourceOfItsOwnEndsTheFirstContent() {
    AnalyzedArticle article = analyze("Headline\n\nState polls show the governor slipping: A Marist survey last week found her trailing the mayor by six points.\n");
    assertEquals("the governor slipping", of(article, withCue(article, "show"), false));
    assertEquals("her trailing the mayor by six points", of(article, withCue(article, "found"), false));
    assertEquals("A Marist survey", of(article, withCue(article, "found"), true));
  }

  @Test
  void aFigureAfterTheColonStaysInTheFinding() {
    AnalyzedArticle article = analyze("Headline\n\nThe survey showed most residents oppose the toll: 61% of residents say it is unfair.\n");
    assertEquals("most residents oppose the toll: 61% of residents say it is unfair", of(article, withCue(article, "showed"), false));
  }

  @Test
  void anAdjectiveTheTaggerReadsAsAnAdverbOpensTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nEarly results of an exit poll of Ohio voters show the governor well ahead.\n\n"
        + "Early counts found that turnout was light in the northern suburbs.\n");
    assertEquals("Early results of an exit poll of Ohio voters", of(article, withCue(article, "show"), true));
    assertEquals("Early counts", of(article, withCue(article, "found"), true));
  }

  @Test
  void atLeastBeforeAQuantityOpensTheSource() {
    AnalyzedArticle article = analyze("Headline\n\nAfter the vote, at least a dozen members of the council said the budget was unfair.\n\n"
        + "The plan, which at least one former treasurer considered reckless, passed anyway.\n");
    assertEquals("at least a dozen members of the council", of(article, withCue(article, "said"), true));
    assertEquals("at least one former treasurer", of(article, withCue(article, "considered"), true));
  }

  @Test
  void aTownHallOrAnAppearanceIsTheOccasionOfSaying() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator defended her vote at a town hall in Dayton. "
        + "The mayor explained his veto in an appearance on local television.\n");
    assertEquals("her vote", of(article, withCue(article, "defended"), false));
    assertEquals("his veto", of(article, withCue(article, "explained"), false));
  }

  @Test
  void aPastFormAfterAnArticleBeforeATimeIsTheNoun() {
    AnalyzedArticle article = analyze("Headline\n\nAs she considered a run last year, the governor kept her donors close.\n");
    assertEquals("a run", of(article, withCue(article, "considered"), false));
  }

  @Test
  void aGerundAfterAnArticleBeforeAPrepositionIsTheNoun() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor called for a redoubling of patrols in a statement after the vote.\n");
    assertEquals("a redoubling of patrols", of(article, withCue(article, "called for"), false));
  }

  @Test
  void aTimeBetweenAnOpeningParticipleAndItsClauseIsNoContent() {
    AnalyzedArticle article = analyze("Headline\n\nSince announcing in March that she would retire, the senator has kept a low profile. "
        + "After hinting on Monday that he might run again, the mayor spent the week in Ohio. "
        + "In responding Tuesday, the governor's office released new figures.\n");
    Quote announcing = withCue(article, "announcing");
    assertEquals("that she would retire", of(article, announcing, false));
    assertEquals("the senator", of(article, announcing, true));
    assertEquals("that he might run again", of(article, withCue(article, "hinting"), false));
    assertTrue(allWithCue(article, "responding").isEmpty(), "a time alone is no content");
  }

  @Test
  void aParticipleThatAnOpenerLeadsIsNoContentOfTheMainVerb() {
    AnalyzedArticle article = analyze("Headline\n\nAfter hinting that he might run again, the mayor rarely argued with her.\n\n"
        + "When reached by phone, the senator had little to say.\n");
    assertEquals("that he might run again", of(article, withCue(article, "hinting"), false));
    assertTrue(article.quotes().stream().noneMatch(q -> of(article, q, false).startsWith("After hinting")),
        "the opening phrase sets the scene of the main verb");
    assertTrue(article.quotes().stream().noneMatch(q -> of(article, q, false).startsWith("When reached")));
  }

  @Test
  void aPlaceOrTimeBetweenAVerbAndItsThatClauseIsNoContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator wrote in her weekly newsletter that the bridge would be rebuilt. "
        + "It was disclosed in April that the plant would close.\n");
    assertEquals("that the bridge would be rebuilt", of(article, withCue(article, "wrote"), false));
    assertEquals("that the plant would close", of(article, withCue(article, "was disclosed"), false));
  }

  @Test
  void aGerundSayingAfterAdverbsOrAQuotationLeavesTheEarlierContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor cautioned voters against haste, before cheerfully predicting that the party would heal.\n\n"
        + "The mayor warned “we are not there yet,” before firmly insisting that the budget would balance.\n");
    assertEquals("voters against haste", of(article, withCue(article, "cautioned"), false));
    assertEquals("that the party would heal", of(article, withCue(article, "cheerfully predicting"), false));
    assertEquals("“we are not there yet,”", of(article, withCue(article, "warned"), false));
    assertEquals("that the budget would balance", of(article, withCue(article, "firmly insisting"), false));
  }

  @Test
  void aLoneObjectPronounAfterAVerbOfTakingASideIsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nMost farmers in the county strongly supported him. "
        + "The teachers' union had endorsed her. The mayor seldom disagreed with them. "
        + "The money came from groups backing her.\n");
    assertEquals("him", of(article, withCue(article, "strongly supported"), false));
    assertEquals("Most farmers in the county", of(article, withCue(article, "strongly supported"), true));
    assertEquals("her", of(article, withCue(article, "had endorsed"), false));
    assertEquals("them", of(article, withCue(article, "seldom disagreed with"), false));
    assertTrue(allWithCue(article, "backing").isEmpty(), "a participle that describes a noun takes no side of its own");
  }

  @Test
  void aCurlyApostropheAfterANameInSIsAPossessiveInTheContent() {
    // The tagger reads the apostrophe of "Harris’" as a closing quotation mark.
    AnalyzedArticle article = analyze("Headline\n\nThe mayor appeared to betray her own concern that Harris’ supporters will be reluctant to vote for her.\n");
    Quote concern = withCue(article, "betray her own concern");
    assertEquals("that Harris’ supporters will be reluctant to vote for her", of(article, concern, false));
    assertEquals("The mayor", of(article, concern, true));
  }

  @Test
  void anExistentialClauseAfterACommaAndEndsAContentWithNoClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor did not mention the budget shortfall, and there were no questions about it.\n\n"
        + "Two aides were charged with taking gifts from lobbyists, and there were repeated complaints that the office ignored letters.\n");
    assertEquals("the budget shortfall", of(article, withCue(article, "did not mention"), false));
    assertEquals("that the office ignored letters", of(article, withCue(article, "complaints"), false));
  }

  @Test
  void aVerbWithAPersonForItsObjectIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor often compares Senator Ellis to a weathervane. "
        + "Local papers have cast him as a reformer. "
        + "Prices rose sharply, compared with last year.\n");
    assertEquals("Senator Ellis to a weathervane", of(article, withCue(article, "often compares"), false));
    assertEquals("The governor", of(article, withCue(article, "often compares"), true));
    assertEquals("him as a reformer", of(article, withCue(article, "have cast"), false));
    assertTrue(allWithCue(article, "compared with").isEmpty(), "a participle before a number or a time compares no one");
  }

  @Test
  void aVerbWithItsListedPrepositionBeforeAPersonIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe two councilmen have been fighting about Mayor Hale since the spring. "
        + "The neighbors were fighting about the fence.\n");
    Quote fight = withCue(article, "have been fighting about");
    assertEquals("Mayor Hale since the spring", of(article, fight, false));
    assertEquals("The two councilmen", of(article, fight, true));
    assertTrue(allWithCue(article, "were fighting about").isEmpty(), "a fight about a thing takes no one's side");
  }

  @Test
  void aLonePronounAfterAPhrasalCueOfTakingASideIsTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe county chairmen quickly lined up behind her. "
        + "The auditor flatly contradicted him.\n");
    Quote lined = withCue(article, "quickly lined up behind");
    assertEquals("her", of(article, lined, false));
    assertEquals("The county chairmen", of(article, lined, true));
    assertEquals("him", of(article, withCue(article, "flatly contradicted"), false));
  }

  @Test
  void aRelativePassiveWithItsAgentPastATimeNamesTheAgent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor answered the petition from the tenants, which was first reported last month by the Gazette's Ann Lowell.\n");
    Quote reported = withCue(article, "was first reported");
    assertEquals("which", of(article, reported, false));
    assertEquals("the Gazette's Ann Lowell", of(article, reported, true));
  }

  @Test
  void aVerbOfLikeningWithAnyObjectIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe agency compares the data with figures from the census. "
        + "The study compared with 30 percent last year.\n");
    Quote compares = withCue(article, "compares");
    assertEquals("the data with figures from the census", of(article, compares, false));
    assertEquals("The agency", of(article, compares, true));
    assertTrue(allWithCue(article, "compared").isEmpty(), "with no object before \"with\" nothing is likened");
  }

  @Test
  void aParticipleBeforeAnObjectRightAfterTheOpeningSubjectIsThePastTense() {
    AnalyzedArticle article = analyze("Headline\n\nFBI Director Ann Shaw coined this phrase and said rising costs were to blame.\n\n"
        + "FBI Director Ann Shaw coined this phrase and argued that the new rules were to blame.\n");
    Quote said = withCue(article, "said");
    assertEquals("FBI Director Ann Shaw", of(article, said, true));
    assertEquals("rising costs were to blame", of(article, said, false));
    assertEquals("FBI Director Ann Shaw", of(article, withCue(article, "argued"), true));
  }

  @Test
  void aParticipleOfLikeningWithAnObjectAfterItsSubjectIsThePastTense() {
    AnalyzedArticle article = analyze("Headline\n\nIn her speech, the senator compared the new toll to a tax on commuters.\n");
    Quote compared = withCue(article, "compared");
    assertEquals("the new toll to a tax on commuters", of(article, compared, false));
    assertEquals("the senator", of(article, compared, true));
  }

  @Test
  void aListedVerbReportsAsARelativePassiveWithItsAgent() {
    AnalyzedArticle article = analyze("Headline\n\nThe zoning plan, which had been scotched by the county board, came back in May. "
        + "Councilman Ortiz, who is reviled by the landlords, spoke first. "
        + "The money was raised by the county board in March.\n");
    Quote scotched = withCue(article, "had been scotched");
    assertEquals("which", of(article, scotched, false));
    assertEquals("the county board", of(article, scotched, true));
    assertEquals("the landlords", of(article, withCue(article, "is reviled"), true));
    assertTrue(allWithCue(article, "was raised").isEmpty(), "money raised by someone is no one's saying");
  }

  @Test
  void theContentsOneSemicolonEndsItBeforeTheWritersNextSentence() {
    AnalyzedArticle article = analyze("Headline\n\nThe council members opposed a new fee on parking permits; the last one was passed in 2009.\n\n"
        + "The mayor thinks the river is cleaner than it was; the harbor remains closed to swimmers.\n\n"
        + "The governor promised lower tolls; and a new bridge.\n\n"
        + "The senator backed three bills: one on water; one on roads; one on schools.\n");
    assertEquals("a new fee on parking permits", of(article, withCue(article, "opposed"), false));
    assertEquals("the river is cleaner than it was", of(article, withCue(article, "thinks"), false));
    assertEquals("lower tolls; and a new bridge", of(article, withCue(article, "promised"), false), "\"; and\" adds to what was said");
    assertEquals("three bills: one on water; one on roads; one on schools", of(article, withCue(article, "backed"), false),
        "two semicolons list what was said");
  }

  @Test
  void aCommentWithARelativeClauseAfterTheContentsOneDashEndsIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe council members backed a cap on rents — a move that angered the landlords.\n\n"
        + "The mayor said the plant would close in May — a decision she regrets deeply.\n\n"
        + "The manager said the plant — a site that employs 300 workers — would close in May.\n");
    assertEquals("a cap on rents", of(article, withCue(article, "backed"), false));
    assertEquals("the plant would close in May", of(article, withCue(article, "said"), false));
    assertEquals("the plant — a site that employs 300 workers — would close in May", of(article, allWithCue(article, "said").get(1), false),
        "a second dash closes an aside inside the content");
  }

  @Test
  void aVerbListedWithToReportsTheInfinitiveAfterIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe county board voted to repave the old bridge. "
        + "The council members are looking to cut the school budget. The mayor looks to the governor for help.\n");
    Quote voted = withCue(article, "voted");
    assertEquals("to repave the old bridge", of(article, voted, false));
    assertEquals("The county board", of(article, voted, true));
    Quote looking = withCue(article, "are looking");
    assertEquals("to cut the school budget", of(article, looking, false));
    assertEquals("The council members", of(article, looking, true));
    assertTrue(allWithCue(article, "looks").isEmpty(), "before a noun \"look to\" reports nothing");
  }

  @Test
  void voteWithAgainstIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nTwo aldermen voted against the new parking fees. Most residents voted in the morning.\n");
    Quote voted = withCue(article, "voted against");
    assertEquals("the new parking fees", of(article, voted, false));
    assertEquals("Two aldermen", of(article, voted, true));
    assertTrue(allWithCue(article, "voted").isEmpty(), "voting alone says nothing");
  }

  @Test
  void aParticipleAfterAnIssuedObjectWithAPhraseOfItsOwnSpeaksForTheVerbsSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe weekly paper ran a long column on the mayor praising his new budget.\n");
    Quote praising = withCue(article, "ran a long column on the mayor praising");
    assertEquals("The weekly paper", of(article, praising, true));
    assertEquals("his new budget", of(article, praising, false));
  }

  @Test
  void aReportingClauseSetIntoItsSentenceLeavesTheRestOfTheSentenceToTheContent() {
    AnalyzedArticle article = analyze("Headline\n\n“It is a shame,” the coach said, that the new stadium will not open before the season.\n\n"
        + "“Only a mayor like her,” the reporter wrote, would spend the surplus on fountains.\n\n"
        + "“It would be wiser,” the treasurer added, to wait for the audit of the pension fund.\n");
    assertEquals("“It is a shame,” | that the new stadium will not open before the season", of(article, withCue(article, "said"), false));
    assertEquals("“Only a mayor like her,” | would spend the surplus on fountains", of(article, withCue(article, "wrote"), false));
    assertEquals("“It would be wiser,” | to wait for the audit of the pension fund", of(article, withCue(article, "added"), false));
  }

  @Test
  void sinceBetweenHaveAndAParticipleIsAnAdverbBeforeTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe plan won approval in March, but the county commissioners have since balked at the developer's request for a larger garage.\n");
    Quote balked = withCue(article, "have since balked at");
    assertEquals("the developer's request for a larger garage", of(article, balked, false));
    assertEquals("the county commissioners", of(article, balked, true));
  }

  @Test
  void aJoinedVerbAfterAnOpeningClauseIsTheMainSubjects() {
    AnalyzedArticle article = analyze("Headline\n\nWhen Dana Whitfield, the mayor's chief of staff was asked whether the budget would pass, "
        + "she smiled and said that the city would balance it by June.\n");
    assertEquals("she", of(article, withCue(article, "said"), true));
  }

  @Test
  void aTimeAfterAJoinerIsNoSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor has freed up $10 million to fight the outbreak "
        + "and on Tuesday announced that more money would be sent to the coast.\n");
    assertEquals("The governor", of(article, withCue(article, "announced"), true));
  }

  @Test
  void aJoinedParticipleIsThePastTenseOfTheClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nIn fact, the only time Murphy came up was when the host speculated about his staff, "
        + "referred to his supposed rudeness and considered whether the governor's endorsement would create a conflict.\n");
    assertEquals("the host", of(article, withCue(article, "considered"), true));
  }

  @Test
  void aJoinedPlainFormIsThePresentOfTheClausesSubject() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor is courting older renters such as Ms. Grant, who are drawn to his message "
        + "of affordable housing and feel that the new towers have done lasting harm to their streets. "
        + "Rivera hopes to win over teachers like Nolan, who are tired of the testing regime and believe that the state has failed their schools.\n");
    assertEquals("who", of(article, withCue(article, "feel"), true));
    assertEquals("who", of(article, withCue(article, "believe"), true));
  }

  @Test
  void aSigningVerbWithADocumentForObjectIsACue() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor signed a bill that expands early voting. "
        + "The senator signed a letter of regret that she said was written by her staff. The lease was signed in May.\n");
    Quote bill = withCue(article, "signed");
    assertEquals("The governor", of(article, bill, true));
    assertEquals("a bill that expands early voting", of(article, bill, false));
    Quote letter = allWithCue(article, "signed").get(1);
    assertEquals("The senator", of(article, letter, true));
    assertTrue(of(article, letter, false).startsWith("a letter of regret"), "a \"that\" after the signed object is relative");
    assertTrue(allWithCue(article, "was signed").isEmpty(), "with no object nothing is signed");
  }

  @Test
  void aSigningVerbReportsNothingInAClauseOfTimeInsideAContentNorOverAnothersSaying() {
    AnalyzedArticle article = analyze("Headline\n\nMara Quist says the mayor was not pressured when he signed the zoning order. "
        + "The plan won over the councilors who signed the letter to Mayor Hale, which was first reported last month by the Gazette's Ann Lowell "
        + "and was drafted by Ed Park, Ana Ruiz and Lu Chen.\n");
    Quote says = withCue(article, "says");
    assertEquals("the mayor was not pressured when he signed the zoning order", of(article, says, false));
    Quote reported = withCue(article, "was first reported");
    assertEquals("the Gazette's Ann Lowell", of(article, reported, true));
    assertTrue(allWithCue(article, "signed").isEmpty(), "neither signing is an attribution of its own");
  }

  @Test
  void aParticipleAfterAReportedClauseGoesOnWithIt() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the factory would close next spring, leaving hundreds of workers without jobs.\n\n"
        + "The senator praised the budget, standing beside the governor.\n\n"
        + "The union chief said the strike had ended, adding that talks would resume.\n");
    assertEquals("the factory would close next spring, leaving hundreds of workers without jobs", of(article, withCue(article, "said"), false));
    assertEquals("the budget", of(article, withCue(article, "praised"), false), "a content with no clause of its own ends at the comma");
    assertEquals("the strike had ended", of(article, allWithCue(article, "said").get(1), false), "a cue verb in the phrase is a saying of its own");
  }

  @Test
  void aNamingParticipleAfterItsNounNamesItAndNoOneSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor won the most votes in the round of runoffs known as Second Sunday. "
        + "Volunteers from a new group called Fair Rent Now handed out flyers in the old mill district.\n");
    Quote known = withCue(article, "known as");
    assertNull(known.source(), "the round of runoffs is named, and names no one");
    assertEquals("the round of runoffs | Second Sunday", of(article, known, false));
    Quote called = withCue(article, "called");
    assertNull(called.source(), "the union is named, and says nothing");
    assertTrue(of(article, called, false).startsWith("a new group | Fair Rent Now"));
  }

  @Test
  void aSubjectSetOffFromItsVerbByAnAsideSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nWhen Ms. Ortiz, during a forum at the library in 1998, recommended that the park be sold, "
        + "the council laughed. The vote was close (Mr. Dunn, almost alone, opposed the tax). "
        + "The council met again (Mr. Hale, who did not return a call on Monday, has denied that he wrote the memo).\n");
    Quote recommended = withCue(article, "recommended");
    assertEquals("Ms. Ortiz", of(article, recommended, true));
    assertTrue(of(article, recommended, false).startsWith("that the park be sold"));
    assertEquals("Mr. Dunn", of(article, withCue(article, "opposed"), true));
    assertEquals("Mr. Hale, who did not return a call on Monday,", of(article, withCue(article, "has denied"), true));
  }

  @Test
  void aHeadlineNameBeforeAnInfinitiveSpeaks() {
    AnalyzedArticle article = analyze("Mayor Lindqvist to endorse Okafor for governor\n\nThe endorsement came on Friday.\n");
    Quote endorse = withCue(article, "to endorse");
    assertEquals("Mayor Lindqvist", of(article, endorse, true));
    assertEquals("Okafor for governor", of(article, endorse, false));
  }

  @Test
  void aQuotedPhraseInsideTheWritersSentenceIsNoOnesFollowingWords() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor said the budget would protect the libraries. Since then, the city’s “rainy day” fund has shrunk.\n\n"
        + "The senator said the bill would pass. “We have the votes.”\n");
    assertEquals("the budget would protect the libraries", of(article, withCue(article, "said"), false));
    assertEquals("the bill would pass | “We have the votes.”", of(article, allWithCue(article, "said").get(1), false),
        "a quotation that opens its sentence still goes on with the words before");
  }

  @Test
  void aPassiveParticipleAfterANounGivesThatNounNoSource() {
    AnalyzedArticle article = analyze("Headline\n\nThe budget proposal rejected on Tuesday was similar to one the mayor offered in 2019.\n\n"
        + "The county clerk reported on Friday that the bridge would close.\n");
    assertNull(withCue(article, "rejected").source(), "the proposal is what was rejected");
    assertEquals("The county clerk", of(article, withCue(article, "reported"), true), "a past tense with its clause after it keeps its source");
  }

  @Test
  void aSubjectBeforeLongAndItsAuxiliarySpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe farmers and the co-op have long complained that the river board ignores them. "
        + "The plan was backed by Ms. Ortiz, who has long opposed the dam.\n");
    assertEquals("The farmers and the co-op", of(article, withCue(article, "have long complained"), true));
    assertEquals("who", of(article, withCue(article, "has long opposed"), true));
  }

  @Test
  void aCueVerbBeforeAReportingInfinitiveWithAThatClauseJoinsItsCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe treasurer refused to admit that the pension fund had lost money.\n\n"
        + "The mayor spoke at the harbor on Monday, seeking to show that the ferry could pay for itself.\n\n"
        + "The coach declined to comment on the trade.\n");
    Quote admit = withCue(article, "refused to admit");
    assertEquals("The treasurer", of(article, admit, true));
    assertEquals("that the pension fund had lost money", of(article, admit, false));
    Quote show = withCue(article, "seeking to show");
    assertEquals("The mayor", of(article, show, true), "the participle set off by its comma speaks for the subject");
    assertEquals("that the ferry could pay for itself", of(article, show, false));
    assertEquals("to comment on the trade", of(article, withCue(article, "declined"), false), "with no that-clause the verbs stay split");
  }

  @Test
  void aCommaRightAfterThatOpensAnAsideTheContentGoesOnPast() {
    AnalyzedArticle article = analyze("Headline\n\nHer allies say it is only right that, having lost twice before, she now leads the race.\n\n"
        + "The auditors found that, according to the town's own ledgers, most of the grants went to donors.\n");
    assertEquals("it is only right that, having lost twice before, she now leads the race", of(article, withCue(article, "say"), false));
    assertEquals("that, according to the town's own ledgers, most of the grants went to donors", of(article, withCue(article, "found"), false));
  }

  @Test
  void aSubjectWithARelativeClauseBeforeAnAsideSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe dock was quiet. Yet some fishermen who have worked the harbor for decades, in good years and bad, "
        + "said the new quota would ruin them.\n");
    Quote said = withCue(article, "said");
    assertEquals("some fishermen who have worked the harbor for decades", of(article, said, true));
    assertEquals("the new quota would ruin them", of(article, said, false));
  }

  @Test
  void aRelativePronounSetOffFromItsVerbByAnAsideSpeaks() {
    AnalyzedArticle article = analyze("Headline\n\nThe strike went on into its third week. It was ended by Mayor Lena Ortiz, who, after a long night with the union, "
        + "said on Monday that the port would reopen. The deal angered the shippers' guild, which, in a letter to the council, criticized the mayor for giving in.\n");
    Quote said = withCue(article, "said");
    assertEquals("who", of(article, said, true));
    assertEquals("that the port would reopen", of(article, said, false));
    assertEquals("which", of(article, withCue(article, "criticized"), true));
  }

  @Test
  void anAsideBetweenAuxiliaryAndVerbJoinsTheCue() {
    AnalyzedArticle article = analyze("Headline\n\nThe ferry fare rose again in May. The harbor pilots have, in fact, "
        + "praised the new schedule for its safety.\n");
    Quote praised = withCue(article, "have, in fact, praised");
    assertEquals("The harbor pilots", of(article, praised, true));
    assertEquals("the new schedule for its safety", of(article, praised, false));
  }

  @Test
  void aReportedClauseAfterTheTimeOfTheSayingOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe county clerk reported on Friday, the bridge will close for repairs.\n\n"
        + "The harbor master announced on Tuesday the ferry would stop running.\n");
    assertEquals("the bridge will close for repairs", of(article, withCue(article, "reported"), false));
    assertEquals("the ferry would stop running", of(article, withCue(article, "announced"), false));
  }

  @Test
  void aThatPastALongPhraseOfPlaceOrTimeStillOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor said Monday during a tour of a flooded farm near Dayton, Ohio, that the levee would be rebuilt.\n\n"
        + "The mayor has long opposed plans by the council members, Ms. Ruiz and Mr. Patel, that would close the library.\n");
    assertEquals("that the levee would be rebuilt", of(article, withCue(article, "said"), false));
    assertTrue(of(article, withCue(article, "has long opposed"), false).startsWith("plans by the council members"),
        "a that after the object the cue opens with belongs to that object");
  }

  @Test
  void aRelativeClauseWithACueInTheReportedSubjectIsLeftOutAndTheVerbTakenOn() {
    AnalyzedArticle article = analyze("Headline\n\nThe harbor board met on Tuesday. Dock workers warned that rival crews from the north, "
        + "which claimed the night shifts last year, are undercutting local wages.\n");
    Quote warned = withCue(article, "warned");
    assertEquals("Dock workers", of(article, warned, true));
    assertEquals("that rival crews from the north | are undercutting local wages", of(article, warned, false));
    assertEquals("which", of(article, withCue(article, "claimed"), true));
  }

  @Test
  void aQuotedVerdictAfterARelativeWhichIsAnAttributionOfItsOwn() {
    AnalyzedArticle article = analyze("Headline\n\nThe senator said she would vote against the harbor bill, which she called “a gift to the shipping lobby.”\n\n"
        + "The mayor said “we are ready” for the storm season, which he called “the hardest in years.”\n");
    Quote called = withCue(article, "called");
    assertEquals("she", of(article, called, true));
    assertEquals("which | “a gift to the shipping lobby.”", of(article, called, false));
    assertEquals("she would vote against the harbor bill", of(article, withCue(article, "said"), false), "the outer content ends before the comma");
    assertEquals(1, allWithCue(article, "called").size(), "a content that quotes its speaker already keeps the verdict");
  }

  @Test
  void questionsAboutWhetherThatAThingRaisesAreNoOnesAndRunOverTheirClause() {
    AnalyzedArticle article = analyze("Headline\n\nThe ledgers raised new questions about whether the council had paid the contractor twice.\n\n"
        + "The senator raised questions about whether the port would stay open through the winter.\n");
    Quote ledgers = withCue(article, "raised new questions about");
    assertNull(ledgers.source(), "a thing prompts the questions in many, unnamed");
    assertEquals("whether the council had paid the contractor twice", of(article, ledgers, false));
    Quote senator = withCue(article, "raised questions about");
    assertEquals("The senator", of(article, senator, true));
    assertEquals("whether the port would stay open through the winter", of(article, senator, false));
  }

  @Test
  void doubtsAnInfinitiveRaisesForNoOneAreManyUnnamed() {
    AnalyzedArticle article = analyze("Headline\n\nHundreds of nurses marched to the city hall on Monday morning to raise concerns about staffing levels and demand new contracts.\n\n"
        + "There will be no secret deals, nothing to raise doubts about whether the council works for the town.\n");
    Quote concerns = withCue(article, "concerns about");
    assertNull(concerns.source(), "a purpose with no one to hold it leaves the side to many");
    assertEquals("staffing levels", of(article, concerns, false), "the second infinitive is no part of it");
    Quote doubts = withCue(article, "doubts about");
    assertNull(doubts.source());
    assertEquals("whether the council works for the town", of(article, doubts, false));
  }

  @Test
  void questionsThatAriseAreManyUnnamed() {
    AnalyzedArticle article = analyze("Headline\n\nThe board delayed its vote on the budget after questions arose about the auditor's report.\n");
    Quote questions = withCue(article, "questions arose about");
    assertNull(questions.source(), "the questions come up in many, unnamed");
    assertEquals("the auditor's report", of(article, questions, false));
  }

  @Test
  void aQuotedShowTitleInTheSceneLeadsOnToTheThat() {
    AnalyzedArticle article = analyze("Headline\n\nThe governor said on CBS's “Face the Nation” on Sunday that the harbor bill would pass by spring.\n");
    assertEquals("that the harbor bill would pass by spring", of(article, withCue(article, "said"), false));
  }

  @Test
  void aQuotationAfterThePlaceOfTheSayingOpensTheContent() {
    AnalyzedArticle article = analyze("Headline\n\nThe mayor conceded in a radio interview Monday night “the harbor bill will be hard to pass” if the vote slips.\n");
    assertEquals("“the harbor bill will be hard to pass” if the vote slips", of(article, withCue(article, "conceded"), false));
  }
}

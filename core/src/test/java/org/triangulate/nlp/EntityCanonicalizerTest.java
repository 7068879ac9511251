package org.triangulate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

class EntityCanonicalizerTest {

  private static final EntityCanonicalizer CANONICALIZER = EntityCanonicalizer.english();

  private static List<Entity> entities(String marked) {
    Marked m = Marked.of(marked);
    List<Entity> entities = CANONICALIZER.canonicalize(m.text(), m.analysis());
    for (Entity e : entities) {
      assertEquals(e.text(), e.span().of(m.text()), "entity text is its span");
    }
    return entities;
  }

  /** "text -> canonical" for each entity, in order. */
  private static List<String> resolved(String marked) {
    return entities(marked).stream().map(e -> e.text() + " -> " + e.canonical()).toList();
  }

  private static Entity only(List<Entity> entities, String text) {
    List<Entity> matching = entities.stream().filter(e -> e.text().equals(text)).toList();
    assertEquals(1, matching.size(), () -> text + " in " + entities);
    return matching.get(0);
  }

  @Test
  void aliasesTakeTheCountrysName() {
    assertEquals(
        List.of("DPRK -> North Korea", "Democratic People’s Republic of Korea -> North Korea", "US -> United States",
            "U.S. -> United States", "United States -> United States"),
        resolved("The [DPRK|O] ([Democratic People’s Republic of|O] [Korea|L]) and the [US|L] met [U.S.|L] officials"
            + " in the [United States|L]."));
  }

  @Test
  void countriesAreLocationsEvenWhenTaggedOtherwise() {
    List<Entity> entities = entities("The [DPRK|O] said [China|P] agreed.");
    assertEquals(EntityType.LOCATION, only(entities, "DPRK").type());
    assertEquals(EntityType.LOCATION, only(entities, "China").type());
  }

  @Test
  void organisationsFromTheGazetteer() {
    Entity un = only(entities("The [UN|L] voted."), "UN");
    assertEquals(EntityType.ORGANIZATION, un.type());
    assertEquals("United Nations", un.canonical());
    Entity council = only(entities("The [UN Security Council|O] voted."), "UN Security Council");
    assertEquals("UN Security Council", council.canonical());
  }

  @Test
  void capitalAsSubjectIsItsGovernment() {
    assertEquals(
        List.of("Pyongyang -> North Korea", "Moscow -> Russia"),
        resolved("[Pyongyang|L] has shipped thousands of containers to help [Moscow|L]."));
    assertEquals(List.of("Beijing -> China"), resolved("A conflict which [Beijing|L] opposes."));
    assertEquals(List.of("Washington -> United States"), resolved("[Washington|O] said it had seen evidence."));
    assertEquals(List.of("Beijing -> China"), resolved("It reduces the pressure on [Beijing|L] to act."));
    assertEquals(List.of("Pyongyang -> North Korea"), resolved("Deeper ties with [Pyongyang|L]'s government."));
  }

  @Test
  void capitalAsPlaceKeepsItsName() {
    assertEquals(
        List.of("Patricia Kim -> Patricia Kim", "Brookings Institute -> Brookings Institute", "Washington -> Washington"),
        resolved("said [Patricia Kim|P], a fellow at the [Brookings Institute|O] in [Washington|L]."));
    assertEquals(
        List.of("Zhao Leji -> Zhao Leji", "Pyongyang -> Pyongyang"),
        resolved("sending senior official [Zhao Leji|P] to [Pyongyang|L] in April."));
    assertEquals(List.of("London -> London", "Chatham House -> Chatham House"),
        resolved("a fellow at [London|L]-based think tank [Chatham House|O]."));
    assertEquals(List.of("Seoul -> Seoul", "Tokyo -> Tokyo"), resolved("Protests in [Seoul|L] and [Tokyo|L] grew."));
    assertEquals(List.of("Paris -> France", "Berlin -> Germany"), resolved("[Paris|L] and [Berlin|L] disagreed."));
  }

  @Test
  void capitalTaggedAsPersonIsLeftAlone() {
    Entity sofia = only(entities("[Sofia|P] said hello."), "Sofia");
    assertEquals(EntityType.PERSON, sofia.type());
    assertEquals("Sofia", sofia.canonical());
  }

  @Test
  void demonymsTheTaggerMissedAreMisc() {
    List<Entity> entities = entities("Thousands of North Korean troops joined Ukrainian forces, North Koreans said, and"
        + " Chinese President [Xi Jinping|P] spoke.");
    assertEquals(List.of("North Korean", "Ukrainian", "North Koreans", "Chinese", "Xi Jinping"), entities.stream().map(Entity::text).toList());
    assertEquals(List.of("North Korea", "Ukraine", "North Korea", "China", "Xi Jinping"), entities.stream().map(Entity::canonical).toList());
    assertEquals(EntityType.MISC, only(entities, "Chinese").type());
    assertEquals(new Span(13, 25), only(entities, "North Korean").span());
  }

  @Test
  void countriesTheTaggerMissedAreLocations() {
    Entity japan = only(entities("Talks with Japan went on."), "Japan");
    assertEquals(EntityType.LOCATION, japan.type());
    assertEquals("Japan", japan.canonical());
  }

  @Test
  void longerUnknownNamesAreNotCountries() {
    assertTrue(entities("Trade with Latin America grew, and New Mexico voted.").isEmpty());
    assertTrue(entities("African American voters turned out.").isEmpty());
  }

  @Test
  void ambiguousNamesAreNeverAddedOrRetyped() {
    Entity jordan = only(entities("[Jordan|P] said he would run."), "Jordan");
    assertEquals(EntityType.PERSON, jordan.type());
    assertTrue(entities("Voters in Georgia and Chad turned out.").isEmpty());
    Entity georgia = only(entities("Voters in [Georgia|L] turned out."), "Georgia");
    assertEquals("Georgia", georgia.canonical());
    assertEquals(EntityType.LOCATION, georgia.type());
  }

  @Test
  void gazetteerNameInsideALongerMentionStaysInside() {
    assertEquals(List.of("Chinese Foreign Ministry -> Chinese Foreign Ministry"), resolved("The [Chinese Foreign Ministry|O] said."));
    assertEquals(List.of("Voice of America -> Voice of America"), resolved("She told [Voice of America|O] so."));
  }

  @Test
  void demonymBeforeAnOrganisationJoinsIt() {
    assertEquals(List.of("Russian Foreign Ministry -> Russian Foreign Ministry"), resolved("It asked the Russian [Foreign Ministry|O]."));
  }

  @Test
  void laterSurnameIsTheNearestEarlierFullName() {
    assertEquals(
        List.of("China -> China", "Kim Jong Un -> Kim Jong Un", "Kim -> Kim Jong Un", "Kim Jong Il -> Kim Jong Il"),
        resolved("China backs [Kim Jong Un|P]’s regime.\nAfter [Kim|P]’s father, [Kim Jong Il|P], tested a bomb."));
    assertEquals(
        List.of("Kim Jong Un -> Kim Jong Un", "Patricia Kim -> Patricia Kim", "Kim -> Patricia Kim", "Kim Jong Un -> Kim Jong Un",
            "Kim -> Kim Jong Un"),
        resolved("[Kim Jong Un|P] is ruling.\n“It is so,” said [Patricia Kim|P], a fellow.\n“No,” [Kim|P] said.\n"
            + "The regime of [Kim Jong Un|P] grew. In June, [Kim|P] met Putin."));
  }

  @Test
  void surnamesOfAnalysts() {
    assertEquals(
        List.of("Edward Howell -> Edward Howell", "Howell -> Edward Howell", "Bonnie Glaser -> Bonnie Glaser", "Glaser -> Bonnie Glaser"),
        resolved("said [Edward Howell|P], a lecturer.\n[Howell|P] pointed out.\n[Bonnie Glaser|P] agreed.\n[Glaser|P] told Newsweek."));
  }

  @Test
  void titlesAndPossessivesAreNotPartOfTheName() {
    assertEquals(List.of("Sen. Ben Cardin -> Ben Cardin", "Cardin’s -> Ben Cardin"),
        resolved("[Sen. Ben Cardin|P] spoke.\n[Cardin’s|P] statement followed."));
    assertEquals(List.of("President Xi Jinping -> Xi Jinping"), resolved("[President Xi Jinping|P] thanked him."));
  }

  @Test
  void surnameTheTaggerMissedIsAddedAfterATitle() {
    List<Entity> entities = entities("How President Xi sees this.\nChinese President [Xi Jinping|P] thanked Kim.\nXi’s hands are clean.");
    List<String> xi = entities.stream().filter(e -> e.text().equals("Xi")).map(Entity::canonical).toList();
    assertEquals(List.of("Xi Jinping", "Xi Jinping"), xi);
  }

  @Test
  void surnameNextToAnotherProperNounIsNotAdded() {
    List<Entity> entities = entities("[Kim Jong Un|P] met Kim Yo Jong.");
    assertEquals(List.of("Kim Jong Un"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void personOfOrganisationIsSplit() {
    assertEquals(
        List.of("Naoko Aoki -> Naoko Aoki", "Rand Corporation -> Rand Corporation", "Aoki -> Naoko Aoki"),
        resolved("said [Naoko Aoki of the Rand Corporation|O] think tank.\n[Aoki|P] says more."));
    assertEquals(List.of("Bank of America -> Bank of America"), resolved("The [Bank of America|O] lent."));
  }

  @Test
  void acronymsAndShortFormsOfOrganisations() {
    assertEquals(
        List.of("Korean People’s Army -> Korean People's Army", "KPA -> Korean People's Army"),
        resolved("movements of [Korean People’s Army|O] forces.\nWhile [KPA|O] troops fight."));
    assertEquals(
        List.of("The Financial Times -> Financial Times", "Times -> Financial Times"),
        resolved("[The Financial Times|O] reported.\nThe [Times|O] said."));
    assertEquals(List.of("NATO -> NATO", "China -> China"), resolved("an Asian [NATO|O] aimed at China"));
  }

  @Test
  void emptyAndDegenerateInputs() {
    assertTrue(CANONICALIZER.canonicalize("", List.of(), List.of()).isEmpty());
    assertTrue(CANONICALIZER.canonicalize("   \n\n  ", List.of(), List.of()).isEmpty());
    List<Mention> beyond = List.of(new Mention(new Span(3, 40), "x", EntityType.PERSON));
    assertTrue(CANONICALIZER.canonicalize("short", List.of(), beyond).isEmpty());
  }

  @Test
  void randomTextAndMentionsRaiseNothing() {
    Random random = new Random(2024);
    String[] words = {"Kim", "Kim Jong Un", "said", "Beijing", "in", "the", "U.S.", "Chinese", "KPA", "of", "Rand", "’s",
        "North", "Korean", "Georgia", "Sen.", "-based", ",", "and", "\n", "Times", "Naoko Aoki", "\u0000", "\uD800"};
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    EntityType[] types = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};
    while (text.length() < 5_000_000) {
      String word = words[random.nextInt(words.length)];
      if (random.nextInt(4) == 0 && !word.isBlank()) {
        mentions.add(new Mention(new Span(text.length(), text.length() + word.length()), word, types[random.nextInt(3)]));
      }
      text.append(word).append(random.nextBoolean() ? " " : "");
    }
    String junk = text.toString();
    List<Entity> entities = CANONICALIZER.canonicalize(junk, List.of(), mentions);
    assertFalse(entities.isEmpty());
    for (Entity e : entities) {
      assertEquals(e.text(), e.span().of(junk));
    }
  }
}

package org.triangulate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.english();

  @Test
  void coversTheWorldsCountries() {
    long countries = GAZETTEER.places().stream().filter(p -> p.type() == EntityType.LOCATION).count();
    assertTrue(countries >= 195, "countries: " + countries);
    assertEquals("European Union", GAZETTEER.lookup("EU").orElseThrow().place().canonical());
    assertEquals(EntityType.ORGANIZATION, GAZETTEER.lookup("United Nations").orElseThrow().place().type());
  }

  @Test
  void everyNameBelongsToOnePlace() {
    Map<String, String> owner = new HashMap<>();
    for (Gazetteer.Place place : GAZETTEER.places()) {
      List<String> names = new java.util.ArrayList<>(place.aliases());
      names.add(place.canonical());
      names.addAll(place.capitals());
      names.addAll(place.demonyms());
      for (String name : names) {
        String previous = owner.putIfAbsent(name, place.canonical());
        assertTrue(previous == null || previous.equals(place.canonical()), name + " is in " + previous + " and " + place.canonical());
      }
    }
  }

  @Test
  void resolvesAliasesCapitalsAndDemonyms() {
    assertEquals("North Korea", GAZETTEER.lookup("DPRK").orElseThrow().place().canonical());
    assertEquals("North Korea", GAZETTEER.lookup("Democratic People’s Republic of Korea").orElseThrow().place().canonical());
    assertEquals("United States", GAZETTEER.lookup("U.S.").orElseThrow().place().canonical());
    Gazetteer.Name pyongyang = GAZETTEER.lookup("Pyongyang").orElseThrow();
    assertEquals(Gazetteer.Role.CAPITAL, pyongyang.role());
    assertEquals("North Korea", pyongyang.place().canonical());
    Gazetteer.Name chinese = GAZETTEER.lookup("Chinese").orElseThrow();
    assertEquals(Gazetteer.Role.DEMONYM, chinese.role());
    assertEquals("China", chinese.place().canonical());
    assertTrue(GAZETTEER.lookup("Georgia").orElseThrow().ambiguous());
    assertTrue(GAZETTEER.lookup("Jordan").orElseThrow().ambiguous());
    assertFalse(GAZETTEER.lookup("France").orElseThrow().ambiguous());
    assertTrue(GAZETTEER.lookup("Korea").isEmpty(), "Korea alone is North or South");
    assertTrue(GAZETTEER.lookup("Korean").isEmpty());
  }

  @Test
  void findsWholeWordsLongestFirst() {
    String text = "The Democratic People’s Republic of Korea, Papua New Guinea and the US-led USAID in the U.S. and USB.";
    List<String> found = GAZETTEER.find(text).stream().map(m -> m.span().of(text)).toList();
    assertEquals(List.of("Democratic People’s Republic of Korea", "Papua New Guinea", "US", "U.S."), found);
  }

  @Test
  void matchesAreCaseSensitive() {
    assertTrue(GAZETTEER.find("let us go to the chinese restaurant, said turkey").isEmpty());
  }

  @Test
  void junkFindsNoExceptions() {
    Random random = new Random(7);
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      junk.append((char) random.nextInt(0x3000));
    }
    GAZETTEER.find(junk.toString());
    assertTrue(GAZETTEER.find("").isEmpty());
  }
}

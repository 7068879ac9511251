package org.triangulate.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletDirectoryTest {

  private static final OutletDirectory DIRECTORY = OutletDirectory.standard();

  @Test
  void aliasesResolveToOneOutlet() {
    for (String alias :
        new String[] {"RFA", "RFA Korean", "RFA Mandarin", "Radio Free Asia Korean", "radio free asia"}) {
      assertEquals(Optional.of("Radio Free Asia"), DIRECTORY.canonical(alias), alias);
    }
    assertEquals(Optional.of("The New York Times"), DIRECTORY.canonical("NYT"));
    assertEquals(Optional.of("The New York Times"), DIRECTORY.canonical("the New York Times."));
    assertEquals(Optional.of("Newsweek"), DIRECTORY.canonical("NEWSWEEK"));
    assertEquals(Optional.of("Associated Press"), DIRECTORY.canonical("The Associated Press"));
    assertEquals(Optional.empty(), DIRECTORY.canonical("Apre-salomemanzo"));
    assertEquals(Optional.empty(), DIRECTORY.canonical("the"));
  }

  @Test
  void domainsResolveWithSubdomainsOnly() {
    assertEquals(Optional.of("BBC"), DIRECTORY.byDomain("www.bbc.co.uk"));
    assertEquals(Optional.of("CNN"), DIRECTORY.byDomain("https://edition.cnn.com/2024/11/01/x"));
    assertEquals(Optional.of("Radio Free Asia"), DIRECTORY.byDomain("rfa.org"));
    assertEquals(Optional.empty(), DIRECTORY.byDomain("notcnn.com"));
    assertEquals(Optional.empty(), DIRECTORY.byDomain("com"));
  }

  @Test
  void coversThePolnearOutletsAndNamesAreUnique() {
    for (String outlet :
        new String[] {"Breitbart", "HuffPost", "The New York Times", "Politico", "USA Today",
          "The Washington Post", "The Western Journal"}) {
      assertEquals(Optional.of(outlet), DIRECTORY.canonical(outlet));
    }
    assertTrue(DIRECTORY.outlets().size() >= 100);
    Set<String> names = new HashSet<>();
    for (OutletDirectory.Outlet outlet : DIRECTORY.outlets()) {
      for (String name : outlet.aliases()) {
        assertEquals(Optional.of(outlet.name()), DIRECTORY.canonical(name), "alias " + name + " is taken");
      }
      assertTrue(names.add(outlet.name()), outlet.name());
    }
  }

  @Test
  void everyDataFileLoads() {
    Lexicon lexicon = Lexicon.english();
    assertTrue(lexicon.navigation().contains("skip to content"));
    assertTrue(lexicon.stopwords().contains("the"));
    assertTrue(lexicon.creditRoles().get("reporting"));
    assertTrue(!lexicon.evidence().isEmpty() && !lexicon.notices().isEmpty());
    assertTrue(!lexicon.photoCredits().isEmpty() && !lexicon.inlinePhotoCredits().isEmpty());
    assertTrue(!lexicon.relatedHeadings().isEmpty() && !lexicon.captionOpenings().isEmpty());
  }
}

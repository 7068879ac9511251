package org.triangulate.attribution;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Token;

/**
 * Whether a person named in an article is a man or a woman, as far as the article tells, so that
 * "she said" and "Mrs. Clinton said" do not resolve to Bill Clinton. The article's own courtesy
 * titles decide first ("Mr. Graham" makes Lindsey Graham a man, whatever the name list says); where
 * they name both ("Mr. Clinton" and "Mrs. Clinton"), or none, the first name does.
 */
final class Genders {

  enum Gender { MALE, FEMALE }

  private static final Set<String> MALE_NAMES = Set.copyOf(WordList.load(Genders.class, "en/male_first_names.txt"));
  private static final Set<String> FEMALE_NAMES = Set.copyOf(WordList.load(Genders.class, "en/female_first_names.txt"));
  private static final Map<String, Gender> TITLES = Map.of(
      "mr.", Gender.MALE, "mr", Gender.MALE, "mrs.", Gender.FEMALE, "mrs", Gender.FEMALE,
      "ms.", Gender.FEMALE, "ms", Gender.FEMALE, "miss", Gender.FEMALE);

  private final Map<String, Set<Gender>> titledSurnames;
  private final Map<String, Set<String>> fullNames;

  private Genders(Map<String, Set<Gender>> titledSurnames, Map<String, Set<String>> fullNames) {
    this.titledSurnames = titledSurnames;
    this.fullNames = fullNames;
  }

  /** The courtesy titles of {@code article}, read once. */
  static Genders in(AnalyzedArticle article) {
    Map<String, Set<Gender>> titled = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Gender gender = title(tokens.get(i));
        Token next = tokens.get(i + 1);
        if (gender != null && next.pos().startsWith("NNP")) {
          titled.computeIfAbsent(next.text(), k -> EnumSet.noneOf(Gender.class)).add(gender);
        }
      }
    }
    Map<String, Set<String>> fullNames = new HashMap<>();
    for (Entity entity : article.entities()) {
      String name = entity.text();
      if (entity.type() == EntityType.PERSON && name.contains(" ") && title(name.substring(0, name.indexOf(' '))) == null) {
        fullNames.computeIfAbsent(surname(name), k -> new HashSet<>()).add(name);
      }
    }
    return new Genders(titled, fullNames);
  }

  /** The gender a courtesy title gives ("Mrs."), or null when {@code token} is none. */
  static Gender title(Token token) {
    return title(token.text());
  }

  static Gender title(String word) {
    return TITLES.get(word.toLowerCase(Locale.ROOT));
  }

  /** The gender of a full or partial name ("Hillary Clinton", "Graham"), or null when unknown. */
  Gender of(String name) {
    Gender named = firstName(name);
    Set<Gender> titles = titledSurnames.getOrDefault(surname(name), Set.of());
    if (titles.size() != 1) {
      return named;
    }
    Gender titled = titles.iterator().next();
    if (named == titled) {
      return titled;
    }
    // "Mr. Clinton" in an article that names Bill and Hillary Clinton may be either's title, so
    // Hillary's first name decides; "Mr. Graham" with no other Graham is Lindsey Graham's, whatever
    // the name list says.
    boolean anotherBearer = fullNames.getOrDefault(surname(name), Set.of()).stream().anyMatch(other -> !other.equals(name));
    return anotherBearer ? named : titled;
  }

  private static Gender firstName(String name) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String first = name.substring(0, space).toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(first) ? Gender.MALE : FEMALE_NAMES.contains(first) ? Gender.FEMALE : null;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** Whether a person of gender {@code wanted} (null: any) may be called {@code name}. */
  boolean fits(String name, Gender wanted) {
    Gender known = wanted == null ? null : of(name);
    return known == null || known == wanted;
  }
}

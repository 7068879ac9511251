package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Turns a tagger's mentions into entities with the name each has across one article. Pure and
 * safe to share across threads. The rules, in the order they run:
 *
 * <ol>
 *   <li><b>Person "of" organisation.</b> The CRF sometimes tags "Naoko Aoki of the Rand
 *       Corporation" as one organisation. When the words before "of" end with a word the article
 *       elsewhere tags as a person, the mention is split into the person and the organisation.
 *   <li><b>Gazetteer.</b> Names from {@link Gazetteer} (countries, aliases, capitals, demonyms) are
 *       found in the text. A match equal to a mention names it, and sets its type: countries are
 *       LOCATION even when the CRF said ORGANIZATION or PERSON ("DPRK"), demonyms are MISC. A match
 *       around mentions replaces them ("Democratic People's Republic of Korea" around "Korea"). A
 *       match inside a longer mention is left to the mention ("Chinese Foreign Ministry"). A match
 *       where the CRF saw nothing becomes a new entity (countries as LOCATION, demonyms such as
 *       "North Korean" in "North Korean troops" as MISC) unless it is ambiguous ("~" in the data),
 *       a capital, or follows a proper noun (a longer name the gazetteer does not know: "Latin
 *       America", "New Mexico"). A demonym right before an organisation joins it ("Russian" +
 *       "Foreign Ministry").
 *   <li><b>Capitals.</b> A capital stands for its government ("Pyongyang has shipped", "Beijing
 *       opposes", "pressure on Beijing") and takes the country's name, unless the word before it is
 *       a place cue ({@code en/place_cues.txt}: "in Washington", "to Pyongyang", "visited Seoul"),
 *       it is followed by "-based", or it is coordinated with a capital used as a place ("in Seoul
 *       and Tokyo"); then it keeps its own name.
 *   <li><b>People.</b> Titles ({@code en/person_titles.txt}) and a possessive "'s" are not part of
 *       the name. A one-word name is the nearest earlier full name (two words or more) that starts
 *       or ends with it: "Kim" after "Kim Jong Un", "Kim" after "Patricia Kim"; failing that the
 *       nearest later one (a headline naming a person before the body does). A proper noun the CRF
 *       missed that is such a name is added as a person ("President Xi"), unless another proper
 *       noun other than a title stands next to it.
 *   <li><b>Organisations.</b> A leading "the" is dropped. An acronym takes the long form whose
 *       initials it spells when the article has one ("KPA", "Korean People's Army"); a one-word
 *       name takes the nearest earlier longer name ending with it ("Times" after "Financial
 *       Times").
 * </ol>
 *
 * Canonical names have straight apostrophes, so that "People’s" and "People's" agree.
 */
public final class EntityCanonicalizer {

  private static final Pattern PERSON_OF_ORGANIZATION =
      Pattern.compile("(\\p{Lu}\\S*(?: \\p{Lu}\\S*)+) of (?:the )?(\\p{Lu}.*)");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\.?\\p{Lu}){1,7}\\.?");
  /** Words an acronym skips: "Center for Strategic and International Studies" is CSIS. */
  private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "&", "to", "at");

  private final Gazetteer gazetteer;
  /** Titles each followed by a space, longest first. */
  private final List<String> titles;
  private final Set<String> placeCues;

  /**
   * @param titles words that may open a person's name and are not part of it
   * @param placeCues lower-case words that, before a capital, show it is meant as a place
   */
  public EntityCanonicalizer(Gazetteer gazetteer, List<String> titles, Set<String> placeCues) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    List<String> longestFirst = new ArrayList<>();
    titles.forEach(title -> longestFirst.add(title + " "));
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    this.titles = List.copyOf(longestFirst);
    this.placeCues = Set.copyOf(placeCues);
  }

  /** The English rules and data shipped with Triangulate. */
  public static EntityCanonicalizer english() {
    return new EntityCanonicalizer(
        Gazetteer.english(),
        WordList.load(EntityCanonicalizer.class, "en/person_titles.txt"),
        Set.copyOf(WordList.load(EntityCanonicalizer.class, "en/place_cues.txt")));
  }

  public List<Entity> canonicalize(String text, TextAnalysis analysis) {
    return canonicalize(text, analysis.sentences(), analysis.mentions());
  }

  /**
   * The entities of one article, sorted by position.
   *
   * @param text the text all spans index into
   * @param sentences its sentences, whose tokens' parts of speech some rules consult (may be empty:
   *     those rules then find no proper nouns)
   * @param mentions the tagger's mentions
   */
  public List<Entity> canonicalize(String text, List<Sentence> sentences, List<Mention> mentions) {
    Objects.requireNonNull(text, "text");
    Tokens tokens = new Tokens(sentences);
    List<Found> found = new ArrayList<>();
    for (Mention mention : mentions) {
      if (mention.span().end() <= text.length()) {
        found.add(new Found(mention.span(), mention.type(), null));
      }
    }
    found.sort(Comparator.comparing(Found::span));
    found = splitPersonOfOrganization(text, found);
    found = applyGazetteer(text, tokens, found);
    found = joinDemonymToOrganization(text, found);
    found = addMissedSurnames(text, tokens, found);
    return name(text, found);
  }

  /** A mention being worked on; {@code name} is the gazetteer name it is, or null. */
  private record Found(Span span, EntityType type, Gazetteer.Name name) {}

  private List<Found> splitPersonOfOrganization(String text, List<Found> found) {
    Set<String> personWords = new HashSet<>();
    for (Found f : found) {
      if (f.type() == EntityType.PERSON) {
        personWords.addAll(List.of(personName(f.span().of(text)).split(" ")));
      }
    }
    List<Found> result = new ArrayList<>();
    for (Found f : found) {
      Matcher m = PERSON_OF_ORGANIZATION.matcher(f.span().of(text));
      if (f.type() != EntityType.PERSON && m.matches() && personWords.contains(lastWord(m.group(1)))) {
        int start = f.span().start();
        result.add(new Found(new Span(start + m.start(1), start + m.end(1)), EntityType.PERSON, null));
        result.add(new Found(new Span(start + m.start(2), start + m.end(2)), f.type(), null));
      } else {
        result.add(f);
      }
    }
    return result;
  }

  private List<Found> applyGazetteer(String text, Tokens tokens, List<Found> found) {
    NavigableMap<Integer, Found> byStart = new TreeMap<>();
    int longest = 0;
    for (Found f : found) {
      byStart.put(f.span().start(), f);
      longest = Math.max(longest, f.span().length());
    }
    for (Gazetteer.Match match : gazetteer.find(text)) {
      Gazetteer.Name name = match.name();
      Span span = match.span();
      List<Found> overlapping = new ArrayList<>();
      for (Found f : byStart.subMap(span.start() - longest, true, span.end(), false).values()) {
        if (f.span().overlaps(span)) {
          overlapping.add(f);
        }
      }
      Found replacement = null;
      if (overlapping.isEmpty()) {
        if (!name.ambiguous() && name.role() != Gazetteer.Role.CAPITAL && !tokens.followsProperNoun(text, span.start())) {
          replacement = new Found(span, typeOf(name), name);
        }
      } else if (overlapping.stream().allMatch(f -> span.contains(f.span()) && accepts(f.type(), name))) {
        replacement = new Found(span, typeOf(name), name);
      }
      if (replacement != null) {
        overlapping.forEach(f -> byStart.remove(f.span().start()));
        byStart.put(span.start(), replacement);
        longest = Math.max(longest, span.length());
      }
    }
    return new ArrayList<>(byStart.values());
  }

  /** Whether a mention the CRF typed {@code type} may take this gazetteer name. */
  private static boolean accepts(EntityType type, Gazetteer.Name name) {
    if (name.ambiguous()) {
      return type == EntityType.LOCATION;
    }
    return name.role() != Gazetteer.Role.CAPITAL || type != EntityType.PERSON;
  }

  private static EntityType typeOf(Gazetteer.Name name) {
    return name.role() == Gazetteer.Role.DEMONYM ? EntityType.MISC : name.place().type();
  }

  private static List<Found> joinDemonymToOrganization(String text, List<Found> found) {
    List<Found> result = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Found next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (f.name() != null && f.name().role() == Gazetteer.Role.DEMONYM && next != null
          && next.type() == EntityType.ORGANIZATION && next.name() == null
          && next.span().start() == f.span().end() + 1 && text.charAt(f.span().end()) == ' ') {
        result.add(new Found(new Span(f.span().start(), next.span().end()), EntityType.ORGANIZATION, null));
        i++;
      } else {
        result.add(f);
      }
    }
    return result;
  }

  private List<Found> addMissedSurnames(String text, Tokens tokens, List<Found> found) {
    Set<String> nameWords = new HashSet<>();
    for (Found f : found) {
      if (f.type() == EntityType.PERSON) {
        String[] words = personName(f.span().of(text)).split(" ");
        if (words.length >= 2) {
          nameWords.add(words[0]);
          nameWords.add(words[words.length - 1]);
        }
      }
    }
    if (nameWords.isEmpty()) {
      return found;
    }
    Set<String> titleWords = new HashSet<>();
    titles.forEach(title -> titleWords.add(title.strip()));
    NavigableMap<Integer, Found> byStart = new TreeMap<>();
    found.forEach(f -> byStart.put(f.span().start(), f));
    List<Found> result = new ArrayList<>(found);
    for (int i = 0; i < tokens.all.size(); i++) {
      Token token = tokens.all.get(i);
      if (isProperNoun(token) && token.text().length() >= 2 && nameWords.contains(token.text())
          && gazetteer.lookup(token.text()).isEmpty()
          && !covered(byStart, token.span())) {
        Token before = tokens.neighbour(i, -1);
        Token after = tokens.neighbour(i, 1);
        boolean alone = (before == null || !isProperNoun(before) || titleWords.contains(before.text()))
            && (after == null || !isProperNoun(after));
        if (alone) {
          result.add(new Found(token.span(), EntityType.PERSON, null));
        }
      }
    }
    result.sort(Comparator.comparing(Found::span));
    return result;
  }

  /** Whether a span overlaps one of {@code byStart}'s, which do not overlap each other. */
  private static boolean covered(NavigableMap<Integer, Found> byStart, Span span) {
    Map.Entry<Integer, Found> before = byStart.floorEntry(span.start());
    Map.Entry<Integer, Found> after = byStart.ceilingEntry(span.start());
    return (before != null && before.getValue().span().overlaps(span))
        || (after != null && after.getValue().span().overlaps(span));
  }

  private List<Entity> name(String text, List<Found> found) {
    Names people = new Names();
    Names organizations = new Names();
    for (Found f : found) {
      String surface = f.span().of(text);
      if (f.type() == EntityType.PERSON) {
        String name = personName(surface);
        if (name.contains(" ")) {
          String[] words = name.split(" ");
          people.add(words[0], f.span().start(), name);
          people.add(words[words.length - 1], f.span().start(), name);
        }
      } else if (f.type() == EntityType.ORGANIZATION && f.name() == null) {
        String name = withoutArticle(Gazetteer.normalized(surface));
        if (name.contains(" ")) {
          organizations.add(lastWord(name), f.span().start(), name);
          organizations.add(initials(name), f.span().start(), name);
        }
      }
    }
    boolean[] capitalIsPlace = new boolean[found.size()];
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String surface = f.span().of(text);
      int start = f.span().start();
      String canonical;
      if (f.name() != null && f.name().role() == Gazetteer.Role.CAPITAL) {
        capitalIsPlace[i] = capitalIsPlace(text, i, found, capitalIsPlace);
        canonical = capitalIsPlace[i] ? f.name().name() : f.name().place().canonical();
      } else if (f.name() != null) {
        canonical = f.name().place().canonical();
      } else if (f.type() == EntityType.PERSON) {
        String name = personName(surface);
        canonical = name.contains(" ") ? name : people.nearestEarlierElseLater(name, start).orElse(name);
      } else if (f.type() == EntityType.ORGANIZATION) {
        String name = withoutArticle(Gazetteer.normalized(surface));
        if (name.contains(" ")) {
          canonical = name;
        } else if (ACRONYM.matcher(name).matches()) {
          canonical = organizations.nearestEarlierElseLater(name.replace(".", ""), start).orElse(name);
        } else {
          canonical = organizations.nearestEarlier(name, start).orElse(name);
        }
      } else {
        canonical = withoutArticle(Gazetteer.normalized(surface));
      }
      entities.add(new Entity(f.span(), surface, f.type(), canonical.isBlank() ? surface : canonical));
    }
    return entities;
  }

  /** Longer names by a key (a word of theirs, or their initials), in text order. */
  private static final class Names {
    private final Map<String, List<FullName>> byKey = new HashMap<>();

    void add(String key, int start, String name) {
      List<FullName> names = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (names.isEmpty() || names.get(names.size() - 1).start() != start) {
        names.add(new FullName(start, name));
      }
    }

    Optional<String> nearestEarlier(String key, int start) {
      List<FullName> names = byKey.getOrDefault(key, List.of());
      int i = firstAtOrAfter(names, start);
      return i > 0 ? Optional.of(names.get(i - 1).name()) : Optional.empty();
    }

    Optional<String> nearestEarlierElseLater(String key, int start) {
      List<FullName> names = byKey.getOrDefault(key, List.of());
      int i = firstAtOrAfter(names, start);
      if (i > 0) {
        return Optional.of(names.get(i - 1).name());
      }
      return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0).name());
    }

    private static int firstAtOrAfter(List<FullName> names, int start) {
      int low = 0;
      int high = names.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (names.get(mid).start() < start) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private record FullName(int start, String name) {}

  private boolean capitalIsPlace(String text, int index, List<Found> found, boolean[] decided) {
    Found capital = found.get(index);
    int start = capital.span().start();
    if (text.startsWith("-based", capital.span().end())) {
      return true;
    }
    Word before = wordBefore(text, start);
    if (before != null && placeCues.contains(before.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean coordinated = before != null && (before.text().equals("and") || before.text().equals("or"))
        || text.substring(Math.max(0, start - 2), start).trim().equals(",");
    if (coordinated && index > 0) {
      Found earlier = found.get(index - 1);
      boolean earlierIsCapital = earlier.name() != null && earlier.name().role() == Gazetteer.Role.CAPITAL;
      return earlierIsCapital && start - earlier.span().end() <= 6 && decided[index - 1];
    }
    return false;
  }

  private record Word(int start, String text) {}

  /** The word (letters only) before {@code offset}, across spaces only, or null. */
  private static Word wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start == end || end == offset ? null : new Word(start, text.substring(start, end));
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[ \\-]+")) {
      if (!word.isEmpty() && !ACRONYM_SKIPPED.contains(word) && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  /** The name without titles, possessive or curly apostrophes: "Sen. Ben Cardin" is "Ben Cardin". */
  private String personName(String surface) {
    String name = Gazetteer.normalized(surface).strip().replaceAll("\\s+", " ");
    if (name.endsWith("'s")) {
      name = name.substring(0, name.length() - 2);
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String title : titles) {
        if (name.startsWith(title)) {
          name = name.substring(title.length());
          stripped = true;
          break;
        }
      }
    }
    return name.isEmpty() ? surface : name;
  }

  private static String withoutArticle(String name) {
    String stripped = name.strip();
    if (stripped.startsWith("The ") || stripped.startsWith("the ")) {
      stripped = stripped.substring(4);
    }
    return stripped;
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static boolean isProperNoun(Token token) {
    return token.pos().equals("NNP") || token.pos().equals("NNPS");
  }

  /** The article's tokens in order, with the sentence each belongs to. */
  private static final class Tokens {
    final List<Token> all = new ArrayList<>();
    final List<Integer> sentenceOf = new ArrayList<>();

    Tokens(List<Sentence> sentences) {
      for (int s = 0; s < sentences.size(); s++) {
        for (Token token : sentences.get(s).tokens()) {
          all.add(token);
          sentenceOf.add(s);
        }
      }
    }

    /** The token {@code step} places from token {@code i} in the same sentence, or null. */
    Token neighbour(int i, int step) {
      int j = i + step;
      return j >= 0 && j < all.size() && sentenceOf.get(j).equals(sentenceOf.get(i)) ? all.get(j) : null;
    }

    Optional<Integer> startingAt(int offset) {
      int low = 0;
      int high = all.size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int start = all.get(mid).span().start();
        if (start < offset) {
          low = mid + 1;
        } else if (start > offset) {
          high = mid - 1;
        } else {
          return Optional.of(mid);
        }
      }
      return Optional.empty();
    }

    /**
     * Whether the word at {@code offset} follows a proper noun (or a capitalised adjective not at
     * the start of its sentence) joined to it by a space or hyphen: then it is likely part of a
     * longer name ("Latin America", "New Mexico").
     */
    boolean followsProperNoun(String text, int offset) {
      Optional<Integer> at = startingAt(offset);
      if (at.isEmpty()) {
        return false;
      }
      Token before = neighbour(at.get(), -1);
      if (before == null || offset - before.span().end() > 1) {
        return false;
      }
      if (before.span().end() < offset && " -".indexOf(text.charAt(before.span().end())) < 0) {
        return false;
      }
      Token beforeThat = neighbour(at.get(), -2);
      boolean capitalised = !before.text().isEmpty() && Character.isUpperCase(before.text().charAt(0));
      return isProperNoun(before) || (capitalised && before.pos().startsWith("JJ") && beforeThat != null);
    }
  }
}

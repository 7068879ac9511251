package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/**
 * Countries and a few international organisations, with their aliases, capitals and demonyms
 * (resource {@code en/places.tsv}, whose header gives the format, sources and exclusions). Names
 * are matched case-sensitively as whole words; curly apostrophes in the text match straight ones.
 * Immutable and safe to share across threads.
 */
public final class Gazetteer {

  /** What a name is of its place. */
  public enum Role {
    /** the canonical name or an alias: "North Korea", "DPRK" */
    NAME,
    /** a capital or seat of government: "Pyongyang" */
    CAPITAL,
    /** a demonym or national adjective: "North Korean", "Chinese" */
    DEMONYM
  }

  /** One line of the gazetteer. */
  public record Place(
      String canonical, EntityType type, List<String> aliases, List<String> capitals, List<String> demonyms) {

    public Place {
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(aliases);
      capitals = List.copyOf(capitals);
      demonyms = List.copyOf(demonyms);
    }
  }

  /**
   * A name of a place.
   *
   * @param ambiguous the name is also a common person's name, a US state or a word: use it only to
   *     rename what a tagger already called a location
   */
  public record Name(String name, Place place, Role role, boolean ambiguous) {}

  /** A name found in a text. */
  public record Match(Span span, Name name) {}

  private static final String RESOURCE = "en/places.tsv";
  private static final int MAX_KEY_LENGTH = 64;

  private final List<Place> places;
  private final Map<String, Name> byName;
  /** Names by their first word, longest first, so that a scan finds the longest match. */
  private final Map<String, List<Name>> byFirstWord;

  private Gazetteer(List<Place> places, List<Name> names) {
    this.places = List.copyOf(places);
    Map<String, Name> exact = new HashMap<>();
    Map<String, List<Name>> first = new HashMap<>();
    for (Name name : names) {
      exact.putIfAbsent(name.name(), name);
      first.computeIfAbsent(firstWord(name.name(), 0), k -> new ArrayList<>()).add(name);
    }
    first.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.name().length()).reversed()));
    first.replaceAll((k, list) -> List.copyOf(list));
    this.byName = Map.copyOf(exact);
    this.byFirstWord = Map.copyOf(first);
  }

  /** The English gazetteer shipped with Triangulate. */
  public static Gazetteer english() {
    return parse(WordList.load(Gazetteer.class, RESOURCE));
  }

  /**
   * A gazetteer from lines in the format of {@code en/places.tsv}, comments already removed.
   *
   * @throws IllegalArgumentException on a malformed line
   */
  public static Gazetteer parse(List<String> lines) {
    List<Place> places = new ArrayList<>();
    List<Name> names = new ArrayList<>();
    for (String line : lines) {
      String[] columns = line.split("\t", -1);
      if (columns.length != 5) {
        throw new IllegalArgumentException("gazetteer line needs 5 tab-separated columns: " + line);
      }
      List<String> aliases = values(columns[2]);
      List<String> capitals = values(columns[3]);
      List<String> demonyms = values(columns[4]);
      Place place = new Place(columns[0].trim(), EntityType.valueOf(columns[1].trim()),
          aliases.stream().map(Gazetteer::unmarked).toList(), capitals, demonyms);
      places.add(place);
      names.add(new Name(place.canonical(), place, Role.NAME, aliases.contains("~" + place.canonical())));
      for (String alias : aliases) {
        if (!unmarked(alias).equals(place.canonical())) {
          names.add(new Name(unmarked(alias), place, Role.NAME, alias.startsWith("~")));
        }
      }
      capitals.forEach(capital -> names.add(new Name(capital, place, Role.CAPITAL, false)));
      demonyms.forEach(demonym -> names.add(new Name(demonym, place, Role.DEMONYM, false)));
    }
    return new Gazetteer(places, names.stream().map(n -> new Name(normalized(n.name()), n.place(), n.role(), n.ambiguous())).toList());
  }

  private static List<String> values(String column) {
    String trimmed = column.trim();
    if (trimmed.equals("-") || trimmed.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String value : trimmed.split(";")) {
      if (!value.isBlank()) {
        values.add(value.trim());
      }
    }
    return values;
  }

  private static String unmarked(String alias) {
    return alias.startsWith("~") ? alias.substring(1) : alias;
  }

  public List<Place> places() {
    return places;
  }

  /** The place this exact name (any role) belongs to. */
  public Optional<Name> lookup(String name) {
    return Optional.ofNullable(byName.get(normalized(name)));
  }

  /**
   * Every occurrence of a gazetteer name in {@code text}, as whole words, leftmost and longest
   * first, not overlapping: "People's Republic of China" is one match, not a match for "China"
   * inside it. Linear in the length of the text.
   */
  public List<Match> find(String text) {
    String normal = normalized(text);
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < normal.length()) {
      if (!Character.isLetterOrDigit(normal.charAt(i)) || (i > 0 && Character.isLetterOrDigit(normal.charAt(i - 1)))) {
        i++;
        continue;
      }
      Name found = null;
      for (Name name : byFirstWord.getOrDefault(firstWord(normal, i), List.of())) {
        int end = i + name.name().length();
        if (normal.startsWith(name.name(), i) && (end == normal.length() || !Character.isLetterOrDigit(normal.charAt(end)))) {
          found = name;
          break;
        }
      }
      if (found == null) {
        i++;
      } else {
        matches.add(new Match(new Span(i, i + found.name().length()), found));
        i += found.name().length();
      }
    }
    return matches;
  }

  private static String firstWord(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < MAX_KEY_LENGTH && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  /** Curly and modifier apostrophes as straight ones; the length is unchanged, so offsets hold. */
  static String normalized(String text) {
    return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
  }
}

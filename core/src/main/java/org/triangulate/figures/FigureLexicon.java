package org.triangulate.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.lexicon.WordList;

/**
 * The word lists of {@code org/triangulate/figures/en/}: number words, hedges, units, rates and the
 * contexts that make a number not a figure. Immutable.
 */
record FigureLexicon(
    Map<String, Double> numberWords,
    Map<String, Double> vague,
    Map<String, Double> fractions,
    Map<String, Double> changes,
    List<Phrase> approximators,
    List<Phrase> units,
    List<Phrase> rates,
    Set<String> notFigureHeads,
    Set<String> notFigureBefore,
    Set<String> definites,
    Set<String> months,
    Set<String> cueLemmas,
    List<List<String>> cuePhrases,
    Set<String> cueNouns) {

  /** Words to match at a token position, lowercased, with what they stand for. */
  record Phrase(List<String> words, String meaning) {}

  static FigureLexicon english() {
    List<List<String>> cuePhrases = new ArrayList<>();
    Set<String> cueLemmas = new HashSet<>();
    for (String cue : list("attribution_cues.txt")) {
      if (cue.contains(" ")) {
        cuePhrases.add(List.of(cue.split(" ")));
      } else {
        cueLemmas.add(cue);
      }
    }
    return new FigureLexicon(
        numbers("number_words.txt"),
        numbers("vague_quantities.txt"),
        numbers("fractions.txt"),
        numbers("changes.txt"),
        phrases("approximators.txt"),
        phrases("units.txt"),
        phrases("rates.txt"),
        Set.copyOf(list("not_figure_heads.txt")),
        Set.copyOf(list("not_figure_before.txt")),
        Set.copyOf(list("definite_determiners.txt")),
        Set.copyOf(list("months.txt")),
        Set.copyOf(cueLemmas),
        List.copyOf(cuePhrases),
        Set.copyOf(list("attribution_nouns.txt")));
  }

  private static List<String> list(String name) {
    List<String> lower = new ArrayList<>();
    for (String entry : WordList.load(FigureLexicon.class, "en/" + name)) {
      lower.add(entry.toLowerCase(Locale.ROOT));
    }
    return lower;
  }

  private static Map<String, Double> numbers(String name) {
    Map<String, Double> values = new HashMap<>();
    for (String entry : list(name)) {
      String[] parts = entry.split("\\s+");
      values.put(parts[0], Double.parseDouble(parts[1]));
    }
    return Map.copyOf(values);
  }

  /** Entries "words TAB meaning", longest first so that the longest match wins. */
  private static List<Phrase> phrases(String name) {
    List<Phrase> phrases = new ArrayList<>();
    for (String entry : list(name)) {
      String[] parts = entry.split("\t", 2);
      phrases.add(new Phrase(List.of(parts[0].trim().split(" ")), parts[1].trim()));
    }
    phrases.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    return List.copyOf(phrases);
  }
}

package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.QuotationMarks.quotationFrom;
import static org.triangulate.attribution.SignedQuotation.lastNonBlankBefore;
import static org.triangulate.attribution.SignedQuotation.paragraphEnd;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A name and a colon before a quotation, a headline's "Name: claim", or a transcript's "NAME: turn". */
final class NamedQuotation implements CueKind {

  /** Tokens, at most, of the name that opens a headline's "Name: claim". */
  private static final int HEADLINE_NAME_TOKENS = 5;

  /** The words of a noun phrase that names a person, a medium or a place, back from its head. */
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD");

  private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");

  /** Prepositions after a headline's name that say whom or what it speaks to or about: "Obama To Asians:", "CNN President On Trump:". */
  private static final Set<String> ADDRESSING = Set.of("to", "on", "at");

  private final CueWords words;

  NamedQuotation(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equals(":") && i > 0 && (tokens.get(i - 1).pos().startsWith("NN")
        && Character.isUpperCase(tokens.get(i - 1).text().charAt(0)) || tokens.get(i - 1).pos().equals("-RRB-")
        || digestFrom(tokens, i)) && !prepositionalObject(tokens, i);
  }

  /**
   * "From the report:", "More from Jones:": a digest names where its excerpt comes from, at the
   * start of its sentence or after a dash that ends the digest's heading ("Heading - More from the
   * report: “...”"); the name may be a common noun.
   */
  private static boolean digestFrom(List<Token> tokens, int colon) {
    int first = colon;
    while (first > 0 && NAME_TAGS.contains(tokens.get(first - 1).pos())) {
      first--;
    }
    int from = first - 1;
    if (first == colon || from < 0 || !tokens.get(from).text().equalsIgnoreCase("from")) {
      return false;
    }
    int lead = from > 0 && tokens.get(from - 1).text().equalsIgnoreCase("more") ? from - 1 : from;
    return lead == 0 || DASHES.contains(tokens.get(lead - 1).text());
  }

  /**
   * "Mitch McConnell, R-Ky., delivered a blunt message to Trump:", "a familiar voice celebrated
   * the attacks on Twitter:": a name after a preposition, in a clause whose own verb (no reporting
   * verb) introduces the quotation, says to whom or where it was said; the clause's subject is the
   * source ({@link IntroducingClause}). The clause runs back to the last comma, dash or quotation
   * mark, so "More from Jones:" after a headline keeps its name, as does a verb's object ("The
   * timing doesn't surprise Republican pollster Daron Shaw:").
   */
  private boolean prepositionalObject(List<Token> tokens, int colon) {
    int first = colon;
    while (first > 0 && NAME_TAGS.contains(tokens.get(first - 1).pos())) {
      first--;
    }
    if (first == colon || first == 0 || !PREPOSITION_TAGS.contains(tokens.get(first - 1).pos())) {
      return false;
    }
    int from = first - 1;
    while (from > 0 && !isComma(tokens.get(from - 1)) && !DASHES.contains(tokens.get(from - 1).text())
        && !isQuotationMark(tokens.get(from - 1))) {
      from--;
    }
    return anyToken(tokens, from, first, t -> isFinite(t) && !words.isCue(t));
  }

  /**
   * "Republican pollster Daron Shaw: “...”": a name, a colon and a quotation, with no verb; the
   * colon is the cue, as PolNeAR marks it.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int colon, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] source = nounPhraseBefore(tokens, colon - 1);
    if (source == null || byline(tokens, source)) {
      return null;
    }
    source = speakerBeforeAddressee(tokens, source, colon);
    for (int i = source[0]; i < source[1] - 1; i++) {
      if (tokens.get(i).text().equalsIgnoreCase("from") && (i == source[0] || tokens.get(i - 1).text().equalsIgnoreCase("more"))) {
        // "From the report: “...”", "More from Jones: “...”": the report speaks, and Jones.
        source = new int[] {i + 1, source[1]};
      }
    }
    Span quotation = quotationFrom(text, tokens.get(colon).span().end(), quotations);
    if (quotation != null) {
      return frame(text, tokens, List.of(quotation), tokens.get(colon).span(), source);
    }
    Span excerpt = unclosedExcerpt(text, tokens.get(colon).span().end());
    if (excerpt != null) {
      return frame(text, tokens, List.of(excerpt), tokens.get(colon).span(), source);
    }
    // "Graham: Trump's Rhetoric Destroying GOP's Chance", the headline's way of attributing: a
    // short name opens the sentence (with whom it speaks to, as speakerBeforeAddressee reads it), and
    // a clause follows the colon.
    if (source[0] != 0 || source[1] > HEADLINE_NAME_TOKENS || !titleCase(tokens, 0, source[1])) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, colon + 1, quotations);
    if (content.isEmpty() || tokens.size() - colon < 4) {
      return null;
    }
    return frame(text, tokens, speakerLabel(text, tokens, colon) ? turn(text, content.get(0).start()) : content, tokens.get(colon).span(), source);
  }

  /**
   * "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade", "CNN President On Trump: ‘We Do
   * Not Pay ...’": a headline's name that opens the sentence, then "to", "on" or "at" and whom or
   * what it was said to or about, with no verb, before the colon: the name speaks, not the noun
   * before the colon. The name's span, or {@code source} where no such name opens the sentence.
   * Counted on PolNeAR train: 3 such headlines, all gold, 2 attributions no frame had and 1 source
   * made gold's; a verb in the phrase ("Gillibrand on Hillary Releasing Her Speech Transcripts")
   * keeps it out, as does a preposition right before the colon ("Clinton Wades In:").
   */
  private static int[] speakerBeforeAddressee(List<Token> tokens, int[] source, int colon) {
    int preposition = 1;
    while (preposition < colon && tokens.get(preposition).pos().startsWith("NNP")) {
      preposition++;
    }
    boolean addressed = preposition <= HEADLINE_NAME_TOKENS && preposition + 1 < colon && tokens.get(0).pos().startsWith("NNP")
        && ADDRESSING.contains(tokens.get(preposition).text().toLowerCase(Locale.ROOT)) && titleCase(tokens, preposition + 1, colon)
        && !anyToken(tokens, preposition + 1, colon, t -> t.pos().startsWith("VB"));
    return addressed ? new int[] {0, preposition} : source;
  }

  /**
   * "FAREWELL—"The Living Room to close," by Times' Ben Sisario: "The Living Room, a no-frills
   * nightclub ..."": a digest's byline under a quoted headline introduces an excerpt of the
   * reporter's story, which PolNeAR leaves unattributed. Counted on PolNeAR train: 8 such excerpts,
   * none of them gold.
   */
  private static boolean byline(List<Token> tokens, int[] name) {
    return name[0] > 1 && tokens.get(name[0] - 1).text().equalsIgnoreCase("by") && isQuotationMark(tokens.get(name[0] - 2));
  }

  /**
   * Whether the name before the colon is a transcript's label for a speaker ("TAPPER:", "JOEL
   * BENENSON:"): a proper name in capitals at the start of its paragraph. An interviewer's "Q:",
   * which PolNeAR marks in one interview and not in another, and an editor's "CORRECTION:" or
   * "UPDATE:" are no names.
   */
  private static boolean speakerLabel(String text, List<Token> tokens, int colon) {
    String label = text.substring(tokens.get(0).span().start(), tokens.get(colon).span().start());
    int lineStart = text.lastIndexOf('\n', tokens.get(0).span().start()) + 1;
    return label.chars().anyMatch(Character::isLetter) && label.equals(label.toUpperCase(Locale.ROOT))
        && tokens.subList(0, colon).stream().allMatch(token -> token.pos().startsWith("NNP"))
        && text.substring(lineStart, tokens.get(0).span().start()).isBlank();
  }

  /**
   * A speaker's turn in a transcript, from {@code start} to the end of its paragraph, whatever the
   * sentences in it, as PolNeAR's content takes it; a closing full stop is left out, as it is of any content.
   */
  private static List<Span> turn(String text, int start) {
    int end = lastNonBlankBefore(text, paragraphEnd(text, start));
    return List.of(new Span(start, end > start + 1 && text.charAt(end - 1) == '.' ? end - 1 : end));
  }

  /**
   * "More from Jones: “The partisanship of the state ... column. [Gallup]": a digest's excerpt whose
   * opening mark never closes in its paragraph runs to the paragraph's end, without the bracketed
   * link to where it came from; null when no such mark opens at {@code offset}.
   */
  private static Span unclosedExcerpt(String text, int offset) {
    int start = offset;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || Character.isSpaceChar(text.charAt(start)))
        && text.charAt(start) != '\n') {
      start++;
    }
    if (start >= text.length() || text.charAt(start) != '“' && text.charAt(start) != '"') {
      return null;
    }
    String paragraph = text.substring(start + 1, paragraphEnd(text, start));
    if (paragraph.chars().anyMatch(c -> "“”\"".indexOf(c) >= 0)) {
      return null;
    }
    int link = paragraph.stripTrailing().endsWith("]") ? paragraph.lastIndexOf('[') : -1;
    int end = lastNonBlankBefore(text, start + 1 + (link < 0 ? paragraph.length() : link));
    return end > start + 1 ? new Span(start, end) : null;
  }

  private static boolean titleCase(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}

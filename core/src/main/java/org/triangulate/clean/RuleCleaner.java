package org.triangulate.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.clean.Credits.Credit;
import org.triangulate.clean.Lexicon.Where;
import org.triangulate.model.Article;
import org.triangulate.model.Span;

/**
 * Cleans an article by an ordered list of line rules, each general and each reading its words
 * from a data file beside this class ({@code en/*.txt}, {@code outlets.tsv}). In order:
 *
 * <ol>
 *   <li>navigation: a line that is only a navigation or widget label ("Close", "Share");
 *   <li>notices: social-media and newsletter prompts, copyright and contributor notes;
 *   <li>credits: "Reporting by ...; Editing by ..." lines, whose writers become the authors;
 *   <li>pictures: a picture credit line, the caption just before it when it opens like one
 *       ("Pictured ..."), and a short headline-like line just before that caption; a credit in
 *       parentheses at the end of a line;
 *   <li>related stories: a "Related" / "Read more" heading and the headline lines after it;
 *   <li>byline: "By Jane Doe and John Roe" among the first lines, whose names become the authors;
 *   <li>header: in the lines before the first paragraph of prose, one-word lines (a site name or
 *       scraping noise) and short exclamations (taglines), when a longer headline is there; and
 *       when a headline line repeats, everything before its first copy and every later copy;
 * </ol>
 *
 * then the title is the first line that is not boilerplate (unless the input gave one), the
 * outlet is a capitalised one-word site-name line at the top of the header (or the outlet the
 * URL's domain belongs to) when the input gave none, {@code reportedBy} is the outlet the text
 * names best as having reported it, and the language is English when English function words are
 * frequent enough. Section subheads inside the body are left alone: no rule marks a short line in
 * the body unless a heading, credit or caption next to it says what it is.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class RuleCleaner implements Cleaner {

  /**
   * @param englishShare the share of tokens that must be frequent English words for the text to
   *     count as English; English news prose runs at about 0.4, other languages near 0
   * @param minWordsForLanguage texts with fewer words get no language guess
   * @param bylineLines how many of the first lines may hold a byline
   */
  public record Options(double englishShare, int minWordsForLanguage, int bylineLines) {

    public static Options defaults() {
      return new Options(0.25, 20, 6);
    }
  }

  private static final int MAX_NOTICE_WORDS = 60;
  private static final int MAX_PHOTO_CREDIT_WORDS = 15;
  private static final int MAX_RELATED_ENTRIES = 12;
  private static final int MAX_BARE_HEADING_WORDS = 4;
  private static final int MAX_TAGLINE_WORDS = 6;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

  private final Options options;
  private final Lexicon lexicon;
  private final OutletDirectory directory;
  private final Credits credits;
  private final ReportingEvidence evidence;

  public RuleCleaner() {
    this(Options.defaults(), OutletDirectory.standard());
  }

  public RuleCleaner(Options options, OutletDirectory directory) {
    this.options = options;
    this.lexicon = Lexicon.english();
    this.directory = directory;
    this.credits = new Credits(lexicon.creditRoles());
    this.evidence = new ReportingEvidence(lexicon.evidence(), directory);
  }

  @Override
  public Article clean(Article article) {
    Page page = new Page(article);
    page.markNavigation();
    page.markNotices();
    page.markCredits();
    page.markPictures();
    page.markRelatedStories();
    page.markByline();
    page.markHeader();
    return page.result();
  }

  /** One article being cleaned: its lines and what the rules found in them. Not shared. */
  private final class Page {
    private final Article article;
    private final String text;
    private final List<TextLine> lines;
    private final boolean[] marked;
    private final List<Span> partial = new ArrayList<>();
    private final List<String> creditedAuthors = new ArrayList<>();
    private final List<String> bylineAuthors = new ArrayList<>();
    private final List<String> creditLines = new ArrayList<>();
    private final List<String> photoCredits = new ArrayList<>();
    private String bylineAffiliation;
    private String siteName;
    private String title;

    Page(Article article) {
      this.article = article;
      this.text = article.text();
      this.lines = TextLine.split(text);
      this.marked = new boolean[lines.size()];
    }

    private boolean free(int i) {
      return i >= 0 && i < lines.size() && !marked[i];
    }

    void markNavigation() {
      for (TextLine line : lines) {
        if (line.words() <= 5) {
          String label = line.text().replaceAll("[\\s:|»›>]+$", "").toLowerCase(Locale.ROOT);
          if (lexicon.navigation().contains(label)) {
            marked[line.index()] = true;
          }
        }
      }
    }

    void markNotices() {
      for (TextLine line : lines) {
        if (free(line.index())
            && line.words() <= MAX_NOTICE_WORDS
            && Lexicon.matchesAny(lexicon.notices(), line.text())) {
          marked[line.index()] = true;
        }
      }
    }

    void markCredits() {
      for (TextLine line : lines) {
        if (!free(line.index())) {
          continue;
        }
        Optional<Credit> credit = credits.credit(line);
        if (credit.isPresent()) {
          marked[line.index()] = true;
          creditLines.add(line.text());
          for (String name : credit.get().authors()) {
            if (!creditedAuthors.contains(name)) {
              creditedAuthors.add(name);
            }
          }
        }
      }
    }

    void markPictures() {
      for (TextLine line : lines) {
        int i = line.index();
        if (!free(i)) {
          continue;
        }
        if (line.words() <= MAX_PHOTO_CREDIT_WORDS
            && Lexicon.matchesAny(lexicon.photoCredits(), line.text())) {
          marked[i] = true;
          photoCredits.add(line.text());
          markCaptionBefore(i);
        } else {
          markInlineCredit(line);
        }
      }
    }

    /** The caption before a credit line, and the caption's headline before that. */
    private void markCaptionBefore(int credit) {
      int caption = credit - 1;
      if (!free(caption) || !opensCaption(lines.get(caption).text())) {
        return;
      }
      marked[caption] = true;
      int headline = caption - 1;
      if (free(headline)
          && lines.get(headline).isHeadlineLike()
          && !lines.get(headline).endsSentence()) {
        marked[headline] = true;
      }
    }

    private boolean opensCaption(String line) {
      for (String opening : lexicon.captionOpenings()) {
        if (line.startsWith(opening)
            && (line.length() == opening.length()
                || !Character.isLetter(line.charAt(opening.length())))) {
          return true;
        }
      }
      return false;
    }

    private void markInlineCredit(TextLine line) {
      for (Pattern pattern : lexicon.inlinePhotoCredits()) {
        Matcher m = pattern.matcher(line.text());
        while (m.find()) {
          photoCredits.add(m.group());
          if (opensCaption(line.text())) {
            marked[line.index()] = true;
            return;
          }
          partial.add(new Span(line.start() + m.start(), line.start() + m.end()));
        }
      }
    }

    void markRelatedStories() {
      for (TextLine line : lines) {
        int i = line.index();
        String bare = line.text().replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "").strip();
        // A heading may already be marked as a navigation label ("Read more"); its list still follows.
        if (line.words() > 40 || !Lexicon.matchesAny(lexicon.relatedHeadings(), bare)) {
          continue;
        }
        marked[i] = true;
        if (line.words() > MAX_BARE_HEADING_WORDS) {
          continue; // a heading with its one headline on the same line
        }
        for (int j = i + 1; j < lines.size() && j <= i + MAX_RELATED_ENTRIES; j++) {
          if (!lines.get(j).isHeadlineLike()) {
            break;
          }
          marked[j] = true;
        }
      }
    }

    void markByline() {
      int seen = 0;
      for (TextLine line : lines) {
        if (seen >= options.bylineLines()) {
          break;
        }
        if (!free(line.index())) {
          continue;
        }
        seen++;
        Optional<Credit> byline = credits.byline(line);
        if (byline.isPresent()) {
          marked[line.index()] = true;
          bylineAuthors.addAll(byline.get().authors());
          bylineAffiliation = byline.get().affiliation();
          return;
        }
      }
    }

    /**
     * The header is the unmarked lines before the first line of prose. A headline that appears
     * twice marks the start of the article: what comes before its first copy is page chrome.
     */
    void markHeader() {
      List<TextLine> header = new ArrayList<>();
      boolean proseFollows = false;
      for (TextLine line : lines) {
        if (!free(line.index())) {
          continue;
        }
        if (line.isProse()) {
          proseFollows = true;
          break;
        }
        header.add(line);
      }
      if (!proseFollows) {
        return; // no paragraph of prose at all: nothing tells a header from the article
      }
      TextLine top = header.isEmpty() ? null : header.get(0);
      TextLine repeated = repeatedHeadline(header);
      boolean headlineThere = header.stream().anyMatch(l -> l.words() >= 2 && !isTagline(l));
      for (int k = 0; k < header.size(); k++) {
        TextLine line = header.get(k);
        boolean beforeRepeated = repeated != null && line.index() < repeated.index();
        boolean noise = headlineThere && (line.isOneToken() || isTagline(line));
        if (beforeRepeated || noise) {
          marked[line.index()] = true;
          boolean beforeTagline = k + 1 < header.size() && isTagline(header.get(k + 1));
          if (siteName == null && (line == top || beforeTagline) && isSiteName(line)) {
            siteName = line.text();
          }
        }
      }
      if (repeated != null) {
        for (TextLine line : lines) {
          if (line.index() > repeated.index() && line.key().equals(repeated.key())) {
            marked[line.index()] = true;
          }
        }
      }
    }

    private TextLine repeatedHeadline(List<TextLine> header) {
      for (TextLine line : header) {
        if (line.words() < 2 || !line.isHeadlineLike()) {
          continue;
        }
        for (TextLine later : lines.subList(line.index() + 1, lines.size())) {
          if (later.words() == line.words() && later.key().equals(line.key())) {
            return line;
          }
        }
      }
      return null;
    }

    private boolean isTagline(TextLine line) {
      return line.words() >= 2 && line.words() <= MAX_TAGLINE_WORDS && line.text().endsWith("!");
    }

    /**
     * A line the directory knows as an outlet's name, or a capitalised single word in mixed case
     * ("Apre-salomemanzo"); an all-caps word is more often a section label ("WORLD").
     */
    private boolean isSiteName(TextLine line) {
      if (directory.find(line.text()).isPresent()) {
        return true;
      }
      String word = line.text();
      return line.isOneToken()
          && line.isCapitalised()
          && word.codePoints().anyMatch(Character::isLowerCase);
    }

    Article result() {
      String titleLine = null;
      for (TextLine line : lines) {
        if (free(line.index())) {
          titleLine = line.text();
          break;
        }
      }
      title = article.title() != null ? article.title() : titleLine;
      if (title != null && !title.isBlank()) {
        markLaterCopiesOfTitle();
      }
      String outlet = article.outlet();
      if (outlet == null && siteName != null) {
        outlet = directory.canonical(siteName).orElse(siteName);
      }
      if (outlet == null && article.url() != null) {
        outlet = directory.byDomain(article.url()).orElse(null);
      }
      List<String> authors = article.authors();
      if (authors.isEmpty()) {
        authors = !bylineAuthors.isEmpty() ? bylineAuthors : creditedAuthors;
      }
      return new Article(
          article.id(),
          article.url(),
          title,
          outlet,
          reportedBy(outlet),
          authors,
          article.published(),
          language(),
          text,
          spans());
    }

    /** A headline repeated lower down (a scrape of the page's share box, say) is boilerplate. */
    private void markLaterCopiesOfTitle() {
      TextLine titleLine = TextLine.split(title).get(0);
      String key = titleLine.key();
      boolean first = true;
      for (TextLine line : lines) {
        if (line.words() != titleLine.words() || !line.key().equals(key)) {
          continue;
        }
        if (first && free(line.index())) {
          first = false;
        } else {
          marked[line.index()] = true;
        }
      }
    }

    private String reportedBy(String outlet) {
      ReportingEvidence.Tally tally = evidence.tally(outlet);
      tally.read(text, Where.TEXT);
      creditLines.forEach(line -> tally.read(line, Where.CREDIT));
      photoCredits.forEach(line -> tally.read(line, Where.PHOTO));
      if (bylineAffiliation != null) {
        tally.named(bylineAffiliation, 2);
      }
      return tally.best().orElse(null);
    }

    private String language() {
      int words = 0;
      int frequent = 0;
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words++;
        if (lexicon.stopwords().contains(m.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
          frequent++;
        }
      }
      if (words >= options.minWordsForLanguage() && frequent >= options.englishShare() * words) {
        return "en";
      }
      return article.language();
    }

    private List<Span> spans() {
      TreeSet<Span> spans = new TreeSet<>();
      for (TextLine line : lines) {
        if (marked[line.index()]) {
          spans.add(line.span());
        }
      }
      for (Span span : partial) {
        if (spans.stream().noneMatch(s -> s.overlaps(span))) {
          spans.add(span);
        }
      }
      return List.copyOf(spans);
    }
  }
}

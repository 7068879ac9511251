package org.triangulate.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over the article fields: bare words search title, text and
 * entities, all of them required; {@code outlet:reuters}, {@code author:"Jane Doe"}, {@code speaker:"Bonnie Glaser"} and the like
 * name a field; {@code published:[2024-01-01 TO 2024-06-30]} takes ISO dates or instants. A field
 * the index does not have is an error rather than a silent empty result.
 *
 * <p>Not thread-safe (the classic parser keeps state): make one per query.
 */
final class ArticleQueryParser extends MultiFieldQueryParser {

  private static final Map<String, Float> BOOSTS = Map.of(ArticleDocument.TITLE, 2f);

  ArticleQueryParser(Analyzer analyzer) {
    super(ArticleDocument.DEFAULT_FIELDS, analyzer, BOOSTS);
    // News readers expect every word to count, as in a web search.
    setDefaultOperator(QueryParser.Operator.AND);
  }

  /** The query for {@code text}, or a {@link BadQueryException} saying what is wrong with it. */
  static Query parse(Analyzer analyzer, String text) {
    if (text == null || text.isBlank()) {
      throw new BadQueryException("the query is empty; use *:* to match every article");
    }
    try {
      return new ArticleQueryParser(analyzer).parse(text);
    } catch (ParseException e) {
      throw new BadQueryException(e.getMessage().strip(), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("the query has too many terms: " + e.getMessage(), e);
    } catch (TooComplexToDeterminizeException e) {
      throw new BadQueryException("the query's pattern is too complex: " + text, e);
    } catch (IllegalArgumentException e) {
      // Lucene checks regular expressions (/.../) only when it builds the query.
      throw new BadQueryException("cannot parse '" + text + "': " + e.getMessage(), e);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    checkField(field);
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    checkField(field);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (!"*".equals(field)) {
      checkField(field);
    }
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    checkField(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getRegexpQuery(field, termStr);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    checkField(field);
    if (!ArticleDocument.PUBLISHED.equals(field)) {
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
    // An exclusive bound on a day excludes the whole day: {2024-01-01 TO *} starts on 2 January.
    long low =
        part1 == null ? Long.MIN_VALUE : startInclusive ? startOf(part1) : after(endOf(part1));
    long high =
        part2 == null ? Long.MAX_VALUE : endInclusive ? endOf(part2) : before(startOf(part2));
    return LongPoint.newRangeQuery(ArticleDocument.PUBLISHED, low, high);
  }

  private static void checkField(String field) throws ParseException {
    // null means the default fields.
    if (field != null && !ArticleDocument.SEARCHABLE.contains(field)) {
      throw new ParseException(
          "unknown field '"
              + field
              + "'; fields: "
              + String.join(", ", new TreeSet<>(ArticleDocument.SEARCHABLE)));
    }
  }

  private static long after(long millis) {
    return millis == Long.MAX_VALUE ? millis : millis + 1;
  }

  private static long before(long millis) {
    return millis == Long.MIN_VALUE ? millis : millis - 1;
  }

  private static boolean isDay(String value) {
    return value.length() == "2024-01-01".length();
  }

  /** The first millisecond of a day, or the instant itself. */
  private static long startOf(String value) throws ParseException {
    try {
      return isDay(value)
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
          : Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw badDate(value);
    }
  }

  /** The last millisecond of a day, or the instant itself. */
  private static long endOf(String value) throws ParseException {
    try {
      return isDay(value)
          ? LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1
          : Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw badDate(value);
    }
  }

  private static ParseException badDate(String value) {
    return new ParseException(
        "published takes dates like 2024-05-01 or instants like 2024-05-01T12:00:00Z, not '"
            + value
            + "'");
  }
}

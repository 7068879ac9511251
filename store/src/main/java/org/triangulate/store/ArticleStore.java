package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.document.Document;
import org.triangulate.json.ContractJson;
import org.triangulate.json.StoryJson;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.StoryEvidence;
import org.triangulate.stories.StoryFile;
import org.triangulate.stories.StoryOptions;
import org.triangulate.model.AnalyzedArticle;

/**
 * The articles of one data directory, kept in a Lucene index under {@code <data>/index}: each
 * article's contract JSON, made searchable by title, text, entities, quoted speakers and metadata.
 *
 * <p>A store is opened either to write ({@link #open}) or to read only ({@link #openReadOnly}).
 * Only one writing store at a time may hold a data directory, across processes; any number of
 * read-only ones may be open beside it.
 *
 * <p>A writing store buffers writes until {@link #commit()} (or {@link #close()}); once {@code
 * commit()} returns, the articles survive the process being killed. Its reads see every article put
 * so far, committed or not. A read-only store sees what was last committed, by any process: each
 * read first moves on to the latest commit.
 *
 * <p>One store may be used from many threads: writes are serialised, reads run alongside them.
 *
 * <p>Each article put is placed in a story as it arrives (see {@link #put}); stories are kept in
 * the same index, so a commit makes an article and its story's new state durable together.
 *
 * <p>Sentences and tokens are not part of the contract JSON, so an article read back has none.
 */
public final class ArticleStore implements AutoCloseable {

  private static final Sort BY_DATE_THEN_ID =
      new Sort(publishedSortField(), new SortField(ArticleDocument.ID, SortField.Type.STRING));

  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(ArticleDocument.ID, SortField.Type.STRING));

  private final Path dataDir;
  private final ArticleAnalyzer analyzer;
  private final IndexView index;
  private final Excerpts excerpts;

  private final AtomicBoolean closed = new AtomicBoolean();

  private ArticleStore(Path dataDir, ArticleAnalyzer analyzer, IndexView index) {
    this.dataDir = dataDir;
    this.analyzer = analyzer;
    this.index = index;
    this.excerpts = new Excerpts(analyzer);
  }

  /**
   * Opens the store in {@code dataDir} to write, creating the directory and an empty index if
   * needed.
   *
   * @throws DataDirectoryInUseException when another writing store holds the directory
   * @throws UncheckedIOException when the directory cannot be created or the index read
   * @throws IllegalStateException when the index was written with another layout version
   */
  public static ArticleStore open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    try {
      ArticleStore store = new ArticleStore(dataDir, analyzer, WritableIndex.open(dataDir, analyzer));
      analyzer = null;
      return store;
    } finally {
      IOUtils.closeWhileHandlingException(analyzer);
    }
  }

  /**
   * Opens the store in {@code dataDir} to read only, without taking the write lock: it works while
   * another process (or another store in this one) writes to the directory, and sees each of that
   * writer's commits from the next read on. {@link #put} and {@link #commit} throw.
   *
   * <p>Nothing is created. A data directory without a committed index, or that does not exist,
   * reads as an empty store until a writer commits there.
   *
   * @throws UncheckedIOException when {@code dataDir} is a file or the index cannot be read
   * @throws IllegalStateException when the index was written with another layout version
   */
  public static ArticleStore openReadOnly(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    CommittedIndex index = CommittedIndex.open(dataDir);
    return new ArticleStore(dataDir, new ArticleAnalyzer(), index);
  }

  /** Where this store keeps its files. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Adds an article, unless its content is already stored. Content is the article's text after
   * {@link ContentHash#normalise}: the same story with other line breaks or capitals is the same
   * content. Putting an article again with the same id and the same JSON changes nothing; with the
   * same id and other content, or a new analysis of the same content, it replaces the old one.
   * When the new content of an id is already stored under another id, nothing changes and the
   * result is a {@link PutResult.Status#DUPLICATE} of that other id.
   *
   * <p>A new article is placed in a story: the story it resembles, if one comes close enough
   * within a week of its date, or a story of its own; a copy of a stored article joins that
   * article's story and adds no outlet to it. A new analysis of the same text keeps its place; a
   * new text under the same id leaves its old story (rebuilt from its other articles) and is
   * placed afresh. Stories are never re-clustered as a whole.
   *
   * @throws IllegalStateException when the store was opened read-only, or is closed
   */
  public PutResult put(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    return put(prepare(article));
  }

  /**
   * The part of a {@link #put} that needs no lock: the article's JSON and content hash, and the
   * digest story assignment reads, whose sentence embedding costs more than the rest of a put. Safe
   * to call on several threads at once, so that they prepare articles while one puts.
   *
   * @throws IllegalStateException when the store was opened read-only, or is closed
   */
  public Submission prepare(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    return writable().prepare(article);
  }

  /** Puts an article {@link #prepare}d by this store: see {@link #put(AnalyzedArticle)}. */
  public PutResult put(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    return writable().put(submission);
  }

  /**
   * Makes every article put so far durable: after this returns, a crash loses none of them, and
   * read-only stores see them.
   */
  public void commit() {
    writable().commit();
  }

  /** The article stored under {@code id}, as put (less sentences). */
  public Optional<AnalyzedArticle> get(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(load(searcher.storedFields(), top.scoreDocs[0].doc));
        });
  }

  /** How many articles the store holds. */
  public long count() {
    return read(searcher -> (long) searcher.count(ArticleDocument.articles(new MatchAllDocsQuery())));
  }

  /**
   * A page of all articles, oldest first by publication date (undated ones last), ties broken by
   * id, so that pages are stable.
   */
  public List<AnalyzedArticle> list(int offset, int limit) {
    checkPage(offset, limit);
    return read(
        searcher -> {
          int wanted = pageEnd(searcher, offset, limit);
          if (wanted <= offset) {
            return List.of();
          }
          TopDocs top =
              searcher.search(
                  ArticleDocument.articles(new MatchAllDocsQuery()),
                  new TopFieldCollectorManager(BY_DATE_THEN_ID, wanted, wanted));
          StoredFields stored = searcher.storedFields();
          List<AnalyzedArticle> page = new ArrayList<>();
          for (int i = offset; i < top.scoreDocs.length; i++) {
            page.add(load(stored, top.scoreDocs[i].doc));
          }
          return page;
        });
  }

  /**
   * A page of the articles matching {@code query} (Lucene classic syntax; see {@link
   * ArticleQueryParser}), best first, ties broken by id.
   *
   * @throws BadQueryException when the query cannot be parsed or names an unknown field
   */
  public SearchResult search(String query, int offset, int limit) {
    checkPage(offset, limit);
    ensureOpen();
    Query parsed = ArticleQueryParser.parse(analyzer, query);
    Set<String> textTerms = textTerms(parsed);
    Query articles = ArticleDocument.articles(parsed);
    return read(
        searcher -> {
          int wanted = Math.max(1, pageEnd(searcher, offset, limit));
          TopDocs top;
          try {
            top =
                searcher.search(
                    articles, new TopFieldCollectorManager(BY_SCORE_THEN_ID, wanted, Integer.MAX_VALUE));
          } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query matches too many terms: " + e.getMessage(), e);
          }
          StoredFields stored = searcher.storedFields();
          List<SearchHit> hits = new ArrayList<>();
          for (int i = offset; i < Math.min(top.scoreDocs.length, offset + limit); i++) {
            ScoreDoc hit = top.scoreDocs[i];
            AnalyzedArticle article = load(stored, hit.doc);
            float score = (Float) ((FieldDoc) hit).fields[0];
            hits.add(
                new SearchHit(
                    article.id(),
                    article.article().title(),
                    score,
                    excerpts.of(article.article().body(), textTerms)));
          }
          return new SearchResult(top.totalHits.value, hits);
        });
  }

  /**
   * A page of the quotes of one speaker across the corpus, or of every quote: oldest article first
   * (undated ones last), ties broken by article id, and within an article in the order of its text.
   * "Everything Bonnie Glaser said, and in which outlets" is {@code quotes("Bonnie Glaser", 0,
   * 100)}.
   *
   * <p>The speaker is matched by name, ignoring case, accents and punctuation ("bonnie glaser"
   * finds "Bonnie Glaser"), but not by part of a name ("Glaser" finds nothing). Namesakes with
   * different organizations all match; each quote's {@link StoredQuote#identity()} tells them
   * apart, by the rule of {@link SpeakerIdentities}.
   *
   * <p>Reads every matching article, so listing all quotes of a large corpus is slow; asking for
   * a speaker reads only the articles that quote that name.
   *
   * @param speaker the speaker's name, or null or blank for every quote
   */
  public QuoteResult quotes(String speaker, int offset, int limit) {
    return quotes(speaker, null, offset, limit);
  }

  /**
   * As {@link #quotes(String, int, int)}, within the articles of one story.
   *
   * @param story a story's id, or null for every story
   */
  public QuoteResult quotes(String speaker, String story, int offset, int limit) {
    checkPage(offset, limit);
    String name = speaker == null || speaker.isBlank() ? null : SpeakerKey.fold(speaker);
    if (name != null && name.isEmpty()) {
      return new QuoteResult(0, List.of());
    }
    BooleanQuery.Builder filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    if (name != null) {
      filter.add(new TermQuery(new Term(ArticleDocument.SPEAKER_KEY, name)), BooleanClause.Occur.FILTER);
    }
    if (story != null) {
      filter.add(new TermQuery(new Term(ArticleDocument.STORY, story)), BooleanClause.Occur.FILTER);
    }
    Query query = ArticleDocument.articles(filter.build());
    List<StoredQuote> found =
        read(
            searcher -> {
              int all = searcher.getIndexReader().maxDoc();
              if (all == 0) {
                return List.of();
              }
              TopDocs top = searcher.search(query, new TopFieldCollectorManager(BY_DATE_THEN_ID, all, all));
              StoredFields stored = searcher.storedFields();
              List<StoredQuote> quotes = new ArrayList<>();
              for (ScoreDoc hit : top.scoreDocs) {
                quotes.addAll(ArticleQuotes.of(load(stored, hit.doc), name));
              }
              return quotes;
            });
    SpeakerIdentities identities =
        new SpeakerIdentities(found.stream().map(StoredQuote::identity).filter(Objects::nonNull).toList());
    List<StoredQuote> page = new ArrayList<>();
    for (int i = offset; i < found.size() && i - offset < limit; i++) {
      StoredQuote quote = found.get(i);
      page.add(quote.withIdentity(identities.identity(quote.identity())));
    }
    return new QuoteResult(found.size(), page);
  }

  /**
   * The {@code top} most frequent values of {@code facet} over all articles, most frequent first,
   * ties in alphabetical order.
   */
  public Map<String, Long> facets(Facet facet, int top) {
    return facets(new MatchAllDocsQuery(), facet, top);
  }

  /**
   * Like {@link #facets(Facet, int)}, over the articles matching {@code query} only.
   *
   * @throws BadQueryException when the query cannot be parsed or names an unknown field
   */
  public Map<String, Long> facets(String query, Facet facet, int top) {
    ensureOpen();
    return facets(ArticleQueryParser.parse(analyzer, query), facet, top);
  }

  private Map<String, Long> facets(Query query, Facet facet, int top) {
    Objects.requireNonNull(facet, "facet");
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
    Map<String, Long> counts =
        read(
            searcher -> {
              Map<String, Long> all = new HashMap<>();
              Weight weight =
                  searcher.createWeight(
                      searcher.rewrite(ArticleDocument.articles(query)), ScoreMode.COMPLETE_NO_SCORES, 1);
              for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                countLeaf(leaf, weight, ArticleDocument.facetField(facet), all);
              }
              return all;
            });
    Map<String, Long> ranked = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> ranked.put(e.getKey(), e.getValue()));
    return ranked;
  }

  /** How many stories the store holds. */
  public long storyCount() {
    return read(StoredStories::count);
  }

  /**
   * A page of the stories, latest news first: by the date of their latest article (undated
   * stories last), then larger stories first, then by id.
   */
  public List<StoryFile> stories(int offset, int limit) {
    checkPage(offset, limit);
    return read(searcher -> StoredStories.page(searcher, offset, limit));
  }

  /** The story stored under {@code id}. */
  public Optional<StoryFile> story(String id) {
    Objects.requireNonNull(id, "id");
    return read(searcher -> Optional.ofNullable(StoredStories.story(searcher, id)));
  }

  /** The articles of a story, oldest first (undated ones last), ties by id; empty for an unknown story. */
  public List<PlacedArticle> storyArticles(String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    Query members =
        ArticleDocument.articles(new TermQuery(new Term(ArticleDocument.STORY, storyId)));
    return read(
        searcher -> {
          int all = Math.max(1, searcher.getIndexReader().maxDoc());
          TopDocs top = searcher.search(members, new TopFieldCollectorManager(BY_DATE_THEN_ID, all, all));
          List<PlacedArticle> articles = new ArrayList<>();
          for (ScoreDoc hit : top.scoreDocs) {
            articles.add(placedArticle(searcher.storedFields().document(hit.doc)));
          }
          return articles;
        });
  }

  /** A stored article with its story, or empty when there is no such article. */
  public Optional<PlacedArticle> placedArticle(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(placedArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  /** What story assignment read from a stored article, or empty when there is no such article. */
  public Optional<ArticleDigest> digest(String id) {
    Objects.requireNonNull(id, "id");
    return read(searcher -> Optional.ofNullable(StoryIndex.stored(searcher, id)).map(Placed::digest));
  }

  /**
   * Why two articles are or are not one story, with terms weighed by the store's document
   * frequencies.
   */
  public StoryEvidence evidence(ArticleDigest a, ArticleDigest b) {
    return read(
        searcher ->
            StoryEvidence.of(
                a, b, new IndexFrequencies(searcher.getIndexReader()), StoryOptions.defaults()));
  }

  /**
   * Commits what was put, if the store writes, and releases the data directory. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      index.close();
    } finally {
      IOUtils.closeWhileHandlingException(analyzer);
    }
  }

  private static void countLeaf(
      LeafReaderContext leaf, Weight weight, String field, Map<String, Long> counts)
      throws IOException {
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
    Scorer scorer = weight.scorer(leaf);
    if (values == null || scorer == null) {
      return;
    }
    long[] perOrdinal = new long[Math.toIntExact(values.getValueCount())];
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator docs = scorer.iterator();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          perOrdinal[Math.toIntExact(values.nextOrd())]++;
        }
      }
    }
    for (int ord = 0; ord < perOrdinal.length; ord++) {
      if (perOrdinal[ord] > 0) {
        counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
      }
    }
  }

  private static PlacedArticle placedArticle(Document doc) {
    String origin = doc.get(ArticleDocument.ORIGIN);
    return new PlacedArticle(
        ContractJson.readAnalyzed(doc.get(ArticleDocument.JSON)),
        doc.get(ArticleDocument.STORY),
        doc.get(ArticleDocument.COPY_OF),
        origin == null ? null : StoryJson.readOrigin(origin));
  }

  private static AnalyzedArticle load(StoredFields stored, int doc) throws IOException {
    String json = stored.document(doc, Set.of(ArticleDocument.JSON)).get(ArticleDocument.JSON);
    return ContractJson.readAnalyzed(json);
  }

  /** A search over what the store shows: see {@link IndexView}. */
  private interface Read<T> {
    T from(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> read) {
    ensureOpen();
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return read.from(searcher);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index in " + dataDir + ": " + e, e);
    }
  }

  private WritableIndex writable() {
    ensureOpen();
    if (index instanceof WritableIndex writable) {
      return writable;
    }
    throw new IllegalStateException("the store in " + dataDir + " was opened read-only");
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the store in " + dataDir + " is closed");
    }
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "offset and limit must not be negative: offset " + offset + ", limit " + limit);
    }
  }

  /** How many top documents a page needs, bounded by the index size so huge limits stay cheap. */
  private static int pageEnd(IndexSearcher searcher, int offset, int limit) {
    long end = Math.min((long) offset + limit, searcher.getIndexReader().maxDoc());
    return (int) end;
  }

  private static SortField publishedSortField() {
    SortField published = new SortField(ArticleDocument.PUBLISHED, SortField.Type.LONG);
    published.setMissingValue(Long.MAX_VALUE);
    return published;
  }

  private static Set<String> textTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    for (Term term : terms) {
      if (term.field().equals(ArticleDocument.TEXT)) {
        words.add(term.text());
      }
    }
    return words;
  }
}

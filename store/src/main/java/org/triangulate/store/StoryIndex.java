package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.triangulate.json.StoryJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Origin;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.DocumentFrequencies;
import org.triangulate.stories.Fingerprint;
import org.triangulate.stories.Frequencies;
import org.triangulate.stories.OriginReader;
import org.triangulate.stories.Placement;
import org.triangulate.stories.Shingler;
import org.triangulate.stories.StoryArchive;
import org.triangulate.stories.StoryDesk;
import org.triangulate.stories.StoryFile;
import org.triangulate.stories.StoryOptions;
import org.triangulate.stories.TermVector;

/**
 * The stories of a writing store: the {@link StoryArchive} and the document frequencies a {@link
 * StoryDesk} places articles with, read from the index. Candidate stories come from a query on
 * their indexed terms, limited to stories whose dates lie near the article's; candidate originals
 * of a copy from a query on fingerprint bands. Neither looks at every story or article, so the cost
 * of placing an article stays flat as the store grows.
 *
 * <p>What was placed since the searcher last refreshed is kept beside it, as {@link RecentWrites}
 * keeps articles, so that placing an article never waits for a refresh; {@link #clear()} drops it
 * once the searcher sees it. Not thread-safe, but for {@link #digest}: the store uses it while
 * holding its write lock.
 */
final class StoryIndex implements StoryArchive, Frequencies {

  /** Candidate originals looked at for a copy, the most shared bands first. */
  private static final int COPY_CANDIDATES = 64;

  private static final Sort BY_SHARED_THEN_SEQUENCE =
      new Sort(SortField.FIELD_SCORE, new SortField(ArticleDocument.SEQUENCE, SortField.Type.LONG));

  private final StoryOptions options = StoryOptions.defaults();
  private final Digester digester = Digester.english(options);
  private final OriginReader origins = new OriginReader();
  private final Shingler shingler = new Shingler();
  private final StoryDesk desk = new StoryDesk(options, this, this);
  private final IndexWriter writer;
  private long sequence;

  /** The searcher of the put under way, and the frequencies it holds. */
  private IndexSearcher searcher;
  private IndexFrequencies indexed;

  private final Map<String, StoryFile> recentStories = new HashMap<>();
  private final Map<String, List<String>> recentPostings = new HashMap<>();
  private final Map<String, Placed> recentArticles = new HashMap<>();
  private final Map<String, List<String>> recentBands = new HashMap<>();
  private final Map<String, Integer> recentCounts = new HashMap<>();
  private int recentArticleCount;
  /** Stories deleted since the last refresh, which the searcher still shows. */
  private final Set<String> dropped = new HashSet<>();

  StoryIndex(IndexWriter writer, IndexReader reader) throws IOException {
    this.writer = writer;
    byte[] max = PointValues.getMaxPackedValue(reader, ArticleDocument.SEQUENCE);
    this.sequence = max == null ? 0 : LongPoint.decodeDimension(max, 0) + 1;
  }

  /**
   * What story assignment reads of an article, its embedding included. The one method safe to call
   * from any thread, without the write lock: it reads nothing of the index.
   */
  ArticleDigest digest(AnalyzedArticle article) {
    return digester.digest(article);
  }

  /**
   * Places a new article, or an article whose text changed, in a story, and writes the story's
   * new state; the caller writes the article's document with the placement.
   *
   * @param digest the article's {@link #digest}
   */
  Placed place(IndexSearcher current, AnalyzedArticle article, ArticleDigest digest) {
    use(current);
    String copyOf = copyOf(digest);
    DocumentFrequencies.terms(digest).forEach(term -> recentCounts.merge(term, 1, Integer::sum));
    recentArticleCount++;
    Placement placement = desk.place(digest, copyOf);
    Origin origin = origins.origin(article).orElse(null);
    Placed placed = new Placed(placement.story(), placement.copyOf(), origin, digest, sequence++);
    recentArticles.put(article.id(), placed);
    if (digest.fingerprint() != null) {
      for (long key : shingler.bands(digest.fingerprint())) {
        recentBands.computeIfAbsent(ArticleDocument.band(key), k -> new ArrayList<>()).add(article.id());
      }
    }
    return placed;
  }

  /** Where an article already stored went, for a new analysis of the same text, which keeps its place. */
  Placed placedAs(IndexSearcher current, String id) {
    use(current);
    Placed recent = recentArticles.get(id);
    return recent != null ? recent : read(() -> stored(current, id));
  }

  /**
   * Takes an article whose text changed out of its story, which is rebuilt from its other articles,
   * weighed as of now, or dropped when it had no other. The caller refreshes the searcher first, so
   * that nothing recent is kept beside it.
   */
  void withdraw(IndexSearcher current, String id) {
    use(current);
    read(() -> {
      Placed old = stored(current, id);
      if (old == null) {
        return null;
      }
      StoryFile story = storyFromIndex(old.story());
      if (story == null) {
        return null;
      }
      Query members = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ArticleDocument.STORY, old.story())), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(ArticleDocument.KIND, ArticleDocument.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
          .build();
      int all = Math.max(1, current.getIndexReader().maxDoc());
      TopDocs top = current.search(members, all, new Sort(new SortField(ArticleDocument.SEQUENCE, SortField.Type.LONG)));
      StoryFile rebuilt = StoryFile.open(story.id(), story.sequence());
      StoredFields stored = current.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(ArticleDocument.ID, ArticleDocument.DIGEST, ArticleDocument.COPY_OF));
        if (doc.get(ArticleDocument.ID).equals(id)) {
          continue;
        }
        ArticleDigest digest = StoryJson.readDigest(StoryJson.read(doc.get(ArticleDocument.DIGEST)));
        TermVector vector = TermVector.of(digest, this, options);
        rebuilt = rebuilt.with(digest, vector, doc.get(ArticleDocument.COPY_OF) != null, vector.strongest(options.indexedTerms()));
      }
      if (rebuilt.articles() == 0) {
        writer.deleteDocuments(new Term(StoryDocument.ID, story.id()));
        dropped.add(story.id());
      } else {
        writer.updateDocument(new Term(StoryDocument.ID, story.id()), StoryDocument.of(rebuilt));
        remember(rebuilt);
      }
      return null;
    });
  }

  /** Forgets what was placed since the last refresh: the searcher now sees all of it. */
  void clear() {
    recentStories.clear();
    recentPostings.clear();
    recentArticles.clear();
    recentBands.clear();
    recentCounts.clear();
    recentArticleCount = 0;
    dropped.clear();
  }

  @Override
  public StoryFile storyOf(String article) {
    return read(() -> {
      Placed placed = recentArticles.containsKey(article) ? recentArticles.get(article) : stored(searcher, article);
      return placed == null ? null : story(placed.story());
    });
  }

  @Override
  public List<StoryFile> candidates(List<String> terms, Instant published, Duration window, int limit) {
    Map<String, Integer> shared = new LinkedHashMap<>();
    Map<String, Long> sequences = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    for (String term : terms) {
      for (String id : recentPostings.getOrDefault(term, List.of())) {
        shared.merge(id, 1, Integer::sum);
        sequences.put(id, recentStories.get(id).sequence());
      }
    }
    read(() -> {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String term : terms) {
        query.add(new ConstantScoreQuery(new TermQuery(new Term(StoryDocument.TERM, term))), BooleanClause.Occur.SHOULD);
      }
      query.add(new TermQuery(new Term(ArticleDocument.KIND, ArticleDocument.KIND_STORY)), BooleanClause.Occur.FILTER);
      if (published != null) {
        query.add(near(published, window), BooleanClause.Occur.FILTER);
      }
      TopDocs top = searcher.search(query.build(), 2 * limit, BY_SHARED_THEN_SEQUENCE, true);
      for (ScoreDoc hit : top.scoreDocs) {
        String id = storyId(hit.doc);
        if (!recentStories.containsKey(id) && !dropped.contains(id)) {
          shared.put(id, Math.round(hit.score));
          sequences.put(id, (Long) ((FieldDoc) hit).fields[1]);
          docs.put(id, hit.doc);
        }
      }
      return null;
    });
    List<String> chosen = shared.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(e -> sequences.get(e.getKey())))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
    // Only the chosen stories' states are read: reading them is most of the cost of a placement.
    return read(() -> {
      List<StoryFile> candidates = new ArrayList<>();
      for (String id : chosen) {
        candidates.add(recentStories.containsKey(id) ? recentStories.get(id) : StoredStories.read(searcher, docs.get(id)));
      }
      return candidates;
    });
  }

  @Override
  public long nextSequence() {
    return sequence;
  }

  @Override
  public void file(StoryFile story, String article) {
    read(() -> {
      writer.updateDocument(new Term(StoryDocument.ID, story.id()), StoryDocument.of(story));
      return null;
    });
    remember(story);
  }

  private void remember(StoryFile story) {
    dropped.remove(story.id());
    StoryFile before = recentStories.put(story.id(), story);
    for (String term : story.indexed()) {
      if (before == null || !before.indexed().contains(term)) {
        recentPostings.computeIfAbsent(term, t -> new ArrayList<>()).add(story.id());
      }
    }
  }

  @Override
  public int articles() {
    return indexed.articles() + recentArticleCount;
  }

  @Override
  public int articlesWith(String term) {
    return indexed.articlesWith(term) + recentCounts.getOrDefault(term, 0);
  }

  private void use(IndexSearcher current) {
    if (current != searcher) {
      searcher = current;
      indexed = new IndexFrequencies(current.getIndexReader());
    }
  }

  /** The id of the story in document {@code doc}, from doc values: stored fields would decompress whole articles. */
  private String storyId(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(StoryDocument.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("a story document without its id: the index is damaged");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }

  /** The earlier article this one's wording repeats, or rather that article's own original; null when none. */
  private String copyOf(ArticleDigest digest) {
    Fingerprint fingerprint = digest.fingerprint();
    if (fingerprint == null) {
      return null;
    }
    List<Placed> matches = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> bands = new ArrayList<>();
    for (long key : shingler.bands(fingerprint)) {
      bands.add(ArticleDocument.band(key));
    }
    for (String band : bands) {
      for (String id : recentBands.getOrDefault(band, List.of())) {
        Placed recent = recentArticles.get(id);
        if (!id.equals(digest.id()) && seen.add(id) && resembles(fingerprint, recent.digest().fingerprint())) {
          matches.add(recent);
        }
      }
    }
    read(() -> {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String band : bands) {
        query.add(new ConstantScoreQuery(new TermQuery(new Term(ArticleDocument.BAND, band))), BooleanClause.Occur.SHOULD);
      }
      query.add(new TermQuery(new Term(ArticleDocument.KIND, ArticleDocument.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
      TopDocs top = searcher.search(query.build(), COPY_CANDIDATES);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(ArticleDocument.ID, ArticleDocument.FINGERPRINT, ArticleDocument.SHINGLES));
        String id = doc.get(ArticleDocument.ID);
        BytesRef signature = doc.getBinaryValue(ArticleDocument.FINGERPRINT);
        Fingerprint other = new Fingerprint(Arrays.copyOfRange(signature.bytes, signature.offset, signature.offset + signature.length),
            doc.getField(ArticleDocument.SHINGLES).numericValue().intValue());
        if (!id.equals(digest.id()) && !recentArticles.containsKey(id) && seen.add(id) && resembles(fingerprint, other)) {
          matches.add(stored(searcher, id));
        }
      }
      return null;
    });
    return matches.stream()
        .max(Comparator.<Placed>comparingDouble(p -> shingler.resemblance(fingerprint, p.digest().fingerprint()))
            .thenComparing(Comparator.comparingLong(Placed::sequence).reversed()))
        .map(p -> p.copyOf() != null ? p.copyOf() : p.digest().id())
        .orElse(null);
  }

  private boolean resembles(Fingerprint a, Fingerprint b) {
    return shingler.copies(a, b, options.copySimilarity());
  }

  /**
   * Stories whose last date comes within the window of {@code published} or later, and stories
   * with no date. Stories that start too late are left to the desk: a range on the first date would
   * match every older story, and articles mostly arrive in order of publication.
   */
  private static Query near(Instant published, Duration window) {
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(StoryDocument.LAST, published.minus(window).toEpochMilli(), Long.MAX_VALUE), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(StoryDocument.UNDATED, "yes")), BooleanClause.Occur.SHOULD)
        .build();
  }

  private StoryFile story(String id) throws IOException {
    StoryFile recent = recentStories.get(id);
    return recent != null ? recent : storyFromIndex(id);
  }

  private StoryFile storyFromIndex(String id) throws IOException {
    return StoredStories.story(searcher, id);
  }

  /** The placement recorded in an article's document, or null when there is no such article. */
  static Placed stored(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    if (doc.get(ArticleDocument.STORY) == null) {
      return null;
    }
    String origin = doc.get(ArticleDocument.ORIGIN);
    return new Placed(doc.get(ArticleDocument.STORY), doc.get(ArticleDocument.COPY_OF),
        origin == null ? null : StoryJson.readOrigin(origin),
        StoryJson.readDigest(StoryJson.read(doc.get(ArticleDocument.DIGEST))),
        doc.getField(ArticleDocument.SEQUENCE).numericValue().longValue());
  }

  private interface IndexRead<T> {
    T run() throws IOException;
  }

  private static <T> T read(IndexRead<T> read) {
    try {
      return read.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write stories in the index: " + e, e);
    }
  }
}

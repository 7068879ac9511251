package org.triangulate.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.triangulate.json.ContractJson;
import org.triangulate.json.StoryJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.Quote;
import org.triangulate.stories.DocumentFrequencies;
import org.triangulate.stories.Fingerprint;
import org.triangulate.stories.Shingler;

/**
 * How an article is laid out in the index: the field names and the Lucene document for one
 * article. The contract JSON is stored whole and is what {@link ArticleStore#get} reads back; every
 * other field is there to find, sort or count articles.
 */
final class ArticleDocument {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String ENTITY = "entity";
  static final String OUTLET = "outlet";
  static final String REPORTED_BY = "reportedBy";
  static final String AUTHOR = "author";
  static final String SPEAKER = "speaker";
  /** Each quoted speaker's {@link SpeakerKey#fold folded} name, exact, for {@link ArticleStore#quotes}. */
  static final String SPEAKER_KEY = "speakerKey";
  static final String LANGUAGE = "language";
  static final String PUBLISHED = "published";
  static final String CONTENT_HASH = "contentHash";
  static final String REVISION = "revision";
  static final String JSON = "json";

  /** Whether a document is an article or a {@link StoryDocument story}. */
  static final String KIND = "kind";
  static final String KIND_ARTICLE = "article";
  static final String KIND_STORY = "story";
  /** The id of the article's story. */
  static final String STORY = "story";
  static final String COPY_OF = "copyOf";
  static final String ORIGIN = "origin";
  /** The article's {@link org.triangulate.stories.ArticleDigest} as JSON. */
  static final String DIGEST = "digest";
  static final String FINGERPRINT = "fingerprint";
  static final String SHINGLES = "shingles";
  /** The fingerprint's LSH bands, by which a copy finds the article it repeats. */
  static final String BAND = "band";
  /** The distinct terms of the digest, whose document frequencies weigh terms for story assignment. */
  static final String DIGEST_TERM = "digestTerm";
  /** The order of placement, shared with stories: a story's sequence is its founding article's. */
  static final String SEQUENCE = "sequence";

  /** The fields a query may name. */
  static final Set<String> SEARCHABLE =
      Set.of(ID, TITLE, TEXT, ENTITY, OUTLET, REPORTED_BY, AUTHOR, SPEAKER, LANGUAGE, PUBLISHED);

  /** The fields a query searches when it names none; a title match weighs double. */
  static final String[] DEFAULT_FIELDS = {TITLE, TEXT, ENTITY};

  /**
   * Doc values hold at most 32766 bytes a value; no real name comes near this, so longer values
   * are junk from extraction and are left out of the counts rather than failing the article.
   */
  private static final int LONGEST_FACET_VALUE = 1000;

  private static final Shingler SHINGLER = new Shingler();

  private ArticleDocument() {}

  static String facetField(Facet facet) {
    return "facet." + facet.name();
  }

  /**
   * The document for {@code analyzed}.
   *
   * @param json its contract JSON, stored verbatim
   * @param contentHash {@link ContentHash#of} its text
   * @param revision a digest of {@code json}, which tells a re-put of the same analysis from a new
   *     one
   */
  static Document of(AnalyzedArticle analyzed, String json, String contentHash, String revision, Placed placed) {
    Article article = analyzed.article();
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    addPlacement(doc, placed, article.text());
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
    doc.add(new StringField(CONTENT_HASH, contentHash, Field.Store.YES));
    doc.add(new StoredField(REVISION, revision));
    doc.add(new StoredField(JSON, json));
    if (article.title() != null) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    }
    // The body blanks out boilerplate, so navigation and related-story lists do not match.
    doc.add(new TextField(TEXT, article.body(), Field.Store.NO));

    Set<String> entityWords = new LinkedHashSet<>();
    Set<String> canonicalNames = new LinkedHashSet<>();
    for (Entity entity : analyzed.entities()) {
      entityWords.add(entity.canonical());
      entityWords.add(entity.text());
      canonicalNames.add(entity.canonical());
    }
    entityWords.forEach(name -> doc.add(new TextField(ENTITY, name, Field.Store.NO)));
    canonicalNames.forEach(name -> addFacet(doc, Facet.ENTITY, name));

    Set<String> speakers = new LinkedHashSet<>();
    Set<String> speakerKeys = new LinkedHashSet<>();
    for (Quote quote : analyzed.quotes()) {
      SpeakerKey key = SpeakerKey.of(quote.speaker());
      if (key != null) {
        speakers.add(quote.speaker().name().strip());
        speakerKeys.add(key.name());
      }
    }
    for (String speaker : speakers) {
      doc.add(new TextField(SPEAKER, speaker, Field.Store.NO));
      addFacet(doc, Facet.SPEAKER, speaker);
    }
    speakerKeys.forEach(key -> doc.add(new StringField(SPEAKER_KEY, key, Field.Store.NO)));

    if (article.outlet() != null) {
      doc.add(new TextField(OUTLET, article.outlet(), Field.Store.NO));
      addFacet(doc, Facet.OUTLET, article.outlet());
    }
    if (article.reportedBy() != null) {
      doc.add(new TextField(REPORTED_BY, article.reportedBy(), Field.Store.NO));
    }
    for (String author : new LinkedHashSet<>(article.authors())) {
      doc.add(new TextField(AUTHOR, author, Field.Store.NO));
      addFacet(doc, Facet.AUTHOR, author);
    }
    if (article.language() != null) {
      doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
      addFacet(doc, Facet.LANGUAGE, article.language());
    }
    if (article.published() != null) {
      long millis = article.published().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, millis));
      doc.add(new NumericDocValuesField(PUBLISHED, millis));
    }
    return doc;
  }

  /** Only the articles among what {@code query} matches, leaving out stories. */
  static Query articles(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The key under which a fingerprint's band is indexed. */
  static String band(long key) {
    return Long.toHexString(key);
  }

  private static void addPlacement(Document doc, Placed placed, String text) {
    doc.add(new StringField(STORY, placed.story(), Field.Store.YES));
    if (placed.copyOf() != null) {
      doc.add(new StoredField(COPY_OF, placed.copyOf()));
    }
    if (placed.origin() != null) {
      doc.add(new StoredField(ORIGIN, ContractJson.line(StoryJson.origin(placed.origin(), text))));
    }
    doc.add(new StoredField(DIGEST, ContractJson.line(StoryJson.digest(placed.digest()))));
    Fingerprint fingerprint = placed.digest().fingerprint();
    if (fingerprint != null) {
      doc.add(new StoredField(FINGERPRINT, fingerprint.signature()));
      doc.add(new StoredField(SHINGLES, fingerprint.shingles()));
      for (long key : SHINGLER.bands(fingerprint)) {
        doc.add(new StringField(BAND, band(key), Field.Store.NO));
      }
    }
    DocumentFrequencies.terms(placed.digest()).forEach(term -> doc.add(new StringField(DIGEST_TERM, term, Field.Store.NO)));
    doc.add(new LongPoint(SEQUENCE, placed.sequence()));
    doc.add(new NumericDocValuesField(SEQUENCE, placed.sequence()));
    doc.add(new StoredField(SEQUENCE, placed.sequence()));
  }

  private static void addFacet(Document doc, Facet facet, String value) {
    String label = value.strip();
    if (!label.isEmpty() && label.length() <= LONGEST_FACET_VALUE) {
      doc.add(new SortedSetDocValuesField(facetField(facet), new BytesRef(label)));
    }
  }
}

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
import org.apache.lucene.util.BytesRef;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.Quote;

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
  static Document of(AnalyzedArticle analyzed, String json, String contentHash, String revision) {
    Article article = analyzed.article();
    Document doc = new Document();
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

  private static void addFacet(Document doc, Facet facet, String value) {
    String label = value.strip();
    if (!label.isEmpty() && label.length() <= LONGEST_FACET_VALUE) {
      doc.add(new SortedSetDocValuesField(facetField(facet), new BytesRef(label)));
    }
  }
}

package org.triangulate.store;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.triangulate.stories.StoryFile;

/**
 * How a story is laid out in the index, beside the articles: one document per story, replaced as
 * articles join it. Its state is kept whole in doc values ({@link StoryCodec}); its indexed terms, dates and sequence are
 * there to find it as a candidate for the next article, and its last date and size to list it.
 */
final class StoryDocument {

  static final String ID = "storyId";
  /** The story's indexed terms: an article finds candidate stories by its strongest terms here. */
  static final String TERM = "storyTerm";
  static final String LAST = "storyLast";
  /** Present on a story none of whose articles is dated, which any article may join. */
  static final String UNDATED = "storyUndated";
  static final String ARTICLES = "storyArticles";
  static final String STATE = "storyState";

  private StoryDocument() {}

  static Document of(StoryFile story) {
    Document doc = new Document();
    doc.add(new StringField(ArticleDocument.KIND, ArticleDocument.KIND_STORY, Field.Store.NO));
    doc.add(new StringField(ID, story.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(story.id())));
    story.indexed().forEach(term -> doc.add(new StringField(TERM, term, Field.Store.NO)));
    if (story.first() == null) {
      doc.add(new StringField(UNDATED, "yes", Field.Store.NO));
    } else {
      doc.add(new LongPoint(LAST, story.last().toEpochMilli()));
      doc.add(new NumericDocValuesField(LAST, story.last().toEpochMilli()));
    }
    doc.add(new LongPoint(ArticleDocument.SEQUENCE, story.sequence()));
    doc.add(new NumericDocValuesField(ArticleDocument.SEQUENCE, story.sequence()));
    doc.add(new NumericDocValuesField(ARTICLES, story.articles()));
    doc.add(new BinaryDocValuesField(STATE, StoryCodec.encode(story)));
    return doc;
  }
}

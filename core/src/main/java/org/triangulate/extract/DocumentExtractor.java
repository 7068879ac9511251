package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;
import org.triangulate.model.Article;

/** The extractor for any document: hands it to the one for its format. */
public final class DocumentExtractor implements Extractor {

  private final Extractor text;
  private final Extractor record;
  private final Extractor html;

  public DocumentExtractor() {
    this(new PlainTextExtractor(), new RecordExtractor(), new HtmlExtractor());
  }

  public DocumentExtractor(Extractor text, Extractor record, Extractor html) {
    this.text = text;
    this.record = record;
    this.html = html;
  }

  @Override
  public Article extract(RawDocument document) {
    return switch (document.format()) {
      case TEXT -> text.extract(document);
      case RECORD -> record.extract(document);
      case HTML -> html.extract(document);
    };
  }
}

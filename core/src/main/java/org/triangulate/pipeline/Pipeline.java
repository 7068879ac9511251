package org.triangulate.pipeline;

import java.util.List;
import java.util.Objects;
import org.triangulate.attribution.Attributor;
import org.triangulate.attribution.RuleAttributor;
import org.triangulate.clean.Cleaner;
import org.triangulate.clean.RuleCleaner;
import org.triangulate.extract.DocumentExtractor;
import org.triangulate.extract.Extractor;
import org.triangulate.figures.FigureFinder;
import org.triangulate.figures.TokenFigureFinder;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.nlp.EntityCanonicalizer;
import org.triangulate.nlp.LanguageAnalyzer;
import org.triangulate.nlp.TextAnalysis;
import org.triangulate.nlp.corenlp.CoreNlpAnalyzer;

/**
 * The stages in their order: extract, clean, analyse, canonicalise, attribute, find figures. The
 * only place that wires stages together. Stateless once built, so one instance serves every
 * thread; building the English pipeline loads the NLP models, which takes seconds, so build it
 * once per run.
 */
public final class Pipeline {

  /** Why a page that holds no article is not analysed or stored. */
  public static final String NO_ARTICLE = "no article: the page holds no body of prose (an index or a login page?)";

  private final Extractor extractor;
  private final Cleaner cleaner;
  private final LanguageAnalyzer analyzer;
  private final EntityCanonicalizer canonicalizer;
  private final Attributor attributor;
  private final FigureFinder figureFinder;

  public Pipeline(Extractor extractor, Cleaner cleaner, LanguageAnalyzer analyzer, EntityCanonicalizer canonicalizer,
      Attributor attributor, FigureFinder figureFinder) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.analyzer = analyzer;
    this.canonicalizer = canonicalizer;
    this.attributor = attributor;
    this.figureFinder = figureFinder;
  }

  /** Every stage, with the English models. */
  public static Pipeline english() {
    return new Pipeline(new DocumentExtractor(), new RuleCleaner(), new CoreNlpAnalyzer(), EntityCanonicalizer.english(),
        new RuleAttributor(), new TokenFigureFinder());
  }

  /** This pipeline with another attribution stage: a baseline to score beside the rules. */
  public Pipeline withAttributor(Attributor other) {
    return new Pipeline(extractor, cleaner, analyzer, canonicalizer, Objects.requireNonNull(other, "attributor"), figureFinder);
  }

  /** Extraction and cleaning only: no models to load, for {@code extract}. */
  public static Pipeline withoutAnalysis() {
    return new Pipeline(new DocumentExtractor(), new RuleCleaner(), null, null, null, null);
  }

  /**
   * The article with its metadata and boilerplate found; {@linkplain Article#isEmpty() empty} for
   * a page that holds no article.
   *
   * @throws org.triangulate.ingest.UnreadableDocumentException when the document cannot be read
   */
  public Article read(RawDocument document) {
    return cleaner.clean(extractor.extract(document));
  }

  /**
   * The article with its sentences, entities and quotes. Analysis runs on {@link Article#body()}, the text
   * with boilerplate blanked out, so that a caption or a related-story list yields no entities
   * while every offset still indexes into the verbatim text.
   *
   * @throws org.triangulate.ingest.UnreadableDocumentException when there is no article to read,
   *     a page without one included: there is nothing to analyse or to store
   * @throws IllegalStateException when this pipeline was built without analysis
   */
  public AnalyzedArticle analyze(RawDocument document) {
    if (analyzer == null) {
      throw new IllegalStateException("this pipeline was built without language analysis");
    }
    Article article = read(document);
    if (article.isEmpty()) {
      throw new UnreadableDocumentException(NO_ARTICLE);
    }
    String body = article.body();
    TextAnalysis analysis = analyzer.analyze(body);
    List<Entity> entities = canonicalizer.canonicalize(body, analysis);
    AnalyzedArticle analyzed = new AnalyzedArticle(article, analysis.sentences(), entities);
    AnalyzedArticle attributed = analyzed.withQuotes(attributor.attribute(analyzed));
    return attributed.withClaims(figureFinder.find(attributed));
  }
}

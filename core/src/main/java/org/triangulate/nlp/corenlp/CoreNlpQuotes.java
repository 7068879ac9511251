package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.triangulate.attribution.Attributor;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;

/**
 * Stanford CoreNLP's own quotation finder ({@code quote}), alone or with its quote attribution,
 * as an attribution stage: the baseline that {@code eval quotes --system} scores beside
 * Triangulate's rules. It runs its own CoreNLP pipeline with what the attribution needs (the
 * dependency parser and statistical coreference), so it is many times slower than the analysis and
 * not part of the product.
 */
public final class CoreNlpQuotes implements Attributor {

  private final StanfordCoreNLP pipeline;
  private final boolean attributed;

  /** @param attributed whether to run the quote attribution annotator, which names speakers */
  public CoreNlpQuotes(boolean attributed) {
    this.attributed = attributed;
    Properties props = new Properties();
    props.setProperty("annotators", attributed ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote" : "tokenize,ssplit,quote");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.model", CoreNlpAnalyzer.NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.statisticalOnly", "true");
    props.setProperty("quote.attributeQuotes", Boolean.toString(attributed));
    // The attribution reads the coreference chains whether told to use them or not; the
    // statistical system over the dependency parse is the cheapest that ships in the models jar.
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("coref.md.type", "dep");
    pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public List<Quote> attribute(AnalyzedArticle article) {
    String text = article.article().body();
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotations = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Quote> quotes = new ArrayList<>();
    for (CoreMap quotation : quotations == null ? List.<CoreMap>of() : quotations) {
      Span content = new Span(
          quotation.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          quotation.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      quotes.add(new Quote(List.of(content), null, source(quotation, tokens), speaker(quotation), true));
    }
    return quotes;
  }

  /** The mention the attribution sieves picked at the quotation's place, or null. */
  private Span source(CoreMap quotation, List<CoreLabel> tokens) {
    Integer begin = attributed ? quotation.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class) : null;
    Integer end = attributed ? quotation.get(QuoteAttributionAnnotator.MentionEndAnnotation.class) : null;
    if (begin == null || end == null || begin < 0 || end >= tokens.size() || end < begin) {
      return null;
    }
    return new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
  }

  private Speaker speaker(CoreMap quotation) {
    String name = attributed ? quotation.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) : null;
    return name == null ? Speaker.unknown() : new Speaker(name, null, null, SpeakerKind.PERSON);
  }
}

package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.nlp.LanguageAnalyzer;
import org.triangulate.nlp.Mention;
import org.triangulate.nlp.TextAnalysis;

/**
 * English analysis with Stanford CoreNLP: tokens, sentences, Penn Treebank tags, lemmas, and the
 * three-class CRF tagger's PERSON / ORGANIZATION / LOCATION mentions.
 *
 * <p>Only the statistical three-class model runs: no SUTime, no numeric classifiers, no
 * fine-grained or rule-based NER, no parser. Dates and figures are the business of other stages,
 * and the rule-based layers cost load time and memory for tags Triangulate does not use.
 *
 * <p>Building an analyzer loads the models and takes seconds; build one and share it. {@link
 * #analyze} is safe to call from several threads at once: the annotators keep no state between
 * documents, and each call works on its own {@link Annotation}.
 *
 * <p>Offsets: CoreNLP reports character offsets into the string it was given, so long runs of
 * spaces (boilerplate blanked out by {@code Article.body()}) shift nothing. Token text is taken from
 * the input by those offsets, not from CoreNLP's normalised word forms.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

  /** The CRF model; the one NER model this adapter runs. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * How the analyzer is set up.
   *
   * @param everyLineEndsSentence whether a single line break ends a sentence ({@code
   *     ssplit.newlineIsSentenceBreak=always}), or only a blank line does ({@code two}). News text
   *     reaches Triangulate one paragraph a line, with headlines, captions, bylines and blanked-out
   *     boilerplate on lines of their own and often without final punctuation; gluing such a line
   *     to the next paragraph makes a false sentence, so the default is {@code true}. Hard-wrapped
   *     text (a line break inside a sentence) wants {@code false}.
   * @param maxSentenceTokens longer sentences are cut into pieces of this many tokens before
   *     tagging, which bounds the tagger's cost on unpunctuated junk
   */
  public record Options(boolean everyLineEndsSentence, int maxSentenceTokens) {

    public Options {
      if (maxSentenceTokens < 1) {
        throw new IllegalArgumentException("maxSentenceTokens must be positive: " + maxSentenceTokens);
      }
    }

    public static Options defaults() {
      return new Options(true, 250);
    }
  }

  private final List<Annotator> annotators;

  /** Loads the models with {@link Options#defaults()}. */
  public CoreNlpAnalyzer() {
    this(Options.defaults());
  }

  public CoreNlpAnalyzer(Options options) {
    Objects.requireNonNull(options, "options");
    Properties props = properties(options);
    try {
      annotators = List.of(
          // Since CoreNLP 4 the tokenizer also splits sentences, with the ssplit.* properties.
          new TokenizerAnnotator(false, props),
          new SentenceJoiner(),
          new LongSentenceSplitter(options.maxSentenceTokens()),
          new POSTaggerAnnotator("pos", props),
          new MorphaAnnotator(false),
          new NERCombinerAnnotator(props));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the CoreNLP models", e);
    }
  }

  private static Properties properties(Options options) {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    // Token text comes from our offsets, so CoreNLP need not keep the original strings
    // (invertible=false); characters it cannot tokenize (binary junk) are dropped without a warning
    // per document.
    props.setProperty("tokenize.options", "invertible=false,untokenizable=noneDelete");
    props.setProperty("ssplit.newlineIsSentenceBreak", options.everyLineEndsSentence() ? "always" : "two");
    props.setProperty("pos.verbose", "false");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.statisticalOnly", "true");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.verbose", "false");
    return props;
  }

  @Override
  public TextAnalysis analyze(String text) {
    Objects.requireNonNull(text, "text");
    Annotation annotation = new Annotation(text);
    for (Annotator annotator : annotators) {
      annotator.annotate(annotation);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap coreSentence : coreSentences == null ? List.<CoreMap>of() : coreSentences) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        String pos = Objects.requireNonNullElse(label.tag(), "");
        String lemma = Objects.requireNonNullElse(label.lemma(), label.word());
        tokens.add(new Token(span, span.of(text), pos, lemma));
      }
      Span sentenceSpan = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      sentences.add(new Sentence(sentenceSpan, tokens));
      addMentions(text, labels, mentions);
    }
    return new TextAnalysis(sentences, mentions);
  }

  /** Each run of consecutive tokens with the same entity tag is one mention. */
  private static void addMentions(String text, List<CoreLabel> labels, List<Mention> mentions) {
    int runStart = -1;
    EntityType runType = null;
    for (int i = 0; i <= labels.size(); i++) {
      EntityType type = i < labels.size() ? typeOf(labels.get(i).ner()) : null;
      if (type != runType) {
        if (runType != null) {
          Span span = new Span(labels.get(runStart).beginPosition(), labels.get(i - 1).endPosition());
          mentions.add(new Mention(span, span.of(text), runType));
        }
        runStart = i;
        runType = type;
      }
    }
  }

  private static EntityType typeOf(String tag) {
    if (tag == null) {
      return null;
    }
    switch (tag) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOCATION":
        return EntityType.LOCATION;
      default:
        return null;
    }
  }
}

package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.eval.FigureGold;
import org.triangulate.eval.FigureScore;
import org.triangulate.eval.GroupGold;
import org.triangulate.eval.GroupScore;
import org.triangulate.figures.FigureDesk;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.model.Span;
import org.triangulate.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    header = "Scores figures against the hand-annotated gold.",
    description = {
      "Measures figure extraction against the hand-annotated gold of eval/figures (see its README):",
      "precision, recall and F1 for detection (value and span), the counted head and the source;",
      "then, when the directory holds groups.jsonl, how the figures of each story are grouped across its",
      "articles: pairwise precision, recall and F1, and the share of figures whose agreement is right."
    })
final class EvalFiguresCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "eval/figures",
      description = "The gold directory, holding gold.jsonl. Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "Where the annotated texts are. Default: ../shared beside the repository.")
  Path shared;

  @Option(names = "--errors",
      description = "Also list, on standard error, each figure missed or found wrongly and each wrong head or source.")
  boolean errors;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path home = Path.of(System.getProperty("triangulate.home", "."));
    Path goldDir = Files.isDirectory(dir) || dir.isAbsolute() ? dir : home.resolve(dir);
    Path gold = goldDir.resolve("gold.jsonl");
    if (!Files.isRegularFile(gold)) {
      throw new UserError("no gold figures at " + gold);
    }
    Path texts = shared != null ? shared : home.resolve("../shared").normalize();
    Pipeline pipeline = Pipeline.english();
    Map<String, AnalyzedArticle> analyzedByPath = new HashMap<>();
    FigureScore.Result total = FigureScore.Result.empty();
    for (FigureGold article : FigureGold.read(gold)) {
      Path file = texts.resolve(article.text());
      AnalyzedArticle analyzed = analyze(pipeline, texts, article.text());
      analyzedByPath.put(article.text(), analyzed);
      if (analyzed.article().text().length() != article.length()) {
        throw new UserError(file + " is not the text the gold was annotated on (length differs)");
      }
      List<FigureScore.Figure> found = new ArrayList<>();
      for (Claim claim : analyzed.claims()) {
        found.add(new FigureScore.Figure(claim.figure(), claim.value().low(), claim.value().high(), claim.head(),
            claim.source() == null ? null : claim.source().span()));
      }
      total = total.plus(FigureScore.score(article.figures(), found));
      if (errors) {
        listErrors(err, article.text(), analyzed.article().text(), FigureScore.match(article.figures(), found));
      }
    }
    Path groupsFile = goldDir.resolve("groups.jsonl");
    GroupScore.Result grouping = null;
    if (Files.isRegularFile(groupsFile)) {
      grouping = GroupScore.Result.empty();
      FigureDesk desk = FigureDesk.english();
      for (GroupGold story : GroupGold.read(groupsFile)) {
        List<FigureDesk.Noted> notes = new ArrayList<>();
        for (String path : story.articles()) {
          AnalyzedArticle analyzed = analyzedByPath.get(path);
          notes.addAll(desk.note(analyzed != null ? analyzed : analyze(pipeline, texts, path)));
        }
        List<GroupScore.Group> found = new ArrayList<>();
        for (Figure figure : desk.compare(story.story(), notes, Set.of())) {
          List<GroupScore.Member> members = new ArrayList<>();
          for (ReportedValue v : figure.values()) {
            members.add(new GroupScore.Member(v.article(), v.value().low(), v.value().high(), v.value().unit()));
          }
          found.add(new GroupScore.Group(figure.agreement().label(), members));
        }
        grouping = grouping.plus(GroupScore.score(story.groups(), found));
      }
    }
    if (format.json()) {
      ObjectNode node = ContractJson.mapper().createObjectNode();
      node.put("evaluation", "figures");
      put(node, "detection", total.detection());
      put(node, "head", total.head());
      put(node, "source", total.source());
      node.put("sourceAccuracy", total.sourceAccuracy());
      if (grouping != null) {
        put(node, "grouping", grouping.pairs());
        node.put("agreementAccuracy", grouping.agreementAccuracy());
      }
      out.println(ContractJson.line(node));
    } else {
      out.println("figures: " + total.detection().gold() + " gold, " + total.detection().found() + " found");
      out.println(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s %7s %7s", "", "precision", "recall", "F1",
          "correct", "found", "gold"));
      row(out, "detection", total.detection());
      row(out, "head", total.head());
      row(out, "source", total.source());
      out.println(String.format(Locale.ROOT, "source right on matched figures (null = null counts): %.3f",
          total.sourceAccuracy()));
      if (grouping != null) {
        out.println("grouping across a story's articles (pairs of values in one figure):");
        row(out, "grouping", grouping.pairs());
        out.println(String.format(Locale.ROOT, "agreement right: %.3f (%d of %d figures with two values or more)",
            grouping.agreementAccuracy(), grouping.agreementsRight(), grouping.agreementsJudged()));
      }
    }
    out.flush();
    err.flush();
    return Main.OK;
  }

  private static AnalyzedArticle analyze(Pipeline pipeline, Path texts, String path) throws IOException {
    return pipeline.analyze(
        new RawDocument(path, Format.TEXT, Files.readAllBytes(texts.resolve(path)), RawDocument.Given.nothing()));
  }

  private static void listErrors(PrintWriter err, String name, String text, List<FigureScore.Pair> pairs) {
    for (FigureScore.Pair pair : pairs) {
      FigureScore.Figure g = pair.gold();
      FigureScore.Figure f = pair.found();
      if (g == null) {
        err.println(name + "\textra   " + words(text, f.words()));
      } else if (f == null) {
        err.println(name + "\tmissed  " + words(text, g.words()));
      } else {
        if (!sameSpan(g.head(), f.head())) {
          err.println(name + "\thead    " + words(text, g.words()) + "\tgold " + words(text, g.head())
              + "\tfound " + words(text, f.head()));
        }
        if (!sameSpan(g.source(), f.source())) {
          err.println(name + "\tsource  " + words(text, g.words()) + "\tgold " + words(text, g.source())
              + "\tfound " + words(text, f.source()));
        }
      }
    }
  }

  /** Spans that overlap, or both absent: what the scores count as right. */
  private static boolean sameSpan(Span gold, Span found) {
    return gold == null ? found == null : found != null && gold.overlaps(found);
  }

  private static String words(String text, Span span) {
    return span == null ? "-" : "[" + span.of(text).replace('\n', ' ') + "]";
  }

  private static void put(ObjectNode node, String name, FigureScore.Prf prf) {
    ObjectNode o = node.putObject(name);
    o.put("precision", prf.precision());
    o.put("recall", prf.recall());
    o.put("f1", prf.f1());
    o.put("correct", prf.correct());
    o.put("found", prf.found());
    o.put("gold", prf.gold());
  }

  private static void row(PrintWriter out, String name, FigureScore.Prf prf) {
    out.println(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %7d %7d %7d", name, prf.precision(), prf.recall(),
        prf.f1(), prf.correct(), prf.found(), prf.gold()));
  }
}

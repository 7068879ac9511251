package org.triangulate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The seams of the architecture, held by a test rather than by good intentions. */
class LayeringTest {

  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.triangulate");

  @Test
  void onlyTheNlpAdapterSeesCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.triangulate.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .check(CORE);
  }

  @Test
  void onlyTheEmbeddingAdapterSeesTheEmbeddingModel() {
    noClasses().that().resideOutsideOfPackage("org.triangulate.nlp.minilm..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
        .check(CORE);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    noClasses().that().resideInAPackage("org.triangulate.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.triangulate.model..", "java..")
        .check(CORE);
  }

  @Test
  void stagesDoNotReachForThePipelineThatWiresThem() {
    noClasses().that().resideOutsideOfPackage("org.triangulate.pipeline..")
        .should().dependOnClassesThat().resideInAPackage("org.triangulate.pipeline..")
        .check(CORE);
  }

  @Test
  void coreKnowsNoOtherModuleOrFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.triangulate.store..", "org.triangulate.server..", "org.triangulate.cli..",
            "org.apache.lucene..", "io.javalin..", "picocli..")
        .check(CORE);
  }
}

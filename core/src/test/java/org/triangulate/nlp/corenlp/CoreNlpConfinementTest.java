package org.triangulate.nlp.corenlp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** CoreNLP stays behind {@link org.triangulate.nlp.LanguageAnalyzer}: only this package sees it. */
class CoreNlpConfinementTest {

  @Test
  void onlyTheAdapterImportsCoreNlp() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.triangulate");
    noClasses().that().resideOutsideOfPackage("org.triangulate.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(classes);
  }
}

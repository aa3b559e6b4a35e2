package de.hessen.aqb.architektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of AQB-Workflow as a failing test (docs/ARCHITEKTUR.md, "Module"): one package per lifecycle stage
 * plus shared capabilities below them; no cycles; shared packages import no stage; a stage imports only earlier stages;
 * domain classes import no framework; Camunda adapters never touch JDBC, PDF or mail.
 */
class ArchitekturTest {

  static final String BASIS = "de.hessen.aqb";
  /** The lifecycle in order; a stage may use the top-level API of earlier ones. The Förderfall is the parent of all. */
  static final List<String> STUFEN = List.of("zielvereinbarung", "altvereinbarung", "antrag", "durchfuehrung", "aenderungsantrag",
      "umsetzungsbesprechung", "nachweis", "akte", "foerderfall", "programmjahr");
  /** Shared capabilities below every stage. */
  static final String[] GEMEINSAM = {"gemeinsam", "fall", "foerderbudget", "eingabe", "plattform", "dokument", "mail",
      "identity", "referenz"};

  static JavaClasses klassen;

  @BeforeAll
  static void importiere() {
    klassen = importiere(BASIS);
  }

  static JavaClasses importiere(String... pakete) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(pakete);
  }

  @Test
  void keineZyklenZwischenDenModulen() {
    keineZyklen().check(klassen);
  }

  @Test
  void gemeinsamePaketeKennenKeineStufe() {
    gemeinsameKennenKeineStufe().check(klassen);
  }

  @Test
  void eineStufeKenntNurFruehereStufen() {
    for (int i = 0; i < STUFEN.size(); i++) {
      List<String> spaetere = STUFEN.subList(i + 1, STUFEN.size());
      if (!spaetere.isEmpty()) {
        nurFruehereStufen(STUFEN.get(i), spaetere).check(klassen);
      }
    }
  }

  @Test
  void niemandKenntDieDemo() {
    noClasses().that().resideOutsideOfPackage(BASIS + ".demo..").should().dependOnClassesThat()
        .resideInAPackage(BASIS + ".demo..").because("the demo is a profile on top of everything").check(klassen);
  }

  @Test
  void domaeneKenntKeinFramework() {
    domaeneOhneFramework().check(klassen);
  }

  @Test
  void adapterKennenKeineDatenbankKeinPdfUndKeineMail() {
    adapterOhneTechnik().check(klassen);
  }

  static ArchRule keineZyklen() {
    return slices().matching(BASIS + ".(*)..").should().beFreeOfCycles();
  }

  static ArchRule gemeinsameKennenKeineStufe() {
    String[] pakete = java.util.Arrays.stream(GEMEINSAM).map(p -> BASIS + "." + p + "..").toArray(String[]::new);
    String[] stufen = STUFEN.stream().map(s -> BASIS + "." + s + "..").toArray(String[]::new);
    return noClasses().that().resideInAnyPackage(pakete).should().dependOnClassesThat().resideInAnyPackage(stufen)
        .because("shared capabilities sit below every stage");
  }

  static ArchRule nurFruehereStufen(String stufe, List<String> spaetere) {
    return noClasses().that().resideInAPackage(BASIS + "." + stufe + "..").should().dependOnClassesThat()
        .resideInAnyPackage(spaetere.stream().map(s -> BASIS + "." + s + "..").toArray(String[]::new))
        .because("a stage knows only the stages before it in the lifecycle");
  }

  static ArchRule domaeneOhneFramework() {
    return noClasses().that().resideInAPackage(BASIS + ".*.domain..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..", "javax.sql..", "jakarta..",
            "org.thymeleaf..", "com.openhtmltopdf..")
        .because("rules are plain Java, tested without Spring or the engine");
  }

  static ArchRule adapterOhneTechnik() {
    return noClasses().that().resideInAPackage(BASIS + ".*.camunda..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..", "org.springframework.mail..",
            "jakarta.mail..", "org.thymeleaf..", "com.openhtmltopdf..", BASIS + ".dokument..", BASIS + ".mail..")
        .because("adapters read variables, call one application service and write routing results");
  }
}

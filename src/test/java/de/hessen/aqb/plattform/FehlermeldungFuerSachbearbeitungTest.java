package de.hessen.aqb.plattform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FehlermeldungFuerSachbearbeitungTest {

  @Test
  void entferntDieEnglischeHuelleDerEngine() {
    assertThat(FehlermeldungFuerSachbearbeitung.bereinige("ENGINE-03051 There was an exception while invoking the TaskListener. "
        + "Message: 'Exception while invoking TaskListener: Die Haushaltsmittel müssen größer als 0 Euro sein.'"))
        .isEqualTo("Die Haushaltsmittel müssen größer als 0 Euro sein.");
  }

  @Test
  void auchMitDemPraefixDerRestApi() {
    assertThat(FehlermeldungFuerSachbearbeitung.bereinige("Cannot submit task form 65397e20: ENGINE-03051 There was an exception "
        + "while invoking the TaskListener. Message: 'Exception while invoking TaskListener: Bitte den Ort angeben.'"))
        .isEqualTo("Bitte den Ort angeben.");
  }

  @Test
  void eineErledigteAufgabeWirdVerstaendlichGemeldet() {
    assertThat(FehlermeldungFuerSachbearbeitung.bereinige("Cannot submit task form 4711: Cannot find task with id 4711: task is null"))
        .startsWith("Diese Aufgabe ist nicht mehr offen");
  }

  @Test
  void laesstAndereMeldungenUnveraendert() {
    assertThat(FehlermeldungFuerSachbearbeitung.bereinige("Unbekannte Gebietskörperschaft „99999“."))
        .isEqualTo("Unbekannte Gebietskörperschaft „99999“.");
    assertThat(FehlermeldungFuerSachbearbeitung.bereinige(null)).isNull();
  }

  @Test
  void eineVerloreneGleichzeitigeAenderungIstEin409AufDeutsch() {
    // as the REST API reports the loser of two completions of one task (two nodes, two tabs)
    var antwort = FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/4711/submit-form", 500, "RestException",
        "Cannot submit task form 4711: ENGINE-03005 Execution of 'DELETE TaskEntity[4711]' failed. Entity was updated by "
        + "another transaction concurrently.", null);
    assertThat(antwort.status()).isEqualTo(409);
    assertThat(antwort.meldung()).isEqualTo(FehlermeldungFuerSachbearbeitung.GLEICHZEITIG_GEAENDERT)
        .doesNotContain("ENGINE", "Entity", "transaction", "4711");
    assertThat(FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/4711/complete", 500, "OptimisticLockingException",
        "ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[12]' failed.", null).status()).isEqualTo(409);
  }

  @Test
  void einAndererTechnischerFehlerBleibt500() {
    assertThat(FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/4711/complete", 500, "ProcessEngineException",
        "ENGINE-03004 Exception while executing Database Operation 'INSERT ...'", null).status()).isEqualTo(500);
  }

  @Test
  void einDoppelterSchluesselEinerAqbTabelleBeimGleichzeitigenAbschliessenIstEin409() {
    // PostgreSQL: the loser of two concurrent "Entwurf prüfen" writes the round a second time (seen in .ci/zwei-knoten/run)
    var postgres = FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/3af9/submit-form", 500, "RestException",
        "Cannot submit task form 3af9: ENGINE-03051 There was an exception while invoking the TaskListener. Message: 'Exception "
        + "while invoking TaskListener: PreparedStatementCallback; SQL [insert into aqb_zv_pruefrunde (foerderfall_nummer, runde)"
        + "\nvalues (?, ?)]; ERROR: duplicate key value violates unique constraint \"aqb_zv_pruefrunde_pkey\"\n  Detail: Key "
        + "(foerderfall_nummer, runde)=(AQB-2025-06432, 1) already exists.'", null);
    assertThat(postgres.status()).isEqualTo(409);
    assertThat(postgres.meldung()).doesNotContain("aqb_", "SQL", "Key");
    var h2 = FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/3af9/complete", 500, "RestException",
        "Cannot complete task 3af9: PreparedStatementCallback; SQL [insert into aqb_mittelabruf ...]; Unique index or primary "
        + "key violation: \"PUBLIC.PRIMARY_KEY_4 ON PUBLIC.AQB_MITTELABRUF(FOERDERFALL_NUMMER, ABRUF_NUMMER) VALUES 1\"", null);
    assertThat(h2.status()).isEqualTo(409);
  }

  @Test
  void einDoppelterSchluesselAusserhalbDerAqbTabellenBleibtEinTechnischerFehler() {
    assertThat(FehlermeldungFuerSachbearbeitung.einordnen("POST", "/task/1/complete", 500, "ProcessEngineException",
        "ERROR: duplicate key value violates unique constraint \"act_uniq_variable\"", null).status()).isEqualTo(500);
  }
}

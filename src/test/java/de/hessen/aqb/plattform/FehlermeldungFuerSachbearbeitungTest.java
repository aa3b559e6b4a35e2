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
}

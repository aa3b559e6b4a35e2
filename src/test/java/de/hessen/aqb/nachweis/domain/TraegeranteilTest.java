package de.hessen.aqb.nachweis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Angabe;
import de.hessen.aqb.nachweis.domain.Traegeranteil.EigeneMassnahme;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a provider's part and of the body's Nachweis beside it, without engine or database. */
class TraegeranteilTest {

  static final List<EigeneMassnahme> EIGENE = List.of(new EigeneMassnahme("M1", "Werkstattjahr", 30_000_00L, 12),
      new EigeneMassnahme("M3", "Coaching", 5_000_00L, null));

  static Angabe angabe(String id, String erreicht, String ausgaben) {
    return new Angabe(id, erreicht, "Ergebnis " + id, " ", ausgaben, "");
  }

  @Test
  void einGueltigerTeilJeEigenerMassnahmeInDerReihenfolgeDerMassnahmen() {
    Fehlerliste fehler = new Fehlerliste();
    List<Teil> teile = Traegeranteil.pruefe(EIGENE, List.of(angabe("M3", "0", "4.999,99"), angabe("M1", " 10 ", "28.500")), fehler);
    assertThat(fehler.fehler()).isEmpty();
    assertThat(teile).extracting(Teil::massnahmeId, Teil::teilnehmendeGeplant, Teil::teilnehmendeErreicht, Teil::ausgabenCent,
        Teil::einnahmenCent, Teil::abweichungen)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", 12, 10, 2_850_000L, 0L, null),
            org.assertj.core.groups.Tuple.tuple("M3", null, 0, 499_999L, 0L, null));
    assertThat(teile.get(0).position()).isEqualTo(new NachweisPosition("M1", "Werkstattjahr", 30_000_00L, 2_850_000L, 0L));
  }

  @Test
  void fremdeMassnahmenFehlendeOderNegativeTeilnehmendeUndFehlendeErgebnisseWerdenAbgewiesen() {
    Fehlerliste fehler = new Fehlerliste();
    List<Teil> teile = Traegeranteil.pruefe(EIGENE, List.of(angabe("M1", "-1", "1,00"), angabe("M2", "5", "1,00"),
        new Angabe("M3", "", "", "", "", "")), fehler);
    assertThat(teile).isEmpty();
    assertThat(fehler.fehler()).containsExactly(
        "Die Maßnahme „M2“ gehört nicht zu den Maßnahmen Ihres Trägers; Sie können nur den Sachbericht Ihrer eigenen Maßnahmen ergänzen.",
        "Maßnahme „Coaching“: Ausgaben (Ist): Bitte einen Betrag angeben (0, wenn nichts ausgegeben wurde).",
        "Maßnahme „Werkstattjahr“: Teilnehmende (erreicht): Die Zahl der Teilnehmenden darf nicht negativ sein.",
        "Maßnahme „Coaching“: Teilnehmende (erreicht): Bitte die Zahl der erreichten Teilnehmenden angeben (0, wenn niemand "
            + "teilgenommen hat).",
        "Maßnahme „Coaching“: Bitte die Ergebnisse angeben.");
  }

  @Test
  void teilnehmendeSindEineGanzeZahlAbNull() {
    Fehlerliste fehler = new Fehlerliste();
    assertThat(Teilnehmende.erreicht("0", "T", fehler)).isZero();
    assertThat(Teilnehmende.erreicht("2,5", "T", fehler)).isNull();
    assertThat(Teilnehmende.erreicht("99999999999", "T", fehler)).isNull();
    assertThat(Teilnehmende.erreicht(null, "T", fehler)).isNull();
    assertThat(fehler.fehler()).containsExactly("T: „2,5“ ist keine ganze Zahl.", "T: „99999999999“ ist keine ganze Zahl.",
        "T: Bitte die Zahl der erreichten Teilnehmenden angeben (0, wenn niemand teilgenommen hat).");
  }

  @Test
  void dieGebietskoerperschaftAendertDieZahlenDesTraegersNichtUndReichtKeineBelegeSeinerMassnahmenEin() {
    Teil teil = new Teil("M1", "Werkstattjahr", 30_000_00L, 12, 10, "gut", null, 2_850_000L, 50_000L);
    Map<String, Teil> teile = Map.of("M1", teil);
    Map<String, String> traeger = Map.of("M1", "GAB Limburg");
    Fehlerliste fehler = new Fehlerliste();
    var eigene = TraegerZahlen.ohneTraegermassnahmen(List.of(new ZahlenmaessigerNachweis.Angabe("M1", "28.500,00", "500"),
        new ZahlenmaessigerNachweis.Angabe("M2", "20.000", "")), teile, traeger, fehler);
    assertThat(fehler.fehler()).as("unchanged figures are accepted").isEmpty();
    assertThat(eigene).extracting(ZahlenmaessigerNachweis.Angabe::massnahmeId).containsExactly("M2");
    TraegerZahlen.ohneTraegermassnahmen(List.of(new ZahlenmaessigerNachweis.Angabe("M1", "28.500,01", "")), teile, traeger, fehler);
    TraegerZahlen.ohneTraegermassnahmen(List.of(new ZahlenmaessigerNachweis.Angabe("M1", "", "x")), teile, traeger, fehler);
    TraegerZahlen.keineBelegeDerTraeger(new Belegliste(List.of(
        new Beleg(2, LocalDate.of(2025, 3, 1), "A", "B", 100L, "M2"), new Beleg(3, LocalDate.of(2025, 3, 2), "A", "B", 100L, "M1"))),
        traeger, fehler);
    assertThat(fehler.fehler()).containsExactly(
        "Maßnahme „Werkstattjahr“: Die Zahlen dieser Maßnahme hat der Träger „GAB Limburg“ gemeldet (Ausgaben 28.500,00 €, "
            + "Einnahmen 500,00 €); sie können hier nicht geändert werden.",
        "Maßnahme „Werkstattjahr“: Die Zahlen dieser Maßnahme hat der Träger „GAB Limburg“ gemeldet (Ausgaben 28.500,00 €, "
            + "Einnahmen 500,00 €); sie können hier nicht geändert werden.",
        "Zeile 3: Die Belege der Maßnahme „M1“ hat der Träger „GAB Limburg“ mit seinem Teil eingereicht; bitte hier nur Belege "
            + "Ihrer eigenen Maßnahmen angeben.");
  }
}

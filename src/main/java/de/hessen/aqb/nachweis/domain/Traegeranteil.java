package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A provider's part of the Verwendungsnachweis, per measure it runs: participants reached (the planned number is the
 * Antrag's, never the provider's), results, deviations and its figures (Ausgaben required, Einnahmen blank = 0), checked
 * like the body's zahlenmäßiger Nachweis. Values for any other measure are refused: a provider reports only its own.
 */
public final class Traegeranteil {

  /** A measure the provider runs, as granted, with the participants planned in the Antrag (null when none were given). */
  public record EigeneMassnahme(String id, String name, long bewilligtCent, Integer teilnehmendeGeplant) {}

  /** What the provider typed for one measure. */
  public record Angabe(String massnahmeId, String teilnehmendeErreicht, String ergebnisse, String abweichungen, String ausgaben,
      String einnahmen) {}

  /** One measure's part as accepted. */
  public record Teil(String massnahmeId, String name, long bewilligtCent, Integer teilnehmendeGeplant, int teilnehmendeErreicht,
      String ergebnisse, String abweichungen, long ausgabenCent, long einnahmenCent) {

    public NachweisPosition position() {
      return new NachweisPosition(massnahmeId, name, bewilligtCent, ausgabenCent, einnahmenCent);
    }
  }

  private Traegeranteil() {}

  /** The parts in the order of the provider's measures; problems go to {@code fehler} (then the result is incomplete). */
  public static List<Teil> pruefe(List<EigeneMassnahme> eigene, List<Angabe> angaben, Fehlerliste fehler) {
    Set<String> ids = eigene.stream().map(EigeneMassnahme::id).collect(Collectors.toSet());
    List<ZahlenmaessigerNachweis.Angabe> zahlen = new ArrayList<>();
    for (Angabe a : angaben) {
      if (!ids.contains(a.massnahmeId())) {
        fehler.add("Die Maßnahme „" + a.massnahmeId() + "“ gehört nicht zu den Maßnahmen Ihres Trägers; Sie können nur den "
            + "Sachbericht Ihrer eigenen Maßnahmen ergänzen.");
      } else {
        zahlen.add(new ZahlenmaessigerNachweis.Angabe(a.massnahmeId(), a.ausgaben(), a.einnahmen()));
      }
    }
    Map<String, Angabe> jeMassnahme = angaben.stream().filter(a -> ids.contains(a.massnahmeId()))
        .collect(Collectors.toMap(Angabe::massnahmeId, Function.identity(), (erste, zweite) -> erste));
    Map<String, NachweisPosition> positionen = ZahlenmaessigerNachweis.positionen(eigene.stream()
            .map(m -> new BewilligteMassnahme(m.id(), m.name(), m.bewilligtCent())).toList(), zahlen, fehler).stream()
        .collect(Collectors.toMap(NachweisPosition::massnahmeId, Function.identity()));
    List<Teil> teile = new ArrayList<>();
    for (EigeneMassnahme m : eigene) {
      Angabe a = jeMassnahme.getOrDefault(m.id(), new Angabe(m.id(), "", "", "", "", ""));
      String vorne = "Maßnahme „" + m.name() + "“";
      Integer erreicht = Teilnehmende.erreicht(a.teilnehmendeErreicht(), vorne + ": Teilnehmende (erreicht)", fehler);
      boolean ohneErgebnis = a.ergebnisse() == null || a.ergebnisse().isBlank();
      fehler.wenn(ohneErgebnis, vorne + ": Bitte die Ergebnisse angeben.");
      NachweisPosition p = positionen.get(m.id());
      if (erreicht != null && !ohneErgebnis && p != null) {
        String abweichungen = a.abweichungen() == null || a.abweichungen().isBlank() ? null : a.abweichungen().strip();
        teile.add(new Teil(m.id(), m.name(), m.bewilligtCent(), m.teilnehmendeGeplant(), erreicht, a.ergebnisse().strip(),
            abweichungen, p.ausgabenCent(), p.einnahmenCent()));
      }
    }
    return teile;
  }
}

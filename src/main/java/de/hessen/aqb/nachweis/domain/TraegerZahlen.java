package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body's Verwendungsnachweis beside the providers' parts: a provider measure's figures and Belege are the provider's
 * (taken over by measure id); the body may send them back unchanged or not at all, never different ones, and its own
 * Belegliste holds only its own measures.
 */
public final class TraegerZahlen {

  private TraegerZahlen() {}

  /** The body's entries for its own measures; an entry for a provider measure must match the provider's figures. */
  public static List<ZahlenmaessigerNachweis.Angabe> ohneTraegermassnahmen(List<ZahlenmaessigerNachweis.Angabe> angaben,
      Map<String, Teil> teile, Map<String, String> traeger, Fehlerliste fehler) {
    List<ZahlenmaessigerNachweis.Angabe> eigene = new ArrayList<>();
    for (ZahlenmaessigerNachweis.Angabe a : angaben) {
      Teil t = teile.get(a.massnahmeId());
      if (t == null) {
        eigene.add(a);
      } else if (!gleich(a.ausgaben(), t.ausgabenCent()) || !gleich(a.einnahmen(), t.einnahmenCent())) {
        fehler.add("Maßnahme „" + t.name() + "“: Die Zahlen dieser Maßnahme hat der Träger „" + traeger.get(t.massnahmeId())
            + "“ gemeldet (Ausgaben " + Geld.alsWaehrung(t.ausgabenCent()) + ", Einnahmen " + Geld.alsWaehrung(t.einnahmenCent())
            + "); sie können hier nicht geändert werden.");
      }
    }
    return eigene;
  }

  /** Every row of the body's own Belegliste that names a provider measure is refused, with its row number. */
  public static void keineBelegeDerTraeger(Belegliste eigene, Map<String, String> traeger, Fehlerliste fehler) {
    eigene.belege().stream().filter(b -> traeger.containsKey(b.massnahmeId())).forEach(b -> fehler.add("Zeile " + b.zeile()
        + ": Die Belege der Maßnahme „" + b.massnahmeId() + "“ hat der Träger „" + traeger.get(b.massnahmeId())
        + "“ mit seinem Teil eingereicht; bitte hier nur Belege Ihrer eigenen Maßnahmen angeben."));
  }

  private static boolean gleich(String eingabe, long cent) {
    if (eingabe == null || eingabe.isBlank()) {
      return true;
    }
    try {
      Long wert = Geld.centNichtNegativ(eingabe, "Betrag");
      return wert != null && wert == cent;
    } catch (UngueltigeEingabe e) {
      return false;
    }
  }
}

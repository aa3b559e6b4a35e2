package de.hessen.aqb.nachweis;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.Traegerberichte.Bericht;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The providers' parts as the body's Verwendungsnachweis takes them over, by measure id: the part and figures of each
 * provider measure (the body cannot change them) and the providers' Belege, numbered after the body's own rows (provider
 * k of the case from (k+1)·100.000), so every Beleg of a Fassung keeps a number of its own.
 */
@Service
public class Traegeranteile {

  /** The submitted parts of one case. */
  public record Anteile(List<Bericht> berichte) {

    public boolean leer() {
      return berichte.isEmpty();
    }

    public Map<String, Teil> teilJeMassnahme() {
      Map<String, Teil> teile = new LinkedHashMap<>();
      berichte.forEach(b -> b.teile().forEach(t -> teile.put(t.massnahmeId(), t)));
      return teile;
    }

    public Map<String, String> traegerJeMassnahme() {
      Map<String, String> traeger = new LinkedHashMap<>();
      berichte.forEach(b -> b.teile().forEach(t -> traeger.put(t.massnahmeId(), b.traegerName())));
      return traeger;
    }

    /** The providers' parts as one text, per measure (what the RP's sachliche Prüfung reads beside the body's Sachbericht). */
    public String sachbericht() {
      StringBuilder text = new StringBuilder();
      for (Bericht b : berichte) {
        for (Teil t : b.teile()) {
          long belege = b.belege().stream().filter(x -> x.massnahmeId().equals(t.massnahmeId())).count();
          text.append("Träger ").append(b.traegerName()).append(" – Maßnahme ").append(t.massnahmeId()).append(" „").append(t.name())
              .append("“: Teilnehmende geplant ").append(t.teilnehmendeGeplant() == null ? "–" : t.teilnehmendeGeplant())
              .append(", erreicht ").append(t.teilnehmendeErreicht()).append(". Ergebnisse: ").append(t.ergebnisse())
              .append(t.abweichungen() == null ? "" : " Abweichungen: " + t.abweichungen()).append(" Ausgaben (Ist) ")
              .append(Geld.alsWaehrung(t.ausgabenCent())).append(", ").append(belege).append(belege == 1 ? " Beleg" : " Belege")
              .append(".\n\n");
        }
      }
      return text.toString().strip();
    }

    /** The providers' Belege, numbered for the Fassung. */
    public List<Beleg> belege() {
      List<Beleg> belege = new ArrayList<>();
      for (int k = 0; k < berichte.size(); k++) {
        int beginn = zeilenBeginn(k);
        berichte.get(k).belege().forEach(b -> belege.add(new Beleg(beginn + b.zeile(), b.datum(), b.zahlungsempfaenger(),
            b.verwendungszweck(), b.betragCent(), b.massnahmeId())));
      }
      return belege;
    }
  }

  private final Traegerberichte berichte;
  private final Clock uhr;

  Traegeranteile(Traegerberichte berichte, Clock uhr) {
    this.berichte = berichte;
    this.uhr = uhr;
  }

  /** First number of provider k's Belege in a Fassung (k from 0). */
  static int zeilenBeginn(int k) {
    return (k + 1) * 100_000;
  }

  public Anteile anteile(String nummer) {
    return new Anteile(berichte.berichte(nummer));
  }

  /** The body's submission (Fassung {@code fassung}) took every part over; the body's own participants are noted with it. */
  void uebernimm(String nummer, int fassung, Integer teilnehmendeErreicht) {
    berichte.uebernimm(nummer, fassung, teilnehmendeErreicht, uhr.instant());
  }
}

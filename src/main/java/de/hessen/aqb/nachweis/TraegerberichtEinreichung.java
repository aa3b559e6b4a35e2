package de.hessen.aqb.nachweis;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.antrag.TraegerBeteiligung;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.VerwendungsnachweisEinreichung.Datei;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.BeleglisteLeser;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.nachweis.domain.NachweisRegeln;
import de.hessen.aqb.nachweis.domain.Traegeranteil;
import de.hessen.aqb.nachweis.domain.Traegeranteil.EigeneMassnahme;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The providers' part of the Verwendungsnachweis (ADR 15): which providers with their own login run a granted measure (the
 * stored Antrag says who runs what, as in the Antrag's Maßnahmendetails, ADR 8), what each may see — only its measures,
 * with the grant and the participants planned — and its submission: the part per measure, figures and a Belegliste of its
 * measures only, stored in the stage's tables. Refused once the body has taken the part over.
 */
@Service
public class TraegerberichtEinreichung {

  private final TraegerBeteiligung beteiligung;
  private final NachweisVorbereitung vorbereitung;
  private final Traegerberichte berichte;
  private final Referenzdaten referenzdaten;
  private final Clock uhr;
  private final NachweisEigenschaften eigenschaften;

  TraegerberichtEinreichung(TraegerBeteiligung beteiligung, NachweisVorbereitung vorbereitung, Traegerberichte berichte,
      Referenzdaten referenzdaten, Clock uhr, NachweisEigenschaften eigenschaften) {
    this.eigenschaften = eigenschaften;
    this.beteiligung = beteiligung;
    this.vorbereitung = vorbereitung;
    this.berichte = berichte;
    this.referenzdaten = referenzdaten;
    this.uhr = uhr;
  }

  /** Groups of the providers with their own login that run a granted measure; none when the case has no stored Antrag. */
  public List<String> traegerGruppen(String nummer) {
    List<String> gruppen = new ArrayList<>();
    for (String gruppe : antragsGruppen(nummer)) {
      if (!eigeneMassnahmen(nummer, gruppe).isEmpty()) {
        gruppen.add(gruppe);
      }
    }
    return gruppen;
  }

  /** The granted measures the provider of this group runs (per the stored Antrag), with the participants planned there. */
  public List<EigeneMassnahme> eigeneMassnahmen(String nummer, String gruppe) {
    Map<String, BewilligteMassnahme> bewilligt = vorbereitung.bewilligteMassnahmen(nummer).stream()
        .collect(Collectors.toMap(BewilligteMassnahme::id, Function.identity()));
    List<EigeneMassnahme> eigene = new ArrayList<>();
    for (JsonNode m : beteiligung.fuerTraeger(nummer, gruppe)) {
      BewilligteMassnahme b = bewilligt.get(m.path("id").asText());
      if (b != null) {
        JsonNode plaetze = m.path("plaetze");
        Integer geplant = plaetze.canConvertToInt() || plaetze.asText().matches("\\d{1,9}") ? Integer.valueOf(plaetze.asInt()) : null;
        eigene.add(new EigeneMassnahme(b.id(), b.name(), b.bewilligtCent(), geplant));
      }
    }
    return eigene;
  }

  public Traeger traeger(String gruppe) {
    return referenzdaten.traeger().stream().filter(t -> t.gruppenId().equals(gruppe)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Unbekannte Trägergruppe " + gruppe));
  }

  @Transactional
  public List<Teil> reicheEin(Fallkopf kopf, String gruppe, String benutzer, List<Traegeranteil.Angabe> angaben, Datei belegliste,
      boolean bestaetigt) {
    Traeger traeger = traeger(gruppe);
    if (berichte.status(kopf.nummer(), traeger.id()).filter(Traegerberichte.UEBERNOMMEN::equals).isPresent()) {
      throw new UngueltigeEingabe("Ihr Teil des Sachberichts wurde von der Gebietskörperschaft bereits in den Verwendungsnachweis "
          + "übernommen und kann nicht mehr geändert werden. Bitte wenden Sie sich an die Gebietskörperschaft.");
    }
    List<EigeneMassnahme> eigene = eigeneMassnahmen(kopf.nummer(), gruppe);
    Fehlerliste fehler = new Fehlerliste();
    List<Teil> teile = Traegeranteil.pruefe(eigene, angaben, fehler);
    Belegliste liste = null;
    if (belegliste == null || belegliste.leer()) {
      fehler.add("Bitte die Belegliste Ihrer Maßnahmen hochladen (CSV-Datei nach der Vorlage).");
    } else {
      var bescheid = vorbereitung.bescheid(kopf.nummer());
      try {
        liste = new BeleglisteLeser(eigene.stream().map(m -> new BewilligteMassnahme(m.id(), m.name(), m.bewilligtCent())).toList(),
            bescheid.bewilligungVon(), bescheid.bewilligungBis(), eigenschaften.grenzen()).lies(belegliste.inhalt());
      } catch (UngueltigeEingabe ex) { // the reader knows only this provider's measures: name them
        fehler.add("Belegliste Ihrer Maßnahmen (" + String.join(", ", eigene.stream().map(EigeneMassnahme::id).toList()) + "): "
            + ex.getMessage());
      }
    }
    if (liste != null && teile.size() == eigene.size()) {
      NachweisRegeln.pruefeSummen(teile.stream().map(Teil::position).toList(), liste, fehler);
    }
    fehler.wenn(!bestaetigt, "Bitte bestätigen, dass die Angaben vollständig und richtig sind und die Belege vorliegen.");
    fehler.pruefe();
    berichte.speichere(kopf.nummer(), traeger.id(), traeger.name(), benutzer, uhr.instant(), belegliste.name(), teile, liste);
    return teile;
  }

  private List<String> antragsGruppen(String nummer) {
    try {
      return beteiligung.traegerGruppen(nummer);
    } catch (IllegalStateException keinAntrag) {
      return List.of(); // a case started mid-lifecycle (tests, migrated data) has no stored Antrag: no provider with a login
    }
  }
}

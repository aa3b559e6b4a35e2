package de.hessen.aqb.zielvereinbarung;

import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.zielvereinbarung.domain.Partner;
import de.hessen.aqb.zielvereinbarung.domain.Unterzeichnung;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The stage's public read API for the Förderfall and later stages: the agreement as stored (never as process
 * variables), the signed agreement, and which years have a template.
 */
@Service
public class Zielvereinbarungen {

  private final ZielvereinbarungTabelle tabelle;
  private final Referenzdaten referenzdaten;
  private final ZielvereinbarungDokument dokument;

  Zielvereinbarungen(ZielvereinbarungTabelle tabelle, Referenzdaten referenzdaten, ZielvereinbarungDokument dokument) {
    this.tabelle = tabelle;
    this.referenzdaten = referenzdaten;
    this.dokument = dokument;
  }

  /** The stored agreement of a case (draft, signatures, receipt), empty before the first draft. */
  public Optional<ZielvereinbarungAkte> akte(String foerderfallNummer) {
    return tabelle.akte(foerderfallNummer);
  }

  /** The agreement signed by both parties: budget, projects per Maßnahmenart, signatories with place and date. */
  public Optional<ZielvereinbarungDaten> unterzeichnet(String foerderfallNummer) {
    return akte(foerderfallNummer).filter(ZielvereinbarungAkte::beideUnterzeichnet).map(this::daten);
  }

  /** Why the ministry cancelled the case's agreement; empty if it did not. */
  public Optional<String> stornoGrund(String foerderfallNummer) {
    return akte(foerderfallNummer).filter(a -> ZielvereinbarungAkte.STORNIERT.equals(a.status()))
        .map(ZielvereinbarungAkte::stornoGrund);
  }

  public boolean vorlageVorhanden(int jahr) {
    return dokument.vorlageVorhanden(jahr);
  }

  public Set<Integer> verfuegbareJahre() {
    return dokument.verfuegbareJahre();
  }

  /** Only for the demo profile: its story is back-dated to the real 2025 agreements (draft in July 2025). */
  public void datiereEntwurfFuerDemo(String foerderfallNummer, LocalDate datum) {
    tabelle.datiereEntwurf(foerderfallNummer, datum);
  }

  /** The document data of a stored draft (signatures as far as given). */
  ZielvereinbarungDaten daten(ZielvereinbarungAkte akte) {
    return new ZielvereinbarungDaten(akte.jahr(), partner(akte.kreisschluessel()), akte.budgetCent(), akte.projekte(),
        akte.paragraph2Jahrestext(), akte.buendnisZeitraum(),
        new Unterzeichnung(akte.ministeriumName(), akte.ministeriumTitel(), akte.ministerium().ort(), akte.ministerium().datum()),
        new Unterzeichnung(akte.partnerName(), akte.partnerTitel(), akte.partner().ort(), akte.partner().datum()));
  }

  private Partner partner(String kreisschluessel) {
    Gebietskoerperschaft gk = referenzdaten.nachKreisschluessel(kreisschluessel)
        .orElseThrow(() -> new IllegalStateException("Unbekannte Gebietskörperschaft " + kreisschluessel));
    var f = gk.formen();
    return new Partner(gk.bezeichnung(), f.nominativ(), f.genitiv(), f.dativ(), f.akkusativ());
  }
}

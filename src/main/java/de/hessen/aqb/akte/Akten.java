package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.AktenZip;
import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.akte.domain.Eintrag;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The case file (ADR 14): every contribution ({@link AktenBeitrag}) collected, the cover rendered, all packed into a
 * reproducible ZIP whose entries carry the time of the case's last recorded change. The same records give the same
 * bytes; a closed case's Akte is frozen at its first download ({@link AktenArchiv}) and served from there afterwards.
 */
@Service
public class Akten {

  private final List<AktenBeitrag> beitraege;
  private final AktenDeckblatt deckblatt;
  private final AktenArchiv archiv;
  private final Fallregister register;
  private final Faelle faelle;

  Akten(List<AktenBeitrag> beitraege, AktenDeckblatt deckblatt, AktenArchiv archiv, Fallregister register, Faelle faelle) {
    this.beitraege = List.copyOf(beitraege);
    this.deckblatt = deckblatt;
    this.archiv = archiv;
    this.register = register;
    this.faelle = faelle;
  }

  /** The case's head, if the register knows the number. */
  public Optional<Fallkopf> fall(String nummer) {
    return register.eintrag(nummer).map(e -> faelle.kopf(e.nummer()));
  }

  /** The Akte to hand out: the frozen one of a closed case (frozen now if this is its first download), else built anew. */
  public byte[] lade(Fallkopf fall, String benutzer) {
    if (!register.status(fall.nummer()).filter(Fallregister.ABGESCHLOSSEN::equals).isPresent()) {
      return erzeuge(fall);
    }
    return archiv.gespeichert(fall.nummer()).orElseGet(() -> {
      Akte akte = baue(fall);
      return archiv.friere(fall.nummer(), akte.stand(), akte.zip(), benutzer);
    });
  }

  /** Builds the Akte from the records as they are now (deterministic: same records, same bytes). */
  public byte[] erzeuge(Fallkopf fall) {
    return baue(fall).zip();
  }

  record Akte(LocalDateTime stand, byte[] zip) {}

  private Akte baue(Fallkopf fall) {
    Beitrag alles = Beitrag.leer();
    for (AktenBeitrag b : beitraege) {
      alles = alles.plus(b.fuer(fall));
    }
    LocalDateTime stand = Stream.concat(alles.entscheidungen().stream(), alles.aufgaben().stream()).map(Eintrag::am)
        .max(LocalDateTime::compareTo).orElseThrow(() -> new IllegalStateException("Förderfall " + fall.nummer() + " ohne Einträge"));
    List<Aktenstueck> inhalt = new ArrayList<>(alles.stuecke());
    inhalt.sort(java.util.Comparator.comparing(Aktenstueck::pfad));
    String status = switch (register.status(fall.nummer()).orElse("")) {
      case Fallregister.ABGESCHLOSSEN -> "abgeschlossen";
      case Fallregister.STORNIERT -> "storniert";
      default -> "in Bearbeitung";
    };
    byte[] cover = deckblatt.erzeuge(fall, status, stand, inhalt, alles.entscheidungen(), alles.aufgaben());
    List<Aktenstueck> dateien = new ArrayList<>(inhalt);
    dateien.add(new Aktenstueck(AktenDeckblatt.DATEI, "Deckblatt", cover));
    return new Akte(stand, AktenZip.schreibe(dateien, stand));
  }
}

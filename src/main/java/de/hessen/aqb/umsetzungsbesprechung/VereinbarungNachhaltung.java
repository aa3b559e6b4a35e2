package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.umsetzungsbesprechung.Vereinbarungen.Vereinbarung;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Vereinbarung nachhalten": every agreed follow-up comes back to its owner as a Wiedervorlage on its date
 * (task follow-up and due date); the owner marks it done with a short note, recorded with the logged-in user.
 */
@Service
public class VereinbarungNachhaltung {

  public static final int VERMERK_MAX = 2_000;

  private final Umsetzungsbesprechungen besprechungen;
  private final Vereinbarungen vereinbarungen;
  private final Clock uhr;

  VereinbarungNachhaltung(Umsetzungsbesprechungen besprechungen, Vereinbarungen vereinbarungen, Clock uhr) {
    this.besprechungen = besprechungen;
    this.vereinbarungen = vereinbarungen;
    this.uhr = uhr;
  }

  /** The ids of the follow-ups agreed in the meeting run by {@code prozessInstanz}, in their order. */
  public List<Long> ids(String prozessInstanz) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    return vereinbarungen.der(b.nummer(), b.jahr()).stream().map(Vereinbarung::id).toList();
  }

  /** The follow-up, checked to belong to the meeting run by {@code prozessInstanz}. */
  public Vereinbarung vereinbarung(String prozessInstanz, long id) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    return vereinbarungen.vereinbarung(id).filter(v -> v.nummer().equals(b.nummer()) && v.jahr() == b.jahr())
        .orElseThrow(() -> new IllegalStateException("Die Vereinbarung " + id + " gehört nicht zu dieser Umsetzungsbesprechung."));
  }

  /** The candidate group of the owner: the body's group (= the case's tenant), rp-kassel or hmsi. */
  public static String gruppe(Vereinbarung v, Fallkopf kopf) {
    return switch (v.zustaendig()) {
      case GEBIETSKOERPERSCHAFT -> kopf.gruppenId();
      case REGIERUNGSPRAESIDIUM -> Gruppen.RP_KASSEL;
      case MINISTERIUM -> Gruppen.HMSI;
    };
  }

  /** The day it comes back (the start of its date in Hesse): follow-up date and due date of the task. */
  public Date wiedervorlage(Vereinbarung v) {
    return Date.from(v.faelligAm().atTime(LocalTime.MIDNIGHT).atZone(uhr.getZone()).toInstant());
  }

  /** "Vereinbarung nachhalten: <was>" (a task name holds at most 255 characters). */
  public static String aufgabenname(Vereinbarung v) {
    String name = "Vereinbarung nachhalten: " + v.was().replaceAll("\\s+", " ");
    return name.length() > 250 ? name.substring(0, 249) + "…" : name;
  }

  public static String anzeige(Vereinbarung v) {
    return "Vereinbarung " + v.nr() + " der Umsetzungsbesprechung " + v.jahr() + ", zuständig: " + v.zustaendig().bezeichnung()
        + ", bis " + v.faelligAm().format(TT_MM_JJJJ);
  }

  @Transactional
  public void erledige(String prozessInstanz, long id, String vermerk, String von) {
    Vereinbarung v = vereinbarung(prozessInstanz, id);
    String text = vermerk == null ? "" : vermerk.strip();
    if (text.length() > VERMERK_MAX) {
      throw new UngueltigeEingabe("Der Vermerk ist zu lang (höchstens " + VERMERK_MAX + " Zeichen).");
    }
    if (text.isEmpty()) {
      throw new UngueltigeEingabe("Bitte kurz vermerken, was zu dieser Vereinbarung getan wurde.");
    }
    vereinbarungen.erledige(v.id(), von, uhr.instant(), text);
  }
}

package de.hessen.aqb.programmjahr.domain;

import java.util.List;

/** A checked allocation of one programme year: the state budget and one share per body, amounts in cents. */
public record Zuteilung(int jahr, long landesbudgetCent, List<Anteil> anteile) {

  /** A body's share: its Kreisschlüssel and name, the amount and the earmarked part of it. */
  public record Anteil(String kreisschluessel, String bezeichnung, long betragCent, long zweckgebundenCent) {}

  public Zuteilung {
    anteile = List.copyOf(anteile);
  }

  public long summeCent() {
    return anteile.stream().mapToLong(Anteil::betragCent).sum();
  }
}

package de.hessen.aqb.gemeinsam;

import java.util.ArrayList;
import java.util.List;

/** Collects all problems of one input so the clerk sees them at once, then throws {@link UngueltigeEingabe}. */
public final class Fehlerliste {

  private final List<String> fehler = new ArrayList<>();

  public Fehlerliste wenn(boolean bedingung, String meldung) {
    if (bedingung) {
      fehler.add(meldung);
    }
    return this;
  }

  public Fehlerliste add(String meldung) {
    fehler.add(meldung);
    return this;
  }

  /** No problem so far (for checks that only make sense when the parts before them were valid). */
  public boolean leer() {
    return fehler.isEmpty();
  }

  public List<String> fehler() {
    return List.copyOf(fehler);
  }

  public void pruefe() {
    if (!fehler.isEmpty()) {
      throw new UngueltigeEingabe(String.join(" ", fehler));
    }
  }
}

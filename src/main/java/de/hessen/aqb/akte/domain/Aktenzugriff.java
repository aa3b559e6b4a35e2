package de.hessen.aqb.akte.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who may download a case file: the ministry, the RP Kassel and operators any case; a body's clerk only the cases of its
 * own tenant; nobody else (providers, other bodies).
 */
public final class Aktenzugriff {

  private final Set<String> alleFaelle;

  /** @param alleFaelle the groups that may read every case (ministry, RP, operators) */
  public Aktenzugriff(Set<String> alleFaelle) {
    this.alleFaelle = Set.copyOf(alleFaelle);
  }

  public boolean darf(Collection<String> gruppen, Collection<String> mandanten, String mandantDesFalls) {
    if (gruppen.stream().anyMatch(alleFaelle::contains)) {
      return true;
    }
    return mandantDesFalls != null && mandanten.contains(mandantDesFalls);
  }
}

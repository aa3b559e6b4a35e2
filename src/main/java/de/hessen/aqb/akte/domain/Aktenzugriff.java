package de.hessen.aqb.akte.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who may download a case file: the ministry, the RP Kassel and operators any case; the body's own clerks (members of
 * the body's group) only the cases of their body. A tenant membership alone is not enough: providers are members of
 * their body's tenant (to complete their measures) but see only their own measures (ADR 8), never the whole file.
 */
public final class Aktenzugriff {

  private final Set<String> alleFaelle;

  /** @param alleFaelle the groups that may read every case (ministry, RP, operators) */
  public Aktenzugriff(Set<String> alleFaelle) {
    this.alleFaelle = Set.copyOf(alleFaelle);
  }

  /** @param gruppeDesFalls the body's group of the case (also its tenant id) */
  public boolean darf(Collection<String> gruppen, String gruppeDesFalls) {
    if (gruppen.stream().anyMatch(alleFaelle::contains)) {
      return true;
    }
    return gruppeDesFalls != null && gruppen.contains(gruppeDesFalls);
  }
}

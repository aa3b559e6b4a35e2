package de.hessen.aqb.programmjahr.web;

import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.programmjahr.Budgetuebersicht;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who sees which lines of the budget overview: the ministry, the RP Kassel and operators every body's; a body's clerk
 * (member of the body's group) only its own; anyone else (e.g. a provider) nothing.
 */
record Leserecht(String benutzer, Predicate<String> sichtbar) {

  private static final Set<String> ALLE = Set.of(Gruppen.HMSI, Gruppen.RP_KASSEL, Gruppen.ADMIN);

  static Optional<Leserecht> fuer(String benutzer, List<String> gruppen) {
    List<String> g = gruppen == null ? List.of() : gruppen;
    if (g.stream().anyMatch(ALLE::contains)) {
      return Optional.of(new Leserecht(benutzer, ks -> true));
    }
    List<String> eigene = g.stream().map(Budgetuebersicht::kreisschluesselDerGruppe).filter(java.util.Objects::nonNull).toList();
    return eigene.isEmpty() ? Optional.empty() : Optional.of(new Leserecht(benutzer, eigene::contains));
  }
}

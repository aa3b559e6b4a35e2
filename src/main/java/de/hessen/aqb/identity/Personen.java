package de.hessen.aqb.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who belongs to a party, read from Camunda's user profiles (mail addresses included). */
@Service
public class Personen {

  private final IdentityService identityService;

  Personen(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Mail addresses of all members of the group. */
  public List<String> mailAdressen(String gruppe) {
    return adressen(identityService.createUserQuery().memberOfGroup(gruppe).list());
  }

  /** Mail addresses of the group's signatories (members of the group and of {@link Gruppen#ZEICHNUNGSBERECHTIGTE}). */
  public List<String> mailAdressenZeichnungsberechtigte(String gruppe) {
    java.util.Set<String> mitglieder = identityService.createUserQuery().memberOfGroup(gruppe).list().stream()
        .map(User::getId).collect(java.util.stream.Collectors.toSet());
    return adressen(identityService.createUserQuery().memberOfGroup(Gruppen.ZEICHNUNGSBERECHTIGTE).list().stream()
        .filter(u -> mitglieder.contains(u.getId()))
        .toList());
  }

  /** A member of a group as a choice in a form: user id and display name. */
  public record Person(String id, String name) {}

  /** The members of the group, sorted by display name. */
  public List<Person> mitglieder(String gruppe) {
    return identityService.createUserQuery().memberOfGroup(gruppe).list().stream()
        .map(u -> new Person(u.getId(), anzeigename(u)))
        .sorted(java.util.Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
  }

  /** Mail addresses of the given users (unknown users and missing addresses left out). */
  public List<String> mailAdressen(java.util.Collection<String> benutzerIds) {
    return benutzerIds.isEmpty() ? List.of()
        : adressen(identityService.createUserQuery().userIdIn(benutzerIds.toArray(String[]::new)).list());
  }

  private static String anzeigename(User u) {
    String name = (Objects.toString(u.getFirstName(), "") + " " + Objects.toString(u.getLastName(), "")).trim();
    return name.isEmpty() ? u.getId() : name;
  }

  /** Mail address of one user, empty when the user or the address is unknown. */
  public List<String> mailAdresse(String benutzerId) {
    if (benutzerId == null) {
      return List.of();
    }
    return adressen(identityService.createUserQuery().userId(benutzerId).list());
  }

  /** "Vorname Nachname" of a user, or the id when the profile has no name. */
  public String anzeigename(String benutzerId) {
    if (benutzerId == null) {
      return "";
    }
    return Optional.ofNullable(identityService.createUserQuery().userId(benutzerId).singleResult())
        .map(u -> (Objects.toString(u.getFirstName(), "") + " " + Objects.toString(u.getLastName(), "")).trim())
        .filter(name -> !name.isEmpty())
        .orElse(benutzerId);
  }

  private static List<String> adressen(List<User> benutzer) {
    return benutzer.stream().map(User::getEmail).filter(Objects::nonNull).filter(m -> !m.isBlank())
        .distinct().sorted().toList();
  }
}

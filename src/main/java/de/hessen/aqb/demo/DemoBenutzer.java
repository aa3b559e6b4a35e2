package de.hessen.aqb.demo;

import de.hessen.aqb.identity.Gruppen;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One or two demo users per party (profile {@code demo} only). Logins are listed in the README. */
@Component
@Profile("demo")
public class DemoBenutzer {

  private static final Logger LOG = LoggerFactory.getLogger(DemoBenutzer.class);

  /** A demo login: user id, first and last name, groups. Mail addresses are user id @ example.org. */
  public record Konto(String id, String vorname, String nachname, List<String> gruppen) {
    public String email() {
      return id + "@example.org";
    }
  }

  public static final String WIESBADEN = "kommune-06414";
  public static final String ODENWALDKREIS = "kommune-06437";
  public static final String LIMBURG_WEILBURG = "kommune-06533";
  public static final String DARMSTADT = "kommune-06411";
  public static final String FRANKFURT = "kommune-06412";
  public static final String KASSEL = "kommune-06611";
  public static final String GIESSEN = "kommune-06531";
  public static final String MARBURG_BIEDENKOPF = "kommune-06534";
  public static final String MAIN_KINZIG = "kommune-06435";
  public static final String BERGSTRASSE = "kommune-06431";
  public static final String DARMSTADT_DIEBURG = "kommune-06432";
  public static final String GROSS_GERAU = "kommune-06433";
  public static final String WETTERAUKREIS = "kommune-06440";

  public static final List<Konto> KONTEN = List.of(
      new Konto("hmsi.sachbearbeitung", "Jana", "Krüger", List.of(Gruppen.HMSI)),
      new Konto("hmsi.ministerin", "Heike", "Hofmann", List.of(Gruppen.HMSI, Gruppen.ZEICHNUNGSBERECHTIGTE)),
      new Konto("rp.pruefung", "Tobias", "Engel", List.of(Gruppen.RP_KASSEL)),
      new Konto("rp.freigabe", "Miriam", "Vogt", List.of(Gruppen.RP_KASSEL)),
      new Konto("wiesbaden.sachbearbeitung", "Lukas", "Brandt", List.of(WIESBADEN)),
      new Konto("wiesbaden.stadtraetin", "Patricia", "Becher", List.of(WIESBADEN, Gruppen.ZEICHNUNGSBERECHTIGTE)),
      new Konto("odenwald.sachbearbeitung", "Sabine", "Roth", List.of(ODENWALDKREIS)),
      new Konto("odenwald.landrat", "Frank", "Matiaske", List.of(ODENWALDKREIS, Gruppen.ZEICHNUNGSBERECHTIGTE)),
      new Konto("limburg.sachbearbeitung", "Petra", "Schmitt", List.of(LIMBURG_WEILBURG)),
      new Konto("limburg.landrat", "Michael", "Köberle", List.of(LIMBURG_WEILBURG, Gruppen.ZEICHNUNGSBERECHTIGTE)),
      new Konto("gab.sachbearbeitung", "Deniz", "Yilmaz", List.of("traeger-gab-limburg")),
      new Konto("darmstadt.sachbearbeitung", "Jonas", "Weber", List.of(DARMSTADT)),
      new Konto("frankfurt.sachbearbeitung", "Aylin", "Demir", List.of(FRANKFURT, Gruppen.ZEICHNUNGSBERECHTIGTE)),
      new Konto("kassel.sachbearbeitung", "Stefanie", "Lang", List.of(KASSEL)),
      new Konto("giessen.sachbearbeitung", "Marco", "Reuter", List.of(GIESSEN)),
      new Konto("marburg.sachbearbeitung", "Lea", "Hartmann", List.of(MARBURG_BIEDENKOPF)),
      new Konto("mainkinzig.sachbearbeitung", "Tim", "Schäfer", List.of(MAIN_KINZIG)),
      new Konto("bergstrasse.sachbearbeitung", "Nina", "Albrecht", List.of(BERGSTRASSE)),
      new Konto("darmstadtdieburg.sachbearbeitung", "Felix", "Günther", List.of(DARMSTADT_DIEBURG)),
      new Konto("grossgerau.sachbearbeitung", "Carina", "Wolf", List.of(GROSS_GERAU)),
      new Konto("wetterau.sachbearbeitung", "Oliver", "Seidel", List.of(WETTERAUKREIS)));

  private final IdentityService identityService;
  private final String passwort;

  DemoBenutzer(IdentityService identityService, @Value("${aqb.demo.passwort}") String passwort) {
    this.identityService = identityService;
    this.passwort = passwort;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(30)
  public void legeAn() {
    for (Konto konto : KONTEN) {
      User user = identityService.createUserQuery().userId(konto.id()).singleResult();
      if (user == null) {
        user = identityService.newUser(konto.id());
        user.setFirstName(konto.vorname());
        user.setLastName(konto.nachname());
        user.setEmail(konto.email());
        user.setPassword(passwort);
        identityService.saveUser(user);
      }
      for (String gruppe : konto.gruppen()) {
        if (identityService.createUserQuery().userId(konto.id()).memberOfGroup(gruppe).count() == 0) {
          identityService.createMembership(konto.id(), gruppe);
        }
      }
    }
    LOG.info("Demo-Benutzer bereit: {}", KONTEN.size());
  }
}

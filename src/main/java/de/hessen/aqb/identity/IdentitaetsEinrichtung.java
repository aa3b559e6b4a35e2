package de.hessen.aqb.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and idempotently, the groups, tenants and authorizations of all parties
 * from the reference data, and the operator account from the environment.
 *
 * <p>Isolation between Gebietskörperschaften is the tenant wall: every instance carries its body's
 * tenant; a body's group and its providers' groups are members of that tenant only, the ministry and
 * the RP Kassel of all. Within that wall, group authorizations give each role what it needs.
 */
@Component
public class IdentitaetsEinrichtung {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitaetsEinrichtung.class);
  static final String TYP_FACHLICH = "WORKFLOW";

  private final IdentityService identityService;
  private final Berechtigungen berechtigungen;
  private final Referenzdaten referenzdaten;
  private final AdminEigenschaften admin;

  IdentitaetsEinrichtung(IdentityService identityService, Berechtigungen berechtigungen,
      Referenzdaten referenzdaten, AdminEigenschaften admin) {
    this.identityService = identityService;
    this.berechtigungen = berechtigungen;
    this.referenzdaten = referenzdaten;
    this.admin = admin;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void richteEin() {
    gruppe(Gruppen.ADMIN, "Betrieb (Administration)", "SYSTEM");
    gruppe(Gruppen.HMSI, "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales", TYP_FACHLICH);
    gruppe(Gruppen.RP_KASSEL, "Regierungspräsidium Kassel, Dezernat 57", TYP_FACHLICH);
    gruppe(Gruppen.ZEICHNUNGSBERECHTIGTE, "Zeichnungsberechtigte", TYP_FACHLICH);
    rechteBetrieb();
    rechteMinisterium();
    rechteRegierungspraesidium();

    for (Gebietskoerperschaft gk : referenzdaten.alle()) {
      gruppe(gk.gruppenId(), gk.bezeichnung(), TYP_FACHLICH);
      mandant(gk.tenantId(), gk.bezeichnung());
      mitglied(gk.tenantId(), gk.gruppenId());
      mitglied(gk.tenantId(), Gruppen.HMSI);
      mitglied(gk.tenantId(), Gruppen.RP_KASSEL);
      rechteGebietskoerperschaft(gk.gruppenId());
    }
    for (Traeger traeger : referenzdaten.traeger()) {
      gruppe(traeger.gruppenId(), traeger.name(), TYP_FACHLICH);
      referenzdaten.nachAgs(traeger.ags()).ifPresent(gk -> mitglied(gk.tenantId(), traeger.gruppenId()));
      berechtigungen.erlaubeGruppe(traeger.gruppenId(), APPLICATION, "tasklist", ACCESS);
      berechtigungen.erlaubeGruppe(traeger.gruppenId(), PROCESS_DEFINITION, Authorization.ANY, READ);
    }
    adminKonto();
    LOG.info("Identitäten eingerichtet: {} Gebietskörperschaften, {} Träger",
        referenzdaten.alle().size(), referenzdaten.traeger().size());
  }

  /** Operators: every permission on every resource (as Camunda's own admin setup grants; the group alone grants nothing). */
  private void rechteBetrieb() {
    for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      berechtigungen.erlaubeGruppe(Gruppen.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  private void rechteMinisterium() {
    String g = Gruppen.HMSI;
    berechtigungen.erlaubeGruppe(g, APPLICATION, "tasklist", ACCESS);
    berechtigungen.erlaubeGruppe(g, APPLICATION, "cockpit", ACCESS);
    berechtigungen.erlaubeGruppe(g, PROCESS_DEFINITION, Authorization.ANY,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY, READ_TASK);
    berechtigungen.erlaubeGruppe(g, PROCESS_INSTANCE, Authorization.ANY, CREATE, READ);
    leserechteFuerCockpit(g);
  }

  private void rechteRegierungspraesidium() {
    String g = Gruppen.RP_KASSEL;
    berechtigungen.erlaubeGruppe(g, APPLICATION, "tasklist", ACCESS);
    berechtigungen.erlaubeGruppe(g, APPLICATION, "cockpit", ACCESS);
    berechtigungen.erlaubeGruppe(g, PROCESS_DEFINITION, Authorization.ANY,
        READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
    berechtigungen.erlaubeGruppe(g, PROCESS_INSTANCE, Authorization.ANY, READ);
    leserechteFuerCockpit(g);
  }

  private void leserechteFuerCockpit(String gruppe) {
    berechtigungen.erlaubeGruppe(gruppe, DECISION_DEFINITION, Authorization.ANY, READ, Permissions.READ_HISTORY);
    berechtigungen.erlaubeGruppe(gruppe, DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
    berechtigungen.erlaubeGruppe(gruppe, DEPLOYMENT, Authorization.ANY, READ);
    berechtigungen.erlaubeGruppe(gruppe, USER, Authorization.ANY, READ);
    berechtigungen.erlaubeGruppe(gruppe, GROUP, Authorization.ANY, READ);
  }

  /** A body sees its tasks (granted per task through candidate groups) and, behind the tenant wall, its own cases. */
  private void rechteGebietskoerperschaft(String gruppe) {
    berechtigungen.erlaubeGruppe(gruppe, APPLICATION, "tasklist", ACCESS);
    berechtigungen.erlaubeGruppe(gruppe, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
  }

  private void gruppe(String id, String name, String typ) {
    Group vorhanden = identityService.createGroupQuery().groupId(id).singleResult();
    if (vorhanden == null) {
      Group neu = identityService.newGroup(id);
      neu.setName(name);
      neu.setType(typ);
      identityService.saveGroup(neu);
    } else if (!name.equals(vorhanden.getName())) {
      vorhanden.setName(name);
      identityService.saveGroup(vorhanden);
    }
  }

  private void mandant(String id, String name) {
    Tenant vorhanden = identityService.createTenantQuery().tenantId(id).singleResult();
    if (vorhanden == null) {
      Tenant neu = identityService.newTenant(id);
      neu.setName(name);
      identityService.saveTenant(neu);
    }
  }

  private void mitglied(String tenantId, String gruppe) {
    if (identityService.createTenantQuery().tenantId(tenantId).groupMember(gruppe).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, gruppe);
    }
  }

  private void adminKonto() {
    String id = admin.benutzer();
    String passwort = admin.passwort();
    if (id == null || id.isBlank() || passwort == null || passwort.isBlank()) {
      LOG.warn("Kein Admin-Konto eingerichtet: AQB_ADMIN_USER/AQB_ADMIN_PASSWORD fehlen");
      return;
    }
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identityService.newUser(id);
      user.setFirstName("Betrieb");
      user.setLastName("Administration");
      user.setPassword(passwort);
      identityService.saveUser(user);
      LOG.info("Admin-Konto angelegt: {}", id);
    } else {
      // the environment is the source of truth: a rotated AQB_ADMIN_PASSWORD takes effect at restart
      // (checkPassword is avoided on purpose: a mismatch would count as a failed login and lock the account)
      user.setPassword(passwort);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(Gruppen.ADMIN).count() == 0) {
      identityService.createMembership(id, Gruppen.ADMIN);
    }
  }
}

package de.hessen.aqb.identity;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every party of the reference data gets its group, tenant and rights; the German filters exist. */
@AqbSpringBootTest
class IdentitaetsEinrichtungTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired Referenzdaten referenzdaten;
  @Autowired IdentitaetsEinrichtung einrichtung;

  @Test
  void jedeGebietskoerperschaftHatGruppeUndMandant() {
    assertThat(referenzdaten.alle()).hasSize(27);
    for (Gebietskoerperschaft gk : referenzdaten.alle()) {
      assertThat(identityService.createGroupQuery().groupId(gk.gruppenId()).singleResult().getName())
          .isEqualTo(gk.bezeichnung());
      assertThat(identityService.createTenantQuery().tenantId(gk.tenantId()).groupMember(gk.gruppenId()).count()).isOne();
      assertThat(identityService.createTenantQuery().tenantId(gk.tenantId()).groupMember(Gruppen.HMSI).count()).isOne();
      assertThat(identityService.createTenantQuery().tenantId(gk.tenantId()).groupMember(Gruppen.RP_KASSEL).count()).isOne();
    }
    assertThat(identityService.createGroupQuery().groupId("kommune-06414").singleResult().getName())
        .isEqualTo("Landeshauptstadt Wiesbaden");
  }

  @Test
  void gabLimburgArbeitetNurImMandantLimburgWeilburg() {
    assertThat(identityService.createTenantQuery().groupMember("traeger-gab-limburg").list())
        .extracting(t -> t.getId()).containsExactly("kommune-06533");
  }

  @Test
  void rollenHabenIhreAnwendungen() {
    assertThat(authorizationService.isUserAuthorized("niemand", java.util.List.of(Gruppen.HMSI), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizationService.isUserAuthorized("niemand", java.util.List.of("kommune-06414"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizationService.isUserAuthorized("niemand", java.util.List.of("kommune-06414"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("niemand", java.util.List.of("traeger-gab-limburg"),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "*")).isFalse();
  }

  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void adminGehoertZurAdministratorGruppe() {
    var konfiguration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(konfiguration.getAdminGroups()).contains(Gruppen.ADMIN);
    assertThat(identityService.createGroupQuery().groupMember("admin").list()).extracting(g -> g.getId()).contains(Gruppen.ADMIN);
  }

  @Test
  void einrichtungIstWiederholbar() {
    long gruppen = identityService.createGroupQuery().count();
    long berechtigungen = authorizationService.createAuthorizationQuery().count();
    einrichtung.richteEin();
    assertThat(identityService.createGroupQuery().count()).isEqualTo(gruppen);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(berechtigungen);
  }

  @Test
  void deutscheFilterFuerAlle() {
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
        .contains("Meine Aufgaben", "Aufgaben meiner Gruppe", "Überfällig", "Wiedervorlage");
    Filter gruppe = filterService.createFilterQuery().filterName("Aufgaben meiner Gruppe").singleResult();
    assertThat(authorizationService.isUserAuthorized("irgendwer", java.util.List.of(), Permissions.READ,
        Resources.FILTER, gruppe.getId())).isTrue();
    assertThat(gruppe.getProperties().toString()).contains("Gebietskörperschaft");
  }
}

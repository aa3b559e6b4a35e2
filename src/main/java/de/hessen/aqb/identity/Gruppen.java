package de.hessen.aqb.identity;

/** Ids of the Camunda groups of the parties. Bodies and providers get theirs from the reference data. */
public final class Gruppen {

  /** The ministry (HMSI): drafts and signs Zielvereinbarungen, watches the programme in Cockpit. */
  public static final String HMSI = "hmsi";
  /** Regierungspräsidium Kassel, Dezernat 57: grants, pays and checks. */
  public static final String RP_KASSEL = "rp-kassel";
  /**
   * Signatories (Staatsminister/in, Landrat/Landrätin, Oberbürgermeister/in or their delegates). Grants
   * nothing by itself: a signatory of a body is a member of this group and of the body's group; the
   * signature mails go to exactly these people.
   */
  public static final String ZEICHNUNGSBERECHTIGTE = "zeichnungsberechtigte";
  /** Operators. Camunda treats members of this group as administrators. */
  public static final String ADMIN = "camunda-admin";

  private Gruppen() {}
}

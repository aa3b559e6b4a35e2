/** Camunda groups, tenants, authorizations, the admin account and the German Tasklist filters. */
package de.hessen.aqb.identity;

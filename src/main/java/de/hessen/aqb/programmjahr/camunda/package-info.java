/** Adapters of the process "programmjahr": the start listener, the release's Vier-Augen check, the start of the cases. */
package de.hessen.aqb.programmjahr.camunda;

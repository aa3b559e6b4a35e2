/**
 * Input contracts: what each party may submit when it completes a user task or starts a process, checked at the API
 * edge before the engine sees it; and the write protection that closes direct variable writes to everyone but operators.
 */
package de.hessen.aqb.eingabe;

/** Demo users and demo cases; active only with the Spring profile {@code demo}. */
package de.hessen.aqb.demo;

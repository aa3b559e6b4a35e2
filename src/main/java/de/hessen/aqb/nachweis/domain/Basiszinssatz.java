package de.hessen.aqb.nachweis.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The Basiszinssatz (§ 247 BGB) in percent per year, valid from {@code ab} until the next entry. */
public record Basiszinssatz(LocalDate ab, BigDecimal prozent) {}

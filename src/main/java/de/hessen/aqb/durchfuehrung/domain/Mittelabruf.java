package de.hessen.aqb.durchfuehrung.domain;

import java.time.LocalDate;

/** A checked Mittelabruf: the amount in cents, the day until which the money is needed, what it pays for. */
public record Mittelabruf(long betragCent, LocalDate bedarfBis, String verwendungszweck) {}

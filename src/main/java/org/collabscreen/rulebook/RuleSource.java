package org.collabscreen.rulebook;

/** The public publication a rule was taken from: its name, address and date or edition. */
public record RuleSource(String name, String url, String date) {}

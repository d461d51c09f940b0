package org.collabscreen.screening;

/** The public source behind a finding's rule. */
public record FindingSource(String name, String url, String date) {}

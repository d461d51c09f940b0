package org.collabscreen.rulebook;

/** A mitigation to suggest when a finding of the given kind occurs. */
public record MitigationRule(String findingKind, String text, RuleSource source) {}

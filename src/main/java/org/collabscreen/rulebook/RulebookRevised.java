package org.collabscreen.rulebook;

/** A new rulebook revision was committed: rules were created, changed, retired or imported. Published in its transaction. */
public record RulebookRevised(int revision, String summary) {}

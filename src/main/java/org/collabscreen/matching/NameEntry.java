package org.collabscreen.matching;

/** One name or alias of an entry, precomputed for matching; {@code primary} marks the entry's own name. */
record NameEntry<T>(T rule, String alias, WeightedName name, boolean acronym, boolean primary) {}

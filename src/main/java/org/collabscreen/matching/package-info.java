/**
 * Name resolution (institutions, talent programmes) and technology-text classification: a library with a small
 * API (resolve a name, classify a text, explain a match), Lucene/ICU inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.collabscreen.matching;

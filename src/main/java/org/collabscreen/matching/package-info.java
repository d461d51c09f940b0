/**
 * Name resolution (institutions, talent programmes) and technology-text classification: a library with a small
 * API (resolve a name, classify a text, explain a match), Lucene/ICU inside, depending on no other module.
 * <p>
 * API: {@link org.collabscreen.matching.InstitutionMatcher}, {@link org.collabscreen.matching.TalentProgrammeMatcher}
 * and {@link org.collabscreen.matching.TechnologyClassifier}, built from {@code *Entry} records and returning
 * {@link org.collabscreen.matching.NameMatch} and {@link org.collabscreen.matching.Classification}, whose
 * transformations explain each match; {@link org.collabscreen.matching.NameNormaliser#normalise(String)} and
 * {@link org.collabscreen.matching.Acronyms#isAcronym(String)} for the one normalisation and the one acronym rule.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {})
package org.collabscreen.matching;

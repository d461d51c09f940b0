package org.collabscreen.rulebook;

/** The kinds of rule the rulebook versions, each stored as a document of its rule record's shape. */
enum RuleKind {
    INSTITUTION(InstitutionRule.class, "Institution"),
    TECHNOLOGY_CATEGORY(TechnologyCategoryRule.class, "Technology category"),
    TALENT_PROGRAMME(TalentProgrammeRule.class, "Talent programme"),
    COUNTRY(CountryRule.class, "Country"),
    SCORING_POLICY(ScoringPolicy.class, "Scoring policy"),
    FRAMEWORK_EDITION(FrameworkEditionRule.class, "Framework edition");

    private final Class<?> type;
    private final String label;

    RuleKind(Class<?> type, String label) {
        this.type = type;
        this.label = label;
    }

    Class<?> type() {
        return type;
    }

    String label() {
        return label;
    }
}

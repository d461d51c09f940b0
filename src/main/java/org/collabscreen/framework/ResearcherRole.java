package org.collabscreen.framework;

/** A researcher's role on the proposal; frameworks use it to tell covered individuals and named roles apart. */
public enum ResearcherRole {
    PI,
    CO_INVESTIGATOR,
    SENIOR_KEY,
    STUDENT,
    OTHER;

    /** PI, co-investigator or senior/key person: a covered individual (CHIPS, DoD, NIH), a named role (STRAC). */
    public boolean isSenior() {
        return this == PI || this == CO_INVESTIGATOR || this == SENIOR_KEY;
    }
}

package org.collabscreen.framework;

import java.time.LocalDate;

/** One framework's logic: it weighs the facts under the edition in force and records what it finds in the draft. */
interface FrameworkRule {

    FrameworkCode code();

    void apply(Situation situation, LocalDate date, VerdictDraft draft);
}

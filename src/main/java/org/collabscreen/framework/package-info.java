/**
 * Funder verdicts: each framework's answer (US DoD, CHIPS MFTRP, NIH, Canada STRAC, Horizon Europe Art. 22(5), UK
 * ATAS, the Dutch screening bill) in its own vocabulary, for the edition in force on the decision date. The editions
 * are rulebook content; the logic per framework is code here, reading its parameters from the edition.
 * <p>
 * API: {@link org.collabscreen.framework.FrameworkVerdicts} evaluates {@link org.collabscreen.framework.FrameworkFacts}
 * against a rulebook snapshot into {@link org.collabscreen.framework.Verdict}s;
 * {@link org.collabscreen.framework.FrameworkSelection} says which frameworks apply when a request names none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Funder frameworks",
        allowedDependencies = {"matching", "rulebook", "vocabulary", "web"})
package org.collabscreen.framework;

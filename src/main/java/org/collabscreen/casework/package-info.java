/**
 * Casework: a review case per proposal, reviewers' dispositions on findings, decisions with conditions and their
 * second approval. Screening reads dispositions and proposals show their case through interfaces those modules
 * define ({@link org.collabscreen.screening.ProposalDispositions}, {@link org.collabscreen.proposal.ProposalCases}),
 * so this module depends on them and not the other way round. Every change is an event the audit trail records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Casework",
        allowedDependencies = {"framework", "proposal", "rulebook", "screening", "security", "vocabulary", "web"})
package org.collabscreen.casework;

/** Proposal intake: the proposals API, their storage and their screening history. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Proposals",
        allowedDependencies = {"framework", "screening", "security", "vocabulary", "web"})
package org.collabscreen.proposal;

/** Proposal intake: the proposals API, their storage and their screening history. */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.collabscreen.proposal;

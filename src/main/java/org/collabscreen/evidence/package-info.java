/**
 * Evidence packs: a proposal's whole record (screenings, list editions, proof of search, dispositions, decisions,
 * audit events) as a signed JSON document or a PDF dossier, and the verification of a pack's signature.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence packs",
        allowedDependencies = {
            "audit",
            "casework",
            "framework",
            "proposal",
            "rulebook",
            "screening",
            "security",
            "vocabulary",
            "web"
        })
package org.collabscreen.evidence;

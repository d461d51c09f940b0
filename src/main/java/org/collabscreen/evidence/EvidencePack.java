package org.collabscreen.evidence;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.audit.AuditExcerpts;
import org.collabscreen.casework.CaseFiles.CaseFile;
import org.collabscreen.proposal.ProposalResponse;
import org.collabscreen.proposal.ScreeningResponse;

/**
 * A proposal's whole record at export time. The JSON form carries a {@code signature} over the canonical form (RFC
 * 8785) of everything else.
 *
 * @param format            the pack's format and version
 * @param screenings        every screening, oldest first, with findings, sources, dispositions and funder verdicts
 * @param proofOfSearch     one plain statement per screening: when, against which list editions, what was found for
 *                          the partner institution, and under which funder framework editions
 * @param listEditionsInForce the list editions the latest screening's rulebook revision held
 * @param review            the case, dispositions, decisions, approvals and conditions
 * @param audit             this proposal's audit events with their chain positions, those not yet sealed marked so,
 *                          and the chain's head at export
 */
@Schema(description = "A proposal's evidence pack: record, proof of search, review and audit excerpt, signed")
public record EvidencePack(
        String format,
        Instant exportedAt,
        String exportedBy,
        ProposalResponse proposal,
        List<ScreeningResponse> screenings,
        List<String> proofOfSearch,
        int rulebookRevision,
        List<ListEdition> listEditionsInForce,
        CaseFile review,
        AuditExcerpts.Excerpt audit,
        Signature signature) {

    static final String FORMAT = "collabscreen-evidence-pack/1";

    /** One public list as the rulebook held it: its latest edition and that edition's date. */
    public record ListEdition(String list, String name, String edition, String date, int institutions) {}

    /** A signature over the canonical form of the pack without this field. */
    @Schema(description = "Signature over the RFC 8785 canonical form of the pack without its signature field")
    public record Signature(
            @Schema(example = "Ed25519") String alg,

            @Schema(description = "First 16 hex digits of the SHA-256 of the public key")
            String keyId,

            @Schema(description = "The signature, Base64url without padding")
            String value) {}

    EvidencePack withSignature(Signature newSignature) {
        return new EvidencePack(
                format,
                exportedAt,
                exportedBy,
                proposal,
                screenings,
                proofOfSearch,
                rulebookRevision,
                listEditionsInForce,
                review,
                audit,
                newSignature);
    }
}

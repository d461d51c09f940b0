package org.collabscreen.evidence;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.security.Viewers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
@Tag(name = "Evidence", description = "Signed evidence packs of a proposal's record, and their verification")
class EvidenceController {

    private final EvidenceService evidence;
    private final EvidenceSigner signer;
    private final Viewers viewers;
    private final JsonMapper json;

    EvidenceController(EvidenceService evidence, EvidenceSigner signer, Viewers viewers, JsonMapper json) {
        this.evidence = evidence;
        this.signer = signer;
        this.viewers = viewers;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/proposals/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The proposal's evidence pack, signed (JSON) or as a PDF dossier (Accept: application/pdf)",
            description = "The proposal and every screening with findings, sources, funder verdicts and rulebook "
                    + "revision; the list editions in force; a proof-of-search statement per screening (naming the "
                    + "list and framework editions); dispositions, decisions, approvals and conditions; this "
                    + "proposal's audit events with their chain positions (events committed but not yet sealed "
                    + "have `sealed: false` and no position) and the chain's head at export. The JSON carries `signature` {alg, keyId, value}: Ed25519 over the "
                    + "RFC 8785 canonical form of the pack without `signature` (see docs/decisions.md).")
    @ApiResponse(
            responseCode = "200",
            description = "The pack",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = EvidencePack.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))
            })
    ObjectNode json(@PathVariable UUID id) {
        return evidence.signedJson(evidence.assemble(id, viewers.current()));
    }

    @GetMapping(path = "/api/v1/proposals/{id}/evidence", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(hidden = true)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        byte[] pdf = EvidencePdf.render(evidence.assemble(id, viewers.current()), signer.keyId());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + ".pdf\"")
                .body(pdf);
    }

    @PostMapping(
            path = "/api/v1/evidence/verification",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Verify an evidence pack's signature",
            description = "Send the pack's JSON exactly as received; `valid` is false when any of it was changed.")
    EvidenceVerification verify(@RequestBody String pack) {
        JsonNode document;
        try {
            document = json.readTree(pack);
        } catch (RuntimeException e) {
            return new EvidenceVerification(false, null, null, "not a JSON document");
        }
        JsonNode signature = document.path("signature");
        if (!document.isObject() || !signature.isObject()) {
            return new EvidenceVerification(false, null, null, "no signature object");
        }
        String alg = signature.path("alg").asString(null);
        String keyId = signature.path("keyId").asString(null);
        if (!EvidenceSigner.ALGORITHM.equals(alg) || !signer.keyId().equals(keyId)) {
            return new EvidenceVerification(
                    false, alg, keyId, "not signed with this installation's key " + signer.keyId());
        }
        boolean valid = signer.verify(
                CanonicalJson.unsigned(document, json), signature.path("value").asString(""));
        return new EvidenceVerification(valid, alg, keyId, valid ? null : "the signature does not match the content");
    }

    @GetMapping(path = "/api/v1/evidence/signing-key", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public key that verifies evidence packs")
    SigningKeyResponse signingKey() {
        return new SigningKeyResponse(EvidenceSigner.ALGORITHM, signer.keyId(), signer.publicKeyPem());
    }
}

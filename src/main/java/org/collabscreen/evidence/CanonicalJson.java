package org.collabscreen.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The canonical form (RFC 8785, JSON Canonicalization Scheme) of a pack without its signature: what is signed. */
final class CanonicalJson {

    private CanonicalJson() {}

    static byte[] unsigned(JsonNode pack, JsonMapper json) {
        ObjectNode copy = ((ObjectNode) pack).deepCopy();
        copy.remove("signature");
        try {
            return new JsonCanonicalizer(json.writeValueAsString(copy)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

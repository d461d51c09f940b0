package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;

import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a batch body, {@code {"proposals": [...]}} or CSV, into one JSON object per proposal. */
@Component
class BatchRequestReader {

    private final JsonMapper json;
    private final CsvProposals csv;
    private final int maxSize;

    BatchRequestReader(JsonMapper json, CsvProposals csv, BatchProperties properties) {
        this.json = json;
        this.csv = csv;
        this.maxSize = properties.maxSize();
    }

    /** The items of the batch; a body that is not a batch at all is a 400 for the whole call. */
    List<JsonNode> read(String body, MediaType contentType) {
        List<JsonNode> items = CsvProposals.MEDIA_TYPE.isCompatibleWith(contentType) ? csv.read(body) : fromJson(body);
        if (items.isEmpty()) {
            throw new InvalidFieldException("proposals", "must contain at least one proposal");
        }
        if (items.size() > maxSize) {
            throw new InvalidFieldException("proposals", "must contain at most " + maxSize + " proposals");
        }
        return items;
    }

    private List<JsonNode> fromJson(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new ErrorResponseException(
                    HttpStatus.BAD_REQUEST,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "malformed-request",
                            "Malformed request body",
                            "The request body is not well-formed JSON."),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFieldException("proposals", "is required: send {\"proposals\": [...]}");
        }
        JsonNode proposals = root.get("proposals");
        if (proposals == null || !proposals.isArray()) {
            throw new InvalidFieldException("proposals", "is required and must be an array");
        }
        List<JsonNode> items = new ArrayList<>(proposals.size());
        proposals.forEach(items::add);
        return items;
    }
}

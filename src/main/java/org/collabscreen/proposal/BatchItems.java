package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.collabscreen.web.FieldError;
import org.collabscreen.web.ValidationProblems;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns each item of a batch into a proposal request with the single POST's checks and messages, one at a time. */
@Component
class BatchItems {

    private final JsonMapper json;
    private final Validator validator;

    BatchItems(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** A batch item: a valid request, or the field errors that keep it from being screened. */
    record Item(int index, ProposalRequest request, List<FieldError> errors) {}

    List<Item> read(List<JsonNode> nodes) {
        List<Item> items = new ArrayList<>(nodes.size());
        for (int index = 0; index < nodes.size(); index++) {
            items.add(read(index, nodes.get(index)));
        }
        return items;
    }

    private Item read(int index, JsonNode node) {
        String prefix = "proposals[" + index + "]";
        if (node == null || !node.isObject()) {
            return new Item(index, null, List.of(new FieldError(prefix, "must be a JSON object")));
        }
        ProposalRequest request;
        try {
            request = json.treeToValue(node, ProposalRequest.class);
        } catch (JacksonException e) {
            FieldError error = ValidationProblems.fieldOf(e);
            return new Item(
                    index,
                    null,
                    List.of(new FieldError(ValidationProblems.prefixed(prefix, error.field()), error.message())));
        }
        List<FieldError> errors = ValidationProblems.fieldsOf(validator.validate(request), prefix);
        return errors.isEmpty() ? new Item(index, request, List.of()) : new Item(index, null, errors);
    }
}

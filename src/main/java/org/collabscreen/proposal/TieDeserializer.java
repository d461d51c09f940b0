package org.collabscreen.proposal;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a tie as a plain name (a JSON string, read strictly like every request string) or as an object; errors name
 * the path either way ({@code researchers[0].affiliations[1]}, {@code …affiliations[1].from}).
 */
final class TieDeserializer extends ValueDeserializer<TieRequest> {

    @Override
    public TieRequest deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return TieRequest.named(context.readValue(parser, String.class));
        }
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            return (TieRequest) context.handleUnexpectedToken(TieRequest.class, parser);
        }
        Fields fields = context.readValue(parser, Fields.class);
        return new TieRequest(
                fields.name(),
                fields.country(),
                fields.from(),
                fields.to(),
                fields.disclosed(),
                fields.compensated(),
                fields.inKind());
    }

    /** A tie's object form as it arrives. */
    record Fields(
            String name,
            String country,
            LocalDate from,
            LocalDate to,
            Boolean disclosed,
            Boolean compensated,
            Boolean inKind) {}
}

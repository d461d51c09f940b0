package org.collabscreen.proposal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes a tie declared as a plain name back as that string, and any other as an object of its non-null fields. */
final class TieSerializer extends ValueSerializer<TieRequest> {

    @Override
    public void serialize(TieRequest tie, JsonGenerator out, SerializationContext context) {
        if (tie.isPlainName()) {
            out.writeString(tie.name());
            return;
        }
        out.writeStartObject();
        out.writeStringProperty("name", tie.name());
        if (tie.country() != null) {
            out.writeStringProperty("country", tie.country());
        }
        if (tie.from() != null) {
            out.writeStringProperty("from", tie.from().toString());
        }
        if (tie.to() != null) {
            out.writeStringProperty("to", tie.to().toString());
        }
        if (tie.disclosed() != null) {
            out.writeBooleanProperty("disclosed", tie.disclosed());
        }
        if (tie.compensated() != null) {
            out.writeBooleanProperty("compensated", tie.compensated());
        }
        if (tie.inKind() != null) {
            out.writeBooleanProperty("inKind", tie.inKind());
        }
        out.writeEndObject();
    }
}

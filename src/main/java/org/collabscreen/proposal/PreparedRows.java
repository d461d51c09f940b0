package org.collabscreen.proposal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.collabscreen.screening.PreparedScreening;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * The form of {@link PreparedProposal}s in a batch's {@link SpillFile}: each field in turn, texts as UTF-8 with their
 * length. The rows hold JSON documents of several kilobytes; written as fields they need no escaping or parsing.
 */
final class PreparedRows {

    private PreparedRows() {}

    static void write(PreparedProposal row, DataOutputStream out) {
        try {
            uuid(row.id(), out);
            instant(row.createdAt(), out);
            text(row.client(), out);
            text(row.reference(), out);
            text(row.institution(), out);
            text(row.country(), out);
            text(row.technologyArea(), out);
            text(row.title(), out);
            text(row.description(), out);
            text(row.researchersJson(), out);
            text(row.fundingSourcesJson(), out);
            text(row.frameworkRequestJson(), out);
            PreparedScreening screening = row.screening();
            uuid(screening.id(), out);
            uuid(screening.proposalId(), out);
            instant(screening.screenedAt(), out);
            out.writeInt(screening.rulebookRevision());
            text(screening.overallRisk().name(), out);
            out.writeInt(screening.dualUseScore());
            out.writeInt(screening.talentProgrammeScore());
            bytes(screening.assessmentJson(), out);
            text(screening.dispositionsJson(), out);
            out.writeBoolean(screening.reproduction());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rows one at a time from what {@link #write} wrote. */
    static final class Reader {

        private final DataInputStream in;

        Reader(InputStream in) {
            this.in = new DataInputStream(in);
        }

        /** The next row, or null after the last. */
        PreparedProposal next() throws IOException {
            UUID id;
            try {
                id = new UUID(in.readLong(), in.readLong());
            } catch (EOFException end) {
                return null;
            }
            return new PreparedProposal(
                    id,
                    instant(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    new PreparedScreening(
                            uuid(),
                            uuid(),
                            instant(),
                            in.readInt(),
                            RiskLevel.valueOf(text()),
                            in.readInt(),
                            in.readInt(),
                            in.readNBytes(in.readInt()),
                            text(),
                            in.readBoolean()));
        }

        private UUID uuid() throws IOException {
            return new UUID(in.readLong(), in.readLong());
        }

        private Instant instant() throws IOException {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        }

        private String text() throws IOException {
            int length = in.readInt();
            return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }

    private static void uuid(UUID id, DataOutputStream out) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static void instant(Instant at, DataOutputStream out) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    private static void bytes(byte[] bytes, DataOutputStream out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void text(String text, DataOutputStream out) throws IOException {
        if (text == null) {
            out.writeInt(-1);
        } else {
            bytes(text.getBytes(StandardCharsets.UTF_8), out);
        }
    }
}

package org.collabscreen.seed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/** Name-based UUIDs, so that seeded ids are the same on every run. */
final class SeedId {

    private SeedId() {
    }

    static UUID of(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(UTF_8));
    }
}

package org.collabscreen.seed;

import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Name-based UUIDs, so that seeded ids are the same on every run. */
final class SeedId {

    private SeedId() {}

    static UUID of(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(UTF_8));
    }
}

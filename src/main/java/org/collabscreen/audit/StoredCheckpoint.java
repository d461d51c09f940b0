package org.collabscreen.audit;

/** A verified head as stored in {@code audit_checkpoint}, with its signature. */
record StoredCheckpoint(long sequence, String hash, String keyId, String signature) {}

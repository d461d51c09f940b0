package org.collabscreen.security;

/**
 * Whose proposals the caller may see: its own client's, or every client's (auditors and admins).
 *
 * @param client          the caller's client; new proposals belong to it
 * @param seesEveryClient whether proposals of other clients are visible too
 */
public record Viewer(String client, boolean seesEveryClient) {

    /** Whether a proposal of this client is visible to the caller. */
    public boolean sees(String proposalClient) {
        return seesEveryClient || client.equals(proposalClient);
    }
}

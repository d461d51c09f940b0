package org.collabscreen.screening;

/** A screening was asked for at a rulebook revision that does not exist. */
public class UnknownRevisionException extends RuntimeException {

    private final int revision;

    public UnknownRevisionException(int revision) {
        super("rulebook revision " + revision + " does not exist");
        this.revision = revision;
    }

    public int revision() {
        return revision;
    }
}

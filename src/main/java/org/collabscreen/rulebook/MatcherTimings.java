package org.collabscreen.rulebook;

/** Where a snapshot reports how long each run of its matchers took; {@link #NONE} for snapshots built outside Spring. */
interface MatcherTimings {

    /** The matchers a snapshot runs. */
    enum Matcher {
        INSTITUTIONS,
        PROGRAMMES,
        TECHNOLOGY
    }

    MatcherTimings NONE = (matcher, nanos) -> {};

    void record(Matcher matcher, long nanos);
}

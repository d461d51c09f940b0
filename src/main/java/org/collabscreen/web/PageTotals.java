package org.collabscreen.web;

/**
 * A list's total as the response gives it: counted while there are at most {@link #COUNTED_UP_TO} items, the
 * planner's estimate beyond, so a page costs the same however large the table grows.
 */
public record PageTotals(long totalItems, TotalKind kind) {

    /** Above this many matching items a page gives the planner's estimate instead of counting. */
    public static final int COUNTED_UP_TO = 10_000;

    /** How far above the counting bound the planner's estimate must be for a list to skip counting. */
    public static final int PLAINLY_ABOVE = 4;

    /** The furthest item offset paging ({@code page × size}) reaches; beyond it a client follows the cursor. */
    public static final int MAX_OFFSET = 10_000;

    /**
     * From a count stopped after {@code countedUpTo + 1} rows: exact when it stopped short, else the planner's
     * estimate, never below what was counted.
     */
    public static PageTotals of(long counted, int countedUpTo, long estimate) {
        if (counted <= countedUpTo) {
            return new PageTotals(counted, TotalKind.EXACT);
        }
        return new PageTotals(Math.max(counted, estimate), TotalKind.ESTIMATE);
    }

    /**
     * The planner's estimate, without counting: for a query it expects to match more than {@code countedUpTo ×}
     * {@link #PLAINLY_ABOVE} items, where counting the first {@code countedUpTo} could read many rows that fail
     * the filter.
     */
    public static PageTotals estimated(long estimate) {
        return new PageTotals(estimate, TotalKind.ESTIMATE);
    }

    /** Fails with a 400 naming {@code page} when offset paging would go past {@link #MAX_OFFSET}. */
    public static void requireOffsetWithinBound(int page, int size) {
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidFieldException(
                    "page",
                    "page × size must be at most " + MAX_OFFSET + "; follow nextCursor (query parameter cursor) to "
                            + "read further");
        }
    }
}

package org.collabscreen.support;

import java.security.SecureRandom;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The seed of the property tests' random inputs: drawn fresh for each test run, named in the message of any failure,
 * and replayed with {@code -Dcollabscreen.test.seed=<seed>}. Property test classes register it with
 * {@code @ExtendWith(TestSeed.class)} and draw their inputs from {@link #random(String)}.
 */
public final class TestSeed implements TestExecutionExceptionHandler {

    /** Replays a failed run: {@code ./mvnw test -Dtest=… -Dcollabscreen.test.seed=<seed from the failure>}. */
    public static final String PROPERTY = "collabscreen.test.seed";

    private static final long SEED = initial();

    /** A generator of its own for each input source, so that adding a source does not shift the others' inputs. */
    public static Random random(String source) {
        return new Random(SEED * 31 + source.hashCode());
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String replay = "[" + context.getDisplayName() + " from random seed " + SEED + "; replay with -D" + PROPERTY
                + "=" + SEED + "]";
        AssertionError named = new AssertionError(replay + " " + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }

    private static long initial() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return Long.parseLong(given.strip());
        }
        return new SecureRandom().nextLong();
    }
}

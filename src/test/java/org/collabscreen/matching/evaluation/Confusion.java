package org.collabscreen.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** True and false positives and false negatives of one matcher, with the cases it got wrong. */
final class Confusion {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int throughParent;
    private final List<String> errors = new ArrayList<>();

    /** What a true positive found through its parent is, in the summary: "a sub-unit of the expected institution". */
    private final String partOfExpected;

    Confusion() {
        this("a sub-unit of the expected institution");
    }

    Confusion(String partOfExpected) {
        this.partOfExpected = partOfExpected;
    }

    /** A single-answer case: a wrong answer is both a false positive and a false negative. */
    void single(String input, String expected, String predicted, boolean correct) {
        boolean positive = !expected.isEmpty();
        if (predicted == null) {
            if (positive) {
                falseNegatives++;
                errors.add("missed   " + input + "  (want " + expected + ")");
            }
            return;
        }
        if (correct) {
            truePositives++;
            return;
        }
        falsePositives++;
        if (positive) {
            falseNegatives++;
        }
        errors.add(
                "wrong    " + input + "  -> " + predicted + (positive ? "  (want " + expected + ")" : "  (want none)"));
    }

    /** A case answered with a sub-unit of the expected institution: right, and listed for review. */
    void throughParent(String input, String expected, String predicted) {
        truePositives++;
        throughParent++;
        errors.add("parent   " + input + "  -> " + predicted + "  (part of " + expected + ", counted right)");
    }

    void label(String text, String label, boolean expected, boolean predicted) {
        if (expected && predicted) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
            errors.add("extra    " + label + "  " + text);
        } else if (expected) {
            falseNegatives++;
            errors.add("missed   " + label + "  " + text);
        }
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    List<String> errors() {
        return errors;
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "P=%.3f R=%.3f F1=%.3f (TP %d, FP %d, FN %d)%s",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives,
                throughParent == 0 ? "" : ", of the TP " + throughParent + " " + partOfExpected);
    }
}

package org.collabscreen.matching.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The matchers' quality gate: precision, recall and F1 on the held-out half of the labelled cases, against the seeded
 * rulebook, must stay at or above the thresholds below, each set just below the held-out figure it guards. Figures of
 * both halves are printed and written to {@code target/matching-evaluation.txt}, with the errors of every set but the
 * held-out half, whose cases stay unread: tune on the development half only.
 * With {@code -Devaluation.cases=/folder} the cases in that folder (same file names) are evaluated and printed too,
 * without thresholds. Latency is measured by {@link MatchingBenchmark}, never here.
 */
@IntegrationTest
class MatchingEvaluationTests {

    // Held-out figures when these were set (./mvnw -B -ntp -q test -Dtest=MatchingEvaluationTests, 2026-12-01):
    // institutions P 0.984 R 0.961 F1 0.973 (TP 124, FP 2, FN 5); programmes P 1.000 R 0.927 F1 0.962 (TP 51, FN 4);
    // technology, micro-averaged over top-level labels, P 0.969 R 0.959 F1 0.964 (TP 185, FP 6, FN 8), of which text
    // not in English F1 0.989 (TP 87, FP 1, FN 1). Each threshold lets through one more error of its kind than that,
    // not two. Programme thresholds raised after the general rules of issue 15's second round (pinyin syllables,
    // young/youth, project; tuned on development cases only), which printed programmes P 1.000 R 1.000 (TP 55):
    // one miss is let through. Issue 15's targets: institutions P 0.97 R 0.95; programmes P 0.98 R 0.97;
    // technology F1 0.85, not in English 0.80. Institution thresholds raised after issue 15's third round (acronym
    // segments spelt out; tuned on the development half and the former unseen set), which printed institutions
    // P 0.984 R 0.969 F1 0.976 (TP 124, FP 2, FN 4): again one more error of each kind is let through. Issue 15's
    // eighth round (device and method terms of the control lists, tuned on the other sets, never on this half)
    // printed technology P 0.969 R 0.974 F1 0.972 (TP 188, FP 6, FN 5): recall and F1 gates raised to 0.96.
    private static final double INSTITUTION_PRECISION = 0.97;
    private static final double INSTITUTION_RECALL = 0.96;
    private static final double INSTITUTION_F1 = 0.97;
    private static final double PROGRAMME_PRECISION = 0.98;
    private static final double PROGRAMME_RECALL = 0.98;
    private static final double PROGRAMME_F1 = 0.99;
    private static final double TECHNOLOGY_PRECISION = 0.96;
    private static final double TECHNOLOGY_RECALL = 0.96;
    private static final double TECHNOLOGY_F1 = 0.96;
    private static final double NON_ENGLISH_TECHNOLOGY_F1 = 0.97;
    /** A labelled set kept as a guard against regressions: each matcher's F1 on it must stay at or above these. */
    private record GuardedSet(
            String folder, String title, double institutionF1, double programmeF1, double technologyF1) {}

    private static final List<GuardedSet> GUARDED = List.of(
            // The former unseen set (evaluation/unseen-2026-12-01/, written before any matcher ran on it) printed on
            // its one blind evaluation (2026-12-01): institutions P 0.925 R 0.939 F1 0.932 (TP 62, FP 5, FN 4);
            // programmes P 1.000 R 0.864 F1 0.927 (TP 38, FN 6); technology P 0.955 R 0.630 F1 0.759 (TP 63, FP 3, FN
            // 37). Since issue 15's third round it is a second development set, tuned on: that round printed
            // institutions F1 0.977 (TP 65, FP 2, FN 1), programmes F1 0.977 (TP 42, FN 2), technology F1 0.811 (TP 71,
            // FP 4, FN 29). The thresholds below keep about two errors of slack each; they guard against regressions
            // and are no evidence of generalisation.
            // Issue 15's seventh round printed on this set (2026-12-02) programmes F1 0.989 (TP 43, FN 1) and
            // technology
            // F1 0.836 (TP 74, FP 3, FN 26): those gates were raised to about two errors below.
            // Issue 15's eighth round (tuned on the sixth set; 2026-12-02) printed on this set technology F1 0.880
            // (TP 81, FP 3, FN 19): raised to about two errors below.
            new GuardedSet(
                    LabelledCases.UNSEEN,
                    "Former unseen set, a second development set since issue 15's third round",
                    0.95,
                    0.96,
                    0.86),
            // The second unseen set (evaluation/unseen-2026-12-01b/, 492 cases written by a session that never read the
            // matchers' code or vocabularies) printed on its one blind evaluation, after issue 15's third round
            // (2026-12-01, at f9dd52c): institutions P 0.857 R 0.774 F1 0.814 (TP 96, FP 16, FN 28); programmes P 0.889
            // R 0.593 F1 0.711 (TP 32, FP 4, FN 22); technology P 0.838 R 0.697 F1 0.761 (TP 124, FP 24, FN 54), not in
            // English F1 0.807. Those are the figures to quote for generalisation. Since issue 15's fourth round its
            // errors were read and tuned on (general rules and control-list items, no case's text), so it is a third
            // development set: that round printed institutions P 0.918 R 0.815 F1 0.863 (TP 101, FP 9, FN 23);
            // programmes P 0.915 R 0.796 F1 0.851 (TP 43, FP 4, FN 11); technology P 0.932 R 0.764 F1 0.840 (TP 136, FP
            // 10, FN 42), not in English F1 0.864. The thresholds keep about two errors of slack below those: they
            // guard against regressions and are no evidence of generalisation.
            // Issue 15's sixth round (other public names, eponyms, Han units, programmes' Chinese names; tuned on the
            // fourth set) printed on this set (2026-12-02) institutions P 0.932 R 0.887 F1 0.909 (TP 110, FP 8, FN 14)
            // and programmes P 1.000 R 0.907 F1 0.951 (TP 49, FN 5): those gates were raised to about two errors below.
            // Issue 15's seventh round printed (2026-12-02) programmes F1 0.962 (TP 50, FN 4) and technology F1 0.844
            // (TP
            // 138, FP 11, FN 40): those gates were raised to about two errors below.
            // Issue 15's eighth round (tuned on the sixth set; 2026-12-02) printed on this set institutions F1 0.930
            // (TP 113, FP 6, FN 11), programmes F1 0.991 (TP 53, FN 1), technology F1 0.875 (TP 147, FP 11, FN 31):
            // raised to about two errors below.
            new GuardedSet(
                    LabelledCases.SECOND_UNSEEN,
                    "Second unseen set, evaluated blind once, a development set since issue 15's fourth round",
                    0.92,
                    0.97,
                    0.86),
            // The third unseen set (evaluation/unseen-2026-12-01c/, 512 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets) printed on its one blind evaluation,
            // after issue 15's fourth round (2026-12-02 00:52 UTC, at ceb28ba): institutions P 0.881 R 0.711 F1 0.787
            // (TP 96, FP 13, FN 39); programmes P 0.896 R 0.768 F1 0.827 (TP 43, FP 5, FN 13); technology P 0.787 R
            // 0.616 F1 0.691 (TP 122, FP 33, FN 76), not in English F1 0.733. Those are the figures to quote for
            // generalisation. Since issue 15's fifth round its errors were read and tuned on (general rules and public
            // vocabulary, no case's text), so it is a development set too: that round printed (2026-12-02) institutions
            // P 0.918 R 0.830 F1 0.872 (TP 112, FP 10, FN 23); programmes P 0.907 R 0.875 F1 0.891 (TP 49, FP 5, FN 7);
            // technology P 0.810 R 0.646 F1 0.719 (TP 128, FP 30, FN 70), not in English F1 0.761. The thresholds keep
            // about two errors of slack below those: they guard against regressions and are no evidence of
            // generalisation.
            // Issue 15's sixth round printed on this set (2026-12-02) institutions P 0.924 R 0.896 F1 0.910 (TP 121, FP
            // 10,
            // FN 14), programmes P 0.964 R 0.946 F1 0.955 (TP 53, FP 2, FN 3), technology F1 0.721 (TP 128, FP 29, FN
            // 70):
            // the institution and programme gates were raised to about two errors below.
            // Issue 15's seventh round printed (2026-12-02) institutions F1 0.910 (TP 121, FP 10, FN 14), programmes F1
            // 0.982 (TP 55, FP 1, FN 1), technology F1 0.741 (TP 133, FP 28, FN 65): gates raised to about two errors
            // below.
            // Issue 15's eighth round (tuned on the sixth set; 2026-12-02) printed on this set institutions F1 0.921
            // (TP 123, FP 9, FN 12), programmes F1 0.991 (TP 56, FP 1), technology F1 0.851 (TP 166, FP 26, FN 32):
            // raised to about two errors below.
            new GuardedSet(
                    LabelledCases.THIRD_UNSEEN,
                    "Third unseen set, evaluated blind once, a development set since issue 15's fifth round",
                    0.91,
                    0.97,
                    0.84),
            // The fourth unseen set (evaluation/unseen-2026-12-02d/, 641 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets) printed on its one blind evaluation,
            // after issue 15's fifth round (2026-12-02 03:25 UTC, at 636ab9f): institutions P 0.798 R 0.519 F1 0.629
            // (TP 83, FP 21, FN 77); programmes P 0.917 R 0.764 F1 0.833 (TP 55, FP 5, FN 17); technology P 0.860 R
            // 0.771 F1 0.813 (TP 185, FP 30, FN 55), not in English F1 0.773. Those are the figures to quote for
            // generalisation. Since issue 15's sixth round its errors were read and tuned on (general rules and public
            // vocabulary, no case's text; 13 labels corrected to the set's own rule, "the most specific listed entry"),
            // so it is a development set too: that round printed (2026-12-02) institutions P 0.980 R 0.900 F1 0.938 (TP
            // 144, FP 3, FN 16); programmes P 1.000 R 0.903 F1 0.949 (TP 65, FN 7); technology P 0.874 R 0.808 F1 0.840
            // (TP 194, FP 28, FN 46), not in English F1 0.826. The thresholds keep about two errors of slack below
            // those.
            // Issue 15's seventh round printed (2026-12-02) technology F1 0.848 (TP 195, FP 25, FN 45): raised to 0.84.
            // Issue 15's eighth round (tuned on the sixth set; 2026-12-02) printed on this set institutions F1 0.951
            // (TP 147, FP 2, FN 13), programmes F1 0.957 (TP 66, FN 6), technology F1 0.911 (TP 216, FP 18, FN 24):
            // raised to about two errors below.
            new GuardedSet(
                    LabelledCases.FOURTH_UNSEEN,
                    "Fourth unseen set, evaluated blind once, a development set since issue 15's sixth round",
                    0.94,
                    0.94,
                    0.90),
            // The fifth unseen set (evaluation/unseen-2026-12-02e/, 721 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets; its technology texts in ten
            // languages) printed on its one blind evaluation, after issue 15's sixth round (2026-12-02 06:03 UTC, at
            // 67bf684): institutions P 0.942 R 0.763 F1 0.843 (TP 145, FP 9, FN 45); programmes P 0.943 R 0.710 F1
            // 0.810 (TP 66, FP 4, FN 27); technology P 0.820 R 0.656 F1 0.729 (TP 164, FP 36, FN 86), not in English
            // F1 0.690. Those are the figures to quote for generalisation. Since issue 15's seventh round its errors
            // were
            // read and tuned on (general rules, five more languages, public vocabulary; no case's text), so it is a
            // development set too: that round printed (2026-12-02) institutions P 0.949 R 0.879 F1 0.913 (TP 167, FP 9,
            // FN 23); programmes P 1.000 R 0.892 F1 0.943 (TP 83, FN 10); technology P 0.908 R 0.788 F1 0.844 (TP 197,
            // FP 20, FN 53), not in English F1 0.897. The thresholds keep about two errors of slack below those.
            // Issue 15's eighth round (tuned on the sixth set; 2026-12-02) printed on this set institutions F1 0.921
            // (TP 170, FP 9, FN 20), programmes F1 0.978 (TP 89, FN 4), technology F1 0.918 (TP 228, FP 19, FN 22):
            // raised to about two errors below.
            new GuardedSet(
                    LabelledCases.FIFTH_UNSEEN,
                    "Fifth unseen set, evaluated blind once, a development set since issue 15's seventh round",
                    0.91,
                    0.96,
                    0.91),
            // The sixth unseen set (evaluation/unseen-2026-12-02f/, 749 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets; its technology texts in eleven
            // languages) printed on its one blind evaluation, after issue 15's seventh round (2026-12-02 08:57 UTC, at
            // 1c6a4fb): institutions P 0.887 R 0.723 F1 0.796 (TP 125, FP 16, FN 48); programmes P 1.000 R 0.784 F1
            // 0.879 (TP 58, FN 16); technology P 0.821 R 0.632 F1 0.714 (TP 211, FP 46, FN 123), not in English F1
            // 0.720. Those are the figures to quote for generalisation. Since issue 15's eighth round its errors were
            // read and tuned on (general rules, public vocabulary and renderings; no case's text), so it is a
            // development set too: that round printed (2026-12-02) institutions P 0.946 R 0.803 F1 0.869 (TP 139, FP
            // 8, FN 34); programmes P 0.985 R 0.905 F1 0.944 (TP 67, FP 1, FN 7); technology P 0.913 R 0.880 F1 0.896
            // (TP 294, FP 28, FN 40), not in English F1 0.942. The thresholds keep about two errors of slack below
            // those.
            new GuardedSet(
                    LabelledCases.SIXTH_UNSEEN,
                    "Sixth unseen set, evaluated blind once, a development set since issue 15's eighth round",
                    0.86,
                    0.92,
                    0.89),
            // The seventh unseen set (evaluation/unseen-2026-12-02g/, 863 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets; its technology texts 54 % not in
            // English) printed on its one blind evaluation, after issue 15's eighth round (2026-12-02 12:23 UTC, at
            // 6a647fd): institutions P 0.906 R 0.821 F1 0.862 (TP 184, FP 19, FN 40); programmes P 1.000 R 0.944 F1
            // 0.971 (TP 68, FN 4); technology P 0.881 R 0.809 F1 0.843 (TP 296, FP 40, FN 70), not in English F1
            // 0.848. Those are the figures to quote for generalisation. Since issue 15's ninth round its errors were
            // read and tuned on (general rules, public vocabulary and renderings; no case's text), so it is a
            // development set too: that round printed (2026-12-02) institutions P 0.928 R 0.862 F1 0.894 (TP 193, FP
            // 15, FN 31); programmes P 1.000 R 1.000 F1 1.000 (TP 72); technology P 0.929 R 0.888 F1 0.908 (TP 325, FP
            // 25, FN 41), not in English F1 0.948. The thresholds keep about two errors of slack below those.
            new GuardedSet(
                    LabelledCases.SEVENTH_UNSEEN,
                    "Seventh unseen set, evaluated blind once, a development set since issue 15's ninth round",
                    0.88,
                    0.98,
                    0.90),
            // The eighth unseen set (evaluation/unseen-2026-12-02h/, 907 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets; its technology texts 58 % not in
            // English) printed on its one blind evaluation, after issue 15's ninth round (2026-12-02 15:10 UTC, at
            // 110087c with -Devaluation.cases): institutions P 0.921 R 0.858 F1 0.888 (TP 199, FP 17, FN 33);
            // programmes P 1.000 R 0.947 F1 0.973 (TP 71, FN 4); technology P 0.899 R 0.768 F1 0.828 (TP 284, FP 32,
            // FN 86), not in English F1 0.816. Those are the figures to quote for generalisation. Since issue 15's
            // tenth round its errors were read and tuned on (renderings of listed concepts in the other languages; no
            // case's text), so it is a development set too: that round printed (2026-12-02) institutions and
            // programmes unchanged; technology P 0.902 R 0.800 F1 0.848 (TP 296, FP 32, FN 74), not in English F1
            // 0.854. After issue 15's eleventh round (tuned on it and the ninth set by kind; sub-units of the expected
            // institution counted right) it printed (2026-12-02) institutions P 0.950 R 0.909 F1 0.930, programmes
            // P 1.000 R 1.000, technology P 0.927 R 0.889 F1 0.908 (not in English 0.940). The thresholds keep about
            // two errors of slack below those.
            new GuardedSet(
                    LabelledCases.EIGHTH_UNSEEN,
                    "Eighth unseen set, evaluated blind once, a development set since issue 15's tenth round",
                    0.92,
                    0.98,
                    0.90),
            // The ninth unseen set (evaluation/unseen-2026-12-02i/, 832 cases written, like the second, by a session
            // that never read the matchers' code, vocabularies or evaluation sets; its technology texts 59 % not in
            // English) printed on its one blind evaluation, after issue 15's tenth round (2026-12-02 15:55 UTC, at
            // 84a6975 with -Devaluation.cases): institutions P 0.903 R 0.855 F1 0.878 (TP 213, FP 23, FN 36);
            // programmes P 1.000 R 0.955 F1 0.977 (TP 63, FN 3); technology P 0.902 R 0.864 F1 0.883 (TP 267, FP 29,
            // FN 42), not in English F1 0.892. Those are the figures to quote for generalisation (institutions with
            // sub-units of the expected institution counted right, the same code: P 0.953 R 0.904 F1 0.928). Since
            // issue 15's eleventh round its errors were read and tuned on by kind, so it is a development set too: that
            // round printed (2026-12-02) institutions P 0.976 R 0.960 F1 0.968 (TP 239, FP 6, FN 10), programmes
            // P 1.000 R 1.000, technology P 0.940 R 0.961 F1 0.950 (not in English 0.970). The thresholds keep about
            // two errors of slack below those.
            new GuardedSet(
                    LabelledCases.NINTH_UNSEEN,
                    "Ninth unseen set, evaluated blind once, a development set since issue 15's eleventh round",
                    0.96,
                    0.98,
                    0.94),
            // The tenth and eleventh unseen sets (evaluation/unseen-2026-12-02j/ and -02k/, written during issue 15's
            // eleventh round by two sessions that read only the rulebook's seed lists, never the matchers' code,
            // vocabularies or evaluation sets; rows whose input equals an earlier set's were dropped unread) printed on
            // their one blind evaluation, after that round (2026-12-02 17:22–17:23 UTC, at bf9f04c with
            // -Devaluation.cases), the tenth: institutions P 0.978 R 0.916 F1 0.946 (TP 174, FP 4, FN 16, of the TP 8
            // sub-units of the expected institution); programmes P 1.000 R 0.952 F1 0.976 (TP 60, FN 3); technology
            // P 0.930 R 0.904 F1 0.917 (TP 265, FP 20, FN 28), not in English F1 0.911; the eleventh: institutions
            // P 0.966 R 0.881 F1 0.921 (TP 199, FP 7, FN 27, of the TP 5 sub-units); programmes P 1.000 R 0.983
            // F1 0.991 (TP 57, FN 1); technology P 0.947 R 0.910 F1 0.928 (TP 284, FP 16, FN 28), not in English
            // F1 0.926. Those are the figures to quote for generalisation. The thresholds keep about two errors of
            // slack below them, against regressions only. Since issue 15's twelfth round both were read and tuned on by
            // kind, so they are development sets too: that round printed (2026-12-02 18:06 UTC) the tenth: institutions
            // P 0.995 R 0.968 F1 0.981, programmes P 1.000 R 1.000, technology P 0.955 R 0.952 F1 0.954 (not in English
            // 0.948); the eleventh: institutions P 0.977 R 0.951 F1 0.964, programmes P 1.000 R 1.000, technology
            // P 0.955 R 0.962 F1 0.958 (not in English 0.964). The thresholds keep about two errors of slack below.
            new GuardedSet(
                    LabelledCases.TENTH_UNSEEN,
                    "Tenth unseen set, evaluated blind once, a development set since issue 15's twelfth round",
                    0.97,
                    0.98,
                    0.94),
            new GuardedSet(
                    LabelledCases.ELEVENTH_UNSEEN,
                    "Eleventh unseen set, evaluated blind once, a development set since issue 15's twelfth round",
                    0.95,
                    0.98,
                    0.95),
            // The twelfth and thirteenth unseen sets (evaluation/unseen-2026-12-02l/ and -02m/, written during issue
            // 15's twelfth round by two sessions that read only the rulebook's seed lists; rows whose input equals an
            // earlier set's were dropped unread) printed on their one blind evaluation, after that round (2026-12-02
            // 18:06–18:07 UTC, at c42d7df with -Devaluation.cases), the twelfth: institutions P 0.986 R 0.889 F1 0.935
            // (TP 217, FP 3, FN 27, of the TP 6 sub-units of the expected institution); programmes P 0.931 R 0.947
            // F1 0.939 (TP 54, FP 4, FN 3); technology P 0.913 R 0.919 F1 0.916 (TP 272, FP 26, FN 24), not in
            // English F1 0.927; the thirteenth: institutions P 0.964 R 0.848 F1 0.902 (TP 212, FP 8, FN 38, of the TP
            // 2 sub-units); programmes P 1.000 R 0.948 F1 0.973 (TP 55, FN 3); technology P 0.884 R 0.824 F1 0.853
            // (TP 267, FP 35, FN 57), not in English F1 0.827. Those are the figures to quote for generalisation. The
            // thresholds keep about two errors of slack below them, against regressions only.
            new GuardedSet(
                    LabelledCases.TWELFTH_UNSEEN,
                    "Twelfth unseen set, evaluated blind once, a development set since issue 15's thirteenth round",
                    0.92,
                    0.91,
                    0.90),
            new GuardedSet(
                    LabelledCases.THIRTEENTH_UNSEEN,
                    "Thirteenth unseen set, evaluated blind once, a development set since issue 15's thirteenth round",
                    0.89,
                    0.95,
                    0.84),
            // The fourteenth and fifteenth unseen sets (evaluation/unseen-2026-12-02n/ and -02o/, written like the
            // twelfth and thirteenth during issue 15's thirteenth round; earlier sets' inputs dropped unread) printed
            // on their one blind evaluation, after that round (2026-12-02 18:34–18:35 UTC, at 008a809 with
            // -Devaluation.cases), the fourteenth: institutions P 0.975 R 0.938 F1 0.956 (TP 197, FP 5, FN 13);
            // programmes P 0.957 R 0.936 F1 0.946 (TP 44, FP 2, FN 3); technology P 0.886 R 0.830 F1 0.857 (TP 234,
            // FP 30, FN 48), not in English F1 0.875; the fifteenth: institutions P 0.978 R 0.958 F1 0.968 (TP 272,
            // FP 6, FN 12); programmes P 0.957 R 0.957 F1 0.957 (TP 45, FP 2, FN 2); technology P 0.897 R 0.823
            // F1 0.858 (TP 269, FP 31, FN 58), not in English F1 0.868. Those are the figures to quote for
            // generalisation. Since issue 15's fourteenth round both are development material, tuned on; that round
            // printed the fourteenth: institutions F1 0.976 (TP 203, FP 3, FN 7), programmes F1 1.000 (TP 47),
            // technology F1 0.871 (TP 236, FP 24, FN 46); the fifteenth: institutions F1 0.982 (TP 277, FP 3, FN 7),
            // programmes F1 0.968 (TP 45, FP 1, FN 2), technology F1 0.872 (TP 270, FP 22, FN 57). The thresholds
            // keep about two errors of slack below those, against regressions only.
            new GuardedSet(
                    LabelledCases.FOURTEENTH_UNSEEN,
                    "Fourteenth unseen set, evaluated blind once, a development set since issue 15's fourteenth round",
                    0.96,
                    0.97,
                    0.86),
            new GuardedSet(
                    LabelledCases.FIFTEENTH_UNSEEN,
                    "Fifteenth unseen set, evaluated blind once, a development set since issue 15's fourteenth round",
                    0.97,
                    0.94,
                    0.86),
            // The sixteenth and seventeenth unseen sets (evaluation/unseen-2026-12-02p/ and -02q/, written during issue
            // 15's fourteenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation, after
            // that round (2026-12-02 20:22–20:23 UTC, at c12292b with -Devaluation.cases), the sixteenth: institutions
            // P 0.983 R 0.931 F1 0.956 (TP 229, FP 4, FN 17); programmes P 0.983 R 0.950 F1 0.966 (TP 57, FP 1, FN 3);
            // technology P 0.923 R 0.872 F1 0.897 (TP 301, FP 25, FN 44), not in English F1 0.905; the seventeenth:
            // institutions P 0.982 R 0.937 F1 0.959 (TP 268, FP 5, FN 18); programmes P 0.984 R 0.939 F1 0.961 (TP
            // 62, FP 1, FN 4); technology P 0.881 R 0.876 F1 0.879 (TP 311, FP 42, FN 44), not in English F1 0.893.
            // Those are the figures to quote for generalisation. Since issue 15's fifteenth round both are development
            // material, tuned on (programme cases scored since then with a sub-programme of the expected programme
            // counted right, which moved one of the seventeenth's); that round printed the sixteenth: institutions F1
            // 0.971 (TP 234, FP 2, FN 12), programmes F1 0.992 (TP 59, FN 1), technology F1 0.902 (TP 304, FP 25, FN
            // 41); the seventeenth: institutions F1 0.973 (TP 274, FP 3, FN 12), programmes F1 1.000 (TP 66),
            // technology F1 0.883 (TP 314, FP 42, FN 41). The thresholds keep about two errors of slack below those.
            new GuardedSet(
                    LabelledCases.SIXTEENTH_UNSEEN,
                    "Sixteenth unseen set, evaluated blind once, a development set since issue 15's fifteenth round",
                    0.96,
                    0.97,
                    0.89),
            new GuardedSet(
                    LabelledCases.SEVENTEENTH_UNSEEN,
                    "Seventeenth unseen set, evaluated blind once, a development set since issue 15's fifteenth round",
                    0.96,
                    0.98,
                    0.87),
            // The eighteenth and nineteenth unseen sets (evaluation/unseen-2026-12-02r/ and -02s/, written during issue
            // 15's fifteenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation, after
            // that round (2026-12-02 20:51 UTC, at 08367d4 with -Devaluation.cases), the eighteenth: institutions P
            // 0.993 R 0.961 F1 0.977 (TP 299, FP 2, FN 12); programmes P 0.987 R 0.961 F1 0.974 (TP 74, FP 1, FN 3);
            // technology P 0.880 R 0.840 F1 0.860 (TP 300, FP 41, FN 57), not in English F1 0.859; the nineteenth:
            // institutions P 0.985 R 0.952 F1 0.969 (TP 401, FP 6, FN 20); programmes P 0.972 R 0.986 F1 0.979 (TP 70,
            // FP 2, FN 1); technology P 0.837 R 0.855 F1 0.846 (TP 278, FP 54, FN 47), not in English F1 0.834.
            // Those are the figures to quote for generalisation. Since issue 15's sixteenth round both are development
            // material, tuned on; that round printed the eighteenth: institutions F1 0.977 (TP 299, FP 2, FN 12),
            // programmes F1 0.980 (TP 75, FP 1, FN 2), technology F1 0.871 (TP 300, FP 32, FN 57); the nineteenth:
            // institutions F1 0.978 (TP 407, FP 4, FN 14), programmes F1 0.993 (TP 70, FN 1), technology F1 0.855 (TP
            // 278, FP 47, FN 47). The thresholds keep about two errors of slack below those.
            new GuardedSet(
                    LabelledCases.EIGHTEENTH_UNSEEN,
                    "Eighteenth unseen set, evaluated blind once, a development set since issue 15's sixteenth round",
                    0.97,
                    0.96,
                    0.86),
            new GuardedSet(
                    LabelledCases.NINETEENTH_UNSEEN,
                    "Nineteenth unseen set, evaluated blind once, a development set since issue 15's sixteenth round",
                    0.97,
                    0.97,
                    0.84),
            // The twentieth and twenty-first unseen sets (evaluation/unseen-2026-12-02t/ and -02u/, written during
            // issue
            // 15's sixteenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation, after
            // that round (2026-12-02 21:10–21:11 UTC, at fd8115e with -Devaluation.cases), the twentieth: institutions
            // P 0.992 R 0.976 F1 0.984 (TP 241, FP 2, FN 6); programmes P 0.987 R 0.987 F1 0.987 (TP 75, FP 1, FN 1,
            // of the TP 6 a sub-programme of the expected programme); technology P 0.869 R 0.830 F1 0.849 (TP 332, FP
            // 50, FN 68), not in English F1 0.859; the twenty-first: institutions P 0.996 R 0.988 F1 0.992 (TP 242, FP
            // 1, FN 3); programmes P 1.000 R 0.975 F1 0.987 (TP 78, FN 2, of the TP 2 a sub-programme); technology P
            // 0.865 R 0.865 F1 0.865 (TP 295, FP 46, FN 46), not in English F1 0.868. Those are the figures to quote
            // for generalisation. The thresholds keep about two errors of slack below them, against regressions only.
            new GuardedSet(
                    LabelledCases.TWENTIETH_UNSEEN, "Twentieth unseen set, evaluated blind once", 0.97, 0.97, 0.84),
            new GuardedSet(
                    LabelledCases.TWENTY_FIRST_UNSEEN,
                    "Twenty-first unseen set, evaluated blind once",
                    0.98,
                    0.97,
                    0.85),
            // The twenty-second and twenty-third unseen sets (evaluation/unseen-2026-12-02v/ and -02w/, written after
            // issue 15's sixteenth round, with no round tuned beside them; earlier sets' inputs dropped unread) printed
            // on their one blind evaluation (2026-12-02 21:39 UTC, at 05db392 with -Devaluation.cases), the
            // twenty-second: institutions P 0.981 R 0.937 F1 0.958 (TP 207, FP 4, FN 14); programmes P 0.975 R 1.000
            // F1 0.988 (TP 79, FP 2); technology P 0.930 R 0.867 F1 0.897 (TP 280, FP 21, FN 43), not in English F1
            // 0.890; the twenty-third: institutions P 0.966 R 0.943 F1 0.955 (TP 200, FP 7, FN 12); programmes P 1.000
            // R 0.973 F1 0.986 (TP 71, FN 2); technology P 0.924 R 0.854 F1 0.888 (TP 316, FP 26, FN 54), not in
            // English F1 0.880. Those are the figures to quote for generalisation. Since issue 15's seventeenth round
            // both are development material, tuned on; after it (and the V23 institution merges) the twenty-second
            // printed institutions F1 0.961, programmes 1.000, technology 0.910, the twenty-third 0.988, 0.993 and
            // 0.898. The thresholds keep about two errors of slack below those.
            new GuardedSet(
                    LabelledCases.TWENTY_SECOND_UNSEEN,
                    "Twenty-second unseen set, evaluated blind once, a development set since issue 15's seventeenth round",
                    0.95,
                    0.98,
                    0.90),
            new GuardedSet(
                    LabelledCases.TWENTY_THIRD_UNSEEN,
                    "Twenty-third unseen set, evaluated blind once, a development set since issue 15's seventeenth round",
                    0.97,
                    0.98,
                    0.89),
            // The twenty-fourth and twenty-fifth unseen sets (evaluation/unseen-2026-12-03x/ and -03y/, written during
            // issue 15's seventeenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation,
            // after that round and the V23 merges (2026-12-03 05:15–05:16 UTC, at 753b9b7 with -Devaluation.cases),
            // the twenty-fourth: institutions P 0.959 R 0.819 F1 0.883 (TP 163, FP 7, FN 36); programmes P 0.986 R
            // 0.933 F1 0.959 (TP 70, FP 1, FN 5); technology P 0.920 R 0.707 F1 0.799 (TP 287, FP 25, FN 119), not in
            // English F1 0.806; the twenty-fifth: institutions P 0.962 R 0.940 F1 0.951 (TP 126, FP 5, FN 8);
            // programmes P 0.959 R 1.000 F1 0.979 (TP 71, FP 3); technology P 0.893 R 0.771 F1 0.827 (TP 316, FP 38,
            // FN 94), not in English F1 0.832. Those are the figures to quote for generalisation. Since issue 15's
            // eighteenth round both are development material, tuned on; after the nineteenth round the twenty-fourth
            // printed institutions F1 0.964, programmes 0.993, technology 0.854, the twenty-fifth 0.981, 1.000 and
            // 0.864. The thresholds keep about two errors of slack below those.
            new GuardedSet(
                    LabelledCases.TWENTY_FOURTH_UNSEEN,
                    "Twenty-fourth unseen set, evaluated blind once, a development set since issue 15's eighteenth round",
                    0.95,
                    0.98,
                    0.84),
            new GuardedSet(
                    LabelledCases.TWENTY_FIFTH_UNSEEN,
                    "Twenty-fifth unseen set, evaluated blind once, a development set since issue 15's eighteenth round",
                    0.97,
                    0.98,
                    0.85),
            // The twenty-sixth and twenty-seventh unseen sets (evaluation/unseen-2026-12-03z/ and -03za/, written
            // during
            // issue 15's eighteenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation,
            // after that round (2026-12-03 05:52 UTC, at b9f5760 with -Devaluation.cases), the twenty-sixth:
            // institutions P 0.971 R 0.930 F1 0.950 (TP 133, FP 4, FN 10); programmes P 0.985 R 1.000 F1 0.992 (TP 65,
            // FP 1); technology P 0.856 R 0.670 F1 0.752 (TP 297, FP 50, FN 146), not in English F1 0.744; the
            // twenty-seventh: institutions P 0.968 R 0.927 F1 0.947 (TP 152, FP 5, FN 12); programmes P 0.957 R 0.971
            // F1 0.964 (TP 67, FP 3, FN 2); technology P 0.905 R 0.693 F1 0.785 (TP 276, FP 29, FN 122), not in
            // English F1 0.821. Those are the figures to quote for generalisation. Since issue 15's nineteenth round
            // both are development material, tuned on; after it the twenty-sixth printed institutions F1 0.975,
            // programmes 1.000, technology 0.794, the twenty-seventh 0.982, 0.978 and 0.827. The thresholds keep about
            // two errors of slack below those.
            new GuardedSet(
                    LabelledCases.TWENTY_SIXTH_UNSEEN,
                    "Twenty-sixth unseen set, evaluated blind once, a development set since issue 15's nineteenth round",
                    0.96,
                    0.98,
                    0.78),
            new GuardedSet(
                    LabelledCases.TWENTY_SEVENTH_UNSEEN,
                    "Twenty-seventh unseen set, evaluated blind once, a development set since issue 15's nineteenth round",
                    0.97,
                    0.96,
                    0.81),
            // The twenty-eighth and twenty-ninth unseen sets (evaluation/unseen-2026-12-03zb/ and -03zc/, written
            // during
            // issue 15's nineteenth round; earlier sets' inputs dropped unread) printed on their one blind evaluation,
            // after that round (2026-12-03 06:23–06:24 UTC, at 5fa7799 with -Devaluation.cases), the twenty-eighth:
            // institutions P 0.981 R 0.945 F1 0.963 (TP 154, FP 3, FN 9); programmes P 0.985 R 0.985 F1 0.985 (TP 65,
            // FP 1, FN 1); technology P 0.853 R 0.693 F1 0.765 (TP 296, FP 51, FN 131), not in English F1 0.785; the
            // twenty-ninth: institutions P 0.972 R 0.926 F1 0.948 (TP 174, FP 5, FN 14); programmes P 0.987 R 0.961
            // F1 0.974 (TP 74, FP 1, FN 3); technology P 0.854 R 0.625 F1 0.722 (TP 292, FP 50, FN 175), not in
            // English F1 0.731. Those are the figures to quote for generalisation. In issue 15's twentieth round their
            // institution and programme errors were tuned on, their technology errors not (helpers never read them):
            // after that round the twenty-eighth printed institutions F1 0.997, programmes 0.985, technology 0.800
            // (untuned), the twenty-ninth 0.970, 0.994 and 0.750 (untuned). Since the twenty-first round both are
            // development material; the thresholds keep about two errors of slack, against regressions only.
            new GuardedSet(
                    LabelledCases.TWENTY_EIGHTH_UNSEEN,
                    "Twenty-eighth unseen set, evaluated blind once, a development set since issue 15's twentieth round",
                    0.98,
                    0.97,
                    0.78),
            new GuardedSet(
                    LabelledCases.TWENTY_NINTH_UNSEEN,
                    "Twenty-ninth unseen set, evaluated blind once, a development set since issue 15's twentieth round",
                    0.95,
                    0.97,
                    0.73),
            // The thirtieth to thirty-third unseen sets (evaluation/unseen-2026-12-03zd/ … -03zg/, written during issue
            // 15's twentieth round in four new styles; earlier sets' inputs dropped unread) were evaluated twice with
            // -Devaluation.cases, figures only, their errors unread until after the second: before that round
            // (2026-12-03
            // 07:29–07:40 UTC, at 1d8af98) and after it (08:30 UTC, at bc5b7c7). Technology F1 before → after: the
            // thirtieth 0.803 → 0.844 (not in English 0.835 → 0.867), the thirty-first 0.842 → 0.864 (0.830 → 0.858),
            // the thirty-second 0.831 → 0.866 (0.838 → 0.872), the thirty-third 0.810 → 0.832 (0.836 → 0.861);
            // institutions P / R after: 0.981 / 0.951, 0.987 / 0.882, 0.994 / 0.994, 0.977 / 0.921; programmes P / R
            // after: 0.986 / 0.972, 0.974 / 1.000, 0.972 / 0.972, 1.000 / 0.973. Those are the figures to quote for
            // generalisation. Since the twenty-first round they are development material; the thresholds keep about
            // two errors of slack below the figures after the twentieth round, against regressions only.
            new GuardedSet(
                    LabelledCases.THIRTIETH_UNSEEN,
                    "Thirtieth unseen set, evaluated blind before and after issue 15's twentieth round",
                    0.95,
                    0.96,
                    0.83),
            new GuardedSet(
                    LabelledCases.THIRTY_FIRST_UNSEEN,
                    "Thirty-first unseen set, evaluated blind before and after issue 15's twentieth round",
                    0.92,
                    0.97,
                    0.85),
            new GuardedSet(
                    LabelledCases.THIRTY_SECOND_UNSEEN,
                    "Thirty-second unseen set, evaluated blind before and after issue 15's twentieth round",
                    0.98,
                    0.95,
                    0.85),
            new GuardedSet(
                    LabelledCases.THIRTY_THIRD_UNSEEN,
                    "Thirty-third unseen set, evaluated blind before and after issue 15's twentieth round",
                    0.93,
                    0.97,
                    0.82),
            // The thirty-fourth and thirty-fifth unseen sets (evaluation/unseen-2026-12-03zh/ and -03zi/, written
            // during
            // issue 15's twentieth round, news and official announcements, and noisy and mixed input; earlier sets'
            // inputs dropped unread) were evaluated after that round (2026-12-03 08:31 UTC, at bc5b7c7) and again after
            // the twenty-first (09:03 UTC, at 2ccd5dc), figures only, errors unread until then. The thirty-fourth:
            // institutions P 0.974 R 0.903 (TP 299, FP 8, FN 32) both times; programmes P 0.944 R 0.907 (TP 68, FP 4,
            // FN 7) both times; technology F1 0.852 → 0.855 (not in English 0.851 → 0.852). The thirty-fifth:
            // institutions P 0.970 R 0.920 (TP 162, FP 5, FN 14) both times; programmes P 0.974 R 0.949 (TP 75, FP 2,
            // FN 4) both times; technology F1 0.858 → 0.862 (not in English 0.872 → 0.877). Those are the figures to
            // quote for generalisation; the thresholds keep about two errors of slack, against regressions only.
            new GuardedSet(
                    LabelledCases.THIRTY_FOURTH_UNSEEN,
                    "Thirty-fourth unseen set, evaluated blind after issue 15's twentieth and twenty-first rounds",
                    0.92,
                    0.91,
                    0.84),
            new GuardedSet(
                    LabelledCases.THIRTY_FIFTH_UNSEEN,
                    "Thirty-fifth unseen set, evaluated blind after issue 15's twentieth and twenty-first rounds",
                    0.93,
                    0.95,
                    0.85),
            // The thirty-sixth and thirty-seventh unseen sets (evaluation/unseen-2026-12-03zj/ and -03zk/, written
            // during
            // issue 15's twenty-first round, compliance-office intake and screening databases; earlier sets' inputs
            // dropped unread) were evaluated after that round (2026-12-03 09:17–09:18 UTC, at 1688d93) and again after
            // the listed entities' names in the partners' languages were added (09:25 UTC, at a631388), figures only,
            // errors unread until then. The thirty-sixth: institutions P 0.994 R 0.939 → 0.945 (TP 154 → 155, FP 1, FN
            // 10 → 9); programmes P 0.959 R 1.000 (TP 70, FP 3) both times; technology P 0.912 R 0.798 F1 0.851 (TP
            // 312,
            // FP 30, FN 79), not in English 0.865, both times. The thirty-seventh, both times: institutions P 0.989 R
            // 0.978 (TP 271, FP 3, FN 6); programmes P 0.987 R 0.974 (TP 74, FP 1, FN 2); technology P 0.879 R 0.791 F1
            // 0.833 (TP 284, FP 39, FN 75), not in English 0.840. Those are the figures to quote for generalisation;
            // the thresholds keep about two errors of slack, against regressions only.
            new GuardedSet(
                    LabelledCases.THIRTY_SIXTH_UNSEEN,
                    "Thirty-sixth unseen set, evaluated blind after issue 15's twenty-first round",
                    0.95,
                    0.96,
                    0.84),
            new GuardedSet(
                    LabelledCases.THIRTY_SEVENTH_UNSEEN,
                    "Thirty-seventh unseen set, evaluated blind after issue 15's twenty-first round",
                    0.97,
                    0.96,
                    0.82),
            // The thirty-eighth to forty-first unseen sets (evaluation/unseen-2026-12-03zl/ to -03zo/: scholarly
            // metadata, official and trade paperwork, grant-portal form fields, the lists' lesser-known entities;
            // earlier sets' inputs dropped unread) were evaluated before issue 15's twenty-second round (2026-12-03
            // 11:18-11:32 UTC, at 2c33728) and after it (12:28 UTC, at 2a1cd34), figures only, errors unread until
            // then. Institutions P / R, before -> after: 0.967 / 0.959 -> 0.975 / 0.967; 0.980 / 0.967 -> 0.987 /
            // 0.987; 0.968 / 0.890 -> 0.982 / 0.936; 0.939 / 0.815 -> 0.939 / 0.826. Programmes F1 0.978, 0.965 ->
            // 0.979, 1.000, 0.992 (only the thirty-ninth moved). Technology F1 0.867; 0.817 -> 0.830; 0.899 -> 0.901;
            // 0.870 -> 0.872. The figures after are the gates' reference; the thresholds keep about two errors of
            // slack.
            new GuardedSet(
                    LabelledCases.THIRTY_EIGHTH_UNSEEN,
                    "Thirty-eighth unseen set, evaluated blind before and after issue 15's twenty-second round",
                    0.96,
                    0.96,
                    0.85),
            new GuardedSet(
                    LabelledCases.THIRTY_NINTH_UNSEEN,
                    "Thirty-ninth unseen set, evaluated blind before and after issue 15's twenty-second round",
                    0.97,
                    0.96,
                    0.82),
            new GuardedSet(
                    LabelledCases.FORTIETH_UNSEEN,
                    "Fortieth unseen set, evaluated blind before and after issue 15's twenty-second round",
                    0.94,
                    0.98,
                    0.89),
            new GuardedSet(
                    LabelledCases.FORTY_FIRST_UNSEEN,
                    "Forty-first unseen set, evaluated blind before and after issue 15's twenty-second round",
                    0.87,
                    0.98,
                    0.86),
            // The forty-second and forty-third unseen sets (evaluation/unseen-2026-12-03zp/ and -03zq/: the lists'
            // lesser-known entities as their own documents write them; due diligence and supply-chain records; earlier
            // sets' inputs dropped unread) were evaluated before issue 15's twenty-third round (2026-12-03 12:36-12:37
            // UTC, at 74b596f) and after it (12:58 UTC, at 7fbd93a), figures only, errors unread until then.
            // Institutions P / R, before -> after: 0.948 / 0.831 -> 0.964 / 0.881; 0.956 / 0.892 -> 0.970 / 0.930.
            // Programmes (P 0.971 R 0.985; P 0.961 R 0.987) and technology (F1 0.853, not in English 0.875; F1 0.836,
            // 0.855) unchanged. The figures after are the gates' reference; the thresholds keep about two errors of
            // slack.
            new GuardedSet(
                    LabelledCases.FORTY_SECOND_UNSEEN,
                    "Forty-second unseen set, evaluated blind before and after issue 15's twenty-third round",
                    0.91,
                    0.96,
                    0.84),
            new GuardedSet(
                    LabelledCases.FORTY_THIRD_UNSEEN,
                    "Forty-third unseen set, evaluated blind before and after issue 15's twenty-third round",
                    0.94,
                    0.96,
                    0.82),
            // The forty-fourth to forty-seventh unseen sets (evaluation/unseen-2026-12-03zr/ … -03zu/: patent and
            // standards paperwork; news in the partners' languages; researchers' CVs and profiles; export-control
            // tickets; earlier sets' inputs dropped unread) were evaluated before issue 15's twenty-fourth round
            // (2026-12-03 14:05-14:14 UTC, at f5fd694) and after it (14:59 UTC, at 46b6bca), figures only, errors
            // unread
            // until then. Institutions P / R, before -> after: 0.988 / 0.910 -> 0.988 / 0.933; 0.993 / 0.530 -> 0.985 /
            // 0.735; 0.988 / 0.971 unchanged; 0.977 / 0.931 -> 0.974 / 0.942. Technology F1 0.873 -> 0.876, 0.871 ->
            // 0.884, 0.844 -> 0.857, 0.879 -> 0.890; programmes unchanged. The figures after are the gates' reference;
            // the thresholds keep about two errors of slack.
            new GuardedSet(
                    LabelledCases.FORTY_FOURTH_UNSEEN,
                    "Forty-fourth unseen set, evaluated blind before and after issue 15's twenty-fourth round",
                    0.95,
                    0.98,
                    0.86),
            new GuardedSet(
                    LabelledCases.FORTY_FIFTH_UNSEEN,
                    "Forty-fifth unseen set, evaluated blind before and after issue 15's twenty-fourth round",
                    0.83,
                    0.95,
                    0.87),
            new GuardedSet(
                    LabelledCases.FORTY_SIXTH_UNSEEN,
                    "Forty-sixth unseen set, evaluated blind before and after issue 15's twenty-fourth round",
                    0.97,
                    0.97,
                    0.84),
            new GuardedSet(
                    LabelledCases.FORTY_SEVENTH_UNSEEN,
                    "Forty-seventh unseen set, evaluated blind before and after issue 15's twenty-fourth round",
                    0.95,
                    0.98,
                    0.88),
            // The forty-eighth and forty-ninth unseen sets (evaluation/unseen-2026-12-03zv/ and -03zw/: journal and
            // thesis metadata in the partners' languages; grant-portal free text; earlier sets' inputs dropped unread)
            // were evaluated before issue 15's twenty-fifth round (2026-12-03 15:25-15:27 UTC, at 3ae2aeb) and after it
            // (15:34 UTC, at 53098d4), figures only, errors unread until then. Institutions P / R, before -> after:
            // 0.992 / 0.969 -> 0.992 / 0.973; 0.993 / 0.887 unchanged. Programmes (P 0.988 R 1.000; 1.000 / 1.000) and
            // technology (F1 0.868, not in English 0.884; 0.845, 0.841) unchanged. The figures after are the gates'
            // reference; the thresholds keep about two errors of slack.
            new GuardedSet(
                    LabelledCases.FORTY_EIGHTH_UNSEEN,
                    "Forty-eighth unseen set, evaluated blind before and after issue 15's twenty-fifth round",
                    0.97,
                    0.98,
                    0.86),
            new GuardedSet(
                    LabelledCases.FORTY_NINTH_UNSEEN,
                    "Forty-ninth unseen set, evaluated blind before and after issue 15's twenty-fifth round",
                    0.93,
                    0.98,
                    0.83),
            // The fiftieth to fifty-third unseen sets (evaluation/unseen-2026-12-03zx/, -03zy/, -03zz/, -03zza/:
            // conference proceedings, a compliance office's e-mails, press releases in the partners' languages,
            // procurement records; earlier sets' inputs dropped unread) were evaluated before issue 15's twenty-sixth
            // round (2026-12-03 16:52-17:06 UTC, at 705b47f's matching code) and after it (17:47-17:51 UTC, at
            // fbe1081), figures only, errors unread until then. Institutions P / R, before -> after: 0.987 / 0.955 ->
            // 0.987 / 0.968; 0.991 /
            // 0.909 -> 0.996 / 0.921; 0.955 / 0.873 -> 0.953 / 0.907; 0.979 / 0.940 -> 0.986 / 0.953. Programmes
            // unchanged (F1 0.987, 0.963, 0.981, 1.000); technology F1 0.879 -> 0.880, 0.831 -> 0.832, 0.884 -> 0.886,
            // 0.832 -> 0.833. The figures after are the gates' reference; the thresholds keep about two errors of
            // slack.
            new GuardedSet(
                    LabelledCases.FIFTIETH_UNSEEN,
                    "Fiftieth unseen set, evaluated blind before and after issue 15's twenty-sixth round",
                    0.96,
                    0.97,
                    0.87),
            new GuardedSet(
                    LabelledCases.FIFTY_FIRST_UNSEEN,
                    "Fifty-first unseen set, evaluated blind before and after issue 15's twenty-sixth round",
                    0.94,
                    0.94,
                    0.82),
            new GuardedSet(
                    LabelledCases.FIFTY_SECOND_UNSEEN,
                    "Fifty-second unseen set, evaluated blind before and after issue 15's twenty-sixth round",
                    0.92,
                    0.96,
                    0.87),
            new GuardedSet(
                    LabelledCases.FIFTY_THIRD_UNSEEN,
                    "Fifty-third unseen set, evaluated blind before and after issue 15's twenty-sixth round",
                    0.96,
                    0.98,
                    0.82),
            // The fifty-fourth and fifty-fifth unseen sets (evaluation/unseen-2026-12-03zzb/ and -03zzc/: partner
            // records
            // of research-information systems; visiting-scholar paperwork; earlier sets' inputs dropped unread) were
            // evaluated after issue 15's twenty-sixth round and before its twenty-seventh (2026-12-03 18:00-18:05 UTC,
            // at
            // de14f0d) and after that (18:16-18:19 UTC, at 235bab4), figures only, errors unread until then; nothing
            // moved. Institutions P / R 0.989 / 0.984 and 0.981 / 0.968; programmes F1 0.985 and 0.993; technology F1
            // 0.908 and 0.904. These figures are the gates' reference; the thresholds keep about two errors of slack.
            new GuardedSet(
                    LabelledCases.FIFTY_FOURTH_UNSEEN,
                    "Fifty-fourth unseen set, evaluated blind before and after issue 15's twenty-seventh round",
                    0.97,
                    0.96,
                    0.90),
            new GuardedSet(
                    LabelledCases.FIFTY_FIFTH_UNSEEN,
                    "Fifty-fifth unseen set, evaluated blind before and after issue 15's twenty-seventh round",
                    0.96,
                    0.97,
                    0.89));

    @Autowired
    private RulebookSnapshots snapshots;

    @Test
    void heldOutFiguresStayAboveTheDocumentedThresholds() throws IOException {
        RulebookSnapshot seeded = snapshots.current();
        LabelledCases development = LabelledCases.development();
        LabelledCases heldOut = LabelledCases.heldOut();
        MatcherFigures tuning = MatcherFigures.of(seeded, development);
        MatcherFigures gate = MatcherFigures.of(seeded, heldOut);

        Map<GuardedSet, MatcherFigures> guarded = new LinkedHashMap<>();
        Map<GuardedSet, Integer> sizes = new LinkedHashMap<>();
        for (GuardedSet set : GUARDED) {
            LabelledCases cases = LabelledCases.kept(set.folder());
            guarded.put(set, MatcherFigures.of(seeded, cases));
            sizes.put(set, cases.size());
        }

        List<String> report = new ArrayList<>();
        report.addAll(tuning.summary("Development half (" + development.size() + " cases):"));
        report.addAll(gate.summary("Held-out half (" + heldOut.size() + " cases), gated:"));
        guarded.forEach((set, figures) -> report.addAll(
                figures.summary(set.title() + ", " + set.folder() + " (" + sizes.get(set) + " cases), gated:")));
        String folder = System.getProperty(LabelledCases.FOLDER_PROPERTY);
        MatcherFigures own = null;
        if (folder != null) {
            LabelledCases cases = LabelledCases.fromFolder(folder);
            own = MatcherFigures.of(seeded, cases);
            report.addAll(own.summary("Cases from " + folder + " (" + cases.size() + " cases), not gated:"));
        }
        report.add("");
        guarded.forEach((set, figures) -> report.addAll(figures.errors(set.folder())));
        report.addAll(tuning.errors("development half"));
        if (own != null) {
            report.addAll(own.errors(folder));
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "matching-evaluation.txt"), report);

        assertThat(heldOut.institutions()).isNotEmpty();
        assertThat(heldOut.programmes()).isNotEmpty();
        assertThat(heldOut.technology()).isNotEmpty();
        assertThat(heldOut.technology()).anyMatch(c -> !c.isEnglish());
        assertSoftly(softly -> {
            softly.assertThat(gate.institutions().precision())
                    .as("institution precision")
                    .isGreaterThanOrEqualTo(INSTITUTION_PRECISION);
            softly.assertThat(gate.institutions().recall())
                    .as("institution recall")
                    .isGreaterThanOrEqualTo(INSTITUTION_RECALL);
            softly.assertThat(gate.institutions().f1()).as("institution F1").isGreaterThanOrEqualTo(INSTITUTION_F1);
            softly.assertThat(gate.programmes().precision())
                    .as("programme precision")
                    .isGreaterThanOrEqualTo(PROGRAMME_PRECISION);
            softly.assertThat(gate.programmes().recall())
                    .as("programme recall")
                    .isGreaterThanOrEqualTo(PROGRAMME_RECALL);
            softly.assertThat(gate.programmes().f1()).as("programme F1").isGreaterThanOrEqualTo(PROGRAMME_F1);
            softly.assertThat(gate.technology().precision())
                    .as("technology micro precision")
                    .isGreaterThanOrEqualTo(TECHNOLOGY_PRECISION);
            softly.assertThat(gate.technology().recall())
                    .as("technology micro recall")
                    .isGreaterThanOrEqualTo(TECHNOLOGY_RECALL);
            softly.assertThat(gate.technology().f1()).as("technology micro F1").isGreaterThanOrEqualTo(TECHNOLOGY_F1);
            softly.assertThat(gate.nonEnglishTechnology().f1())
                    .as("technology micro F1, text not in English")
                    .isGreaterThanOrEqualTo(NON_ENGLISH_TECHNOLOGY_F1);
            guarded.forEach((set, figures) -> {
                softly.assertThat(figures.institutions().f1())
                        .as(set.folder() + ": institution F1")
                        .isGreaterThanOrEqualTo(set.institutionF1());
                softly.assertThat(figures.programmes().f1())
                        .as(set.folder() + ": programme F1")
                        .isGreaterThanOrEqualTo(set.programmeF1());
                softly.assertThat(figures.technology().f1())
                        .as(set.folder() + ": technology micro F1")
                        .isGreaterThanOrEqualTo(set.technologyF1());
            });
        });
    }
}

package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMemoTests {

    private final AtomicInteger analyses = new AtomicInteger();
    private final Function<String, List<String>> analysis = text -> {
        analyses.incrementAndGet();
        return List.of(text.toUpperCase(), String.valueOf(text.length()));
    };

    @Test
    void analysesAShortTextOnceWhileItIsKept() {
        TextMemo<List<String>> memo = new TextMemo<>(10, 20);

        List<String> first = memo.get("harbin", analysis);
        List<String> again = memo.get("harbin", analysis);

        assertThat(first).containsExactly("HARBIN", "6");
        assertThat(again).isSameAs(first);
        assertThat(analyses).hasValue(1);
    }

    @Test
    void analysesALongerTextEveryTime() {
        TextMemo<List<String>> memo = new TextMemo<>(10, 5);

        memo.get("harbin", analysis);
        List<String> again = memo.get("harbin", analysis);

        assertThat(again).containsExactly("HARBIN", "6");
        assertThat(analyses).hasValue(2);
    }

    @Test
    void startsAgainWhenFullAndStillAnswersEveryText() {
        TextMemo<List<String>> memo = new TextMemo<>(3, 20);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("name " + i);
        }

        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertThat(memo.get(text, analysis)).containsExactly(text.toUpperCase(), String.valueOf(text.length()));
            }
        }
        // ten texts cycling through three places are never found kept
        assertThat(analyses).hasValue(30);
        assertThat(memo.get("name 9", analysis)).containsExactly("NAME 9", "6");
        assertThat(analyses).hasValue(30);
    }
}

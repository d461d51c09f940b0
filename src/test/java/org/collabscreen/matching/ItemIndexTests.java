package org.collabscreen.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The control-list items' index: its precomputed word scores are Lucene's BM25 scores. */
class ItemIndexTests {

    private static final TechnologyLanguage ENGLISH = TechnologyLanguage.EN;

    @Test
    void scoresAnItemAsLuceneScoresADisjunctionOfTheWords() throws IOException {
        ItemIndex index = ItemIndex.of(ENGLISH);
        List<ControlListItem> items = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            items.add(index.item(i));
        }
        List<String> words = informativeWords(index, items.get(0), 3);
        assertThat(words).hasSize(3);

        BM25Similarity similarity = new BM25Similarity();
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(
                    directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity))) {
                for (ControlListItem item : items) {
                    Document document = new Document();
                    document.add(new TextField("text", ItemIndex.words(ENGLISH, item.description()), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                words.forEach(word -> query.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.SHOULD));
                ScoreDoc[] hits = searcher.search(query.build(), items.size()).scoreDocs;

                assertThat(hits).isNotEmpty();
                for (ScoreDoc hit : hits) {
                    assertThat(summed(index, words, hit.doc)).isCloseTo(hit.score, within(1e-4));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"EN, the", "ES, de", "ES, los", "DE, und", "FR, les"})
    void leavesOutStopWords(TechnologyLanguage language, String word) {
        String stem = language.tokens(word).stems()[0];

        assertThat(ItemIndex.of(language).impacts(stem)).isEmpty();
    }

    @Test
    void isBuiltOncePerProcess() {
        assertThat(ItemIndex.of(TechnologyLanguage.ES)).isSameAs(ItemIndex.of(TechnologyLanguage.ES));
        assertThat(ItemIndex.of(TechnologyLanguage.ZH).size()).isPositive();
    }

    private static List<String> informativeWords(ItemIndex index, ControlListItem item, int count) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String word : ItemIndex.words(ENGLISH, item.description()).split(" ")) {
            if (!word.isBlank() && index.impacts(word).length > 0 && words.size() < count) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    private static double summed(ItemIndex index, List<String> words, int item) {
        return words.stream()
                .flatMap(word -> Arrays.stream(index.impacts(word)))
                .filter(impact -> impact.item() == item)
                .mapToDouble(ItemIndex.Impact::score)
                .sum();
    }
}

package org.collabscreen.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The control-list items of one language ({@link ControlListItems}) in a Lucene index scored by BM25 (k1 1.2, b 0.75),
 * built once per process. Each word's BM25 score in each item is read from Lucene once, when the index is built, so a
 * text is scored by looking up its own few words: the sum of its distinct words' scores in an item is the score Lucene
 * gives that item for a disjunction of those words. Items are analysed by the language's own chain, as texts are; stop
 * words and words found in so many items that they tell little (inverse document frequency below {@link #MIN_IDF}) are
 * left out.
 */
final class ItemIndex {

    /** The BM25 score of one word in one item. */
    record Impact(int item, float score) {}

    /** An inverse document frequency below this is a word most items share ("system", "technology"). */
    static final double MIN_IDF = 2.0;

    /**
     * A word defines a category when at least this share of the items holding it, and at least {@link
     * #DEFINING_ITEMS} of them, are that category's ("autonomous" in the robotics items, "gyros" in navigation).
     */
    static final double DEFINING_SHARE = 0.6;

    static final int DEFINING_ITEMS = 2;

    private static final String TEXT = "text";
    private static final String ITEM = "item";
    private static final Impact[] NONE = new Impact[0];
    private static final Map<TechnologyLanguage, ItemIndex> BY_LANGUAGE = build();

    private final List<ControlListItem> items;
    private final Map<String, Impact[]> impacts;
    private final Map<String, String> definedCategory;

    private ItemIndex(List<ControlListItem> items, Map<String, Impact[]> impacts) {
        this.items = List.copyOf(items);
        this.impacts = Map.copyOf(impacts);
        this.definedCategory = definedCategories(this.items, this.impacts);
    }

    static ItemIndex of(TechnologyLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    ControlListItem item(int index) {
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    /** The BM25 score of a word (a stem of this language) in each item that has it; none for an uninformative word. */
    Impact[] impacts(String stem) {
        return impacts.getOrDefault(stem, NONE);
    }

    /** Whether the word (a stem of this language) defines the category: most items that hold it are the category's. */
    boolean defines(String stem, String code) {
        return code.equals(definedCategory.get(stem));
    }

    /** The words of this language's items, as indexed: informative stems only. */
    Set<String> words() {
        return impacts.keySet();
    }

    private static Map<String, String> definedCategories(List<ControlListItem> items, Map<String, Impact[]> impacts) {
        Map<String, String> defined = new HashMap<>();
        impacts.forEach((stem, found) -> {
            Map<String, Integer> itemsPerCategory = new HashMap<>();
            for (Impact impact : found) {
                itemsPerCategory.merge(items.get(impact.item()).code(), 1, Integer::sum);
            }
            itemsPerCategory.forEach((code, count) -> {
                if (count >= DEFINING_ITEMS && count >= DEFINING_SHARE * found.length) {
                    defined.put(stem, code);
                }
            });
        });
        return Map.copyOf(defined);
    }

    private static Map<TechnologyLanguage, ItemIndex> build() {
        Map<TechnologyLanguage, ItemIndex> indexes = new EnumMap<>(TechnologyLanguage.class);
        for (TechnologyLanguage language : TechnologyLanguage.values()) {
            List<ControlListItem> items = ControlListItems.all().stream()
                    .filter(item -> item.language() == language)
                    .toList();
            indexes.put(language, new ItemIndex(items, impacts(language, items)));
        }
        return indexes;
    }

    private static Map<String, Impact[]> impacts(TechnologyLanguage language, List<ControlListItem> items) {
        BM25Similarity similarity = new BM25Similarity();
        Set<String> stops = stopStems(language);
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < items.size(); i++) {
                    Document document = new Document();
                    document.add(new StoredField(ITEM, i));
                    document.add(
                            new TextField(TEXT, words(language, items.get(i).description(), stops), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return read(reader, similarity);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every informative word's BM25 score in every item that has it, as a {@link TermQuery} would score it: Lucene's
     * {@link BM25Similarity} scorer over the word's postings and the items' length norms.
     */
    private static Map<String, Impact[]> read(DirectoryReader reader, BM25Similarity similarity) throws IOException {
        Map<String, Impact[]> impacts = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        CollectionStatistics collection = searcher.collectionStatistics(TEXT);
        StoredFields stored = reader.storedFields();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(TEXT);
            NumericDocValues norms = leaf.reader().getNormValues(TEXT);
            if (terms == null || collection == null) {
                continue;
            }
            int[] itemOf = new int[leaf.reader().maxDoc()];
            for (int doc = 0; doc < itemOf.length; doc++) {
                itemOf[doc] = stored.document(leaf.docBase + doc)
                        .getField(ITEM)
                        .numericValue()
                        .intValue();
            }
            TermsEnum words = terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                if (idf(words.docFreq(), collection.docCount()) < MIN_IDF) {
                    continue;
                }
                Similarity.SimScorer scorer = similarity.scorer(
                        1f,
                        collection,
                        searcher.termStatistics(
                                new Term(TEXT, BytesRef.deepCopyOf(word)), words.docFreq(), words.totalTermFreq()));
                List<Impact> found = new ArrayList<>();
                PostingsEnum postings = words.postings(null, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                    found.add(new Impact(itemOf[doc], scorer.score(postings.freq(), norm)));
                }
                impacts.put(word.utf8ToString(), found.toArray(NONE));
            }
        }
        return impacts;
    }

    /** BM25's inverse document frequency, as Lucene's {@link BM25Similarity} computes it. */
    static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** An item's words as indexed: this language's stems, stop words and one-letter words left out. */
    static String words(TechnologyLanguage language, String text) {
        return words(language, text, stopStems(language));
    }

    private static String words(TechnologyLanguage language, String text, Set<String> stops) {
        StringBuilder words = new StringBuilder();
        for (String stem : language.tokens(text).stems()) {
            if (isIndexed(stem, stops)) {
                words.append(stem).append(' ');
            }
        }
        return words.toString();
    }

    private static boolean isIndexed(String stem, Set<String> stops) {
        return stem.codePointCount(0, stem.length()) > 1 && !stops.contains(stem);
    }

    private static Set<String> stopStems(TechnologyLanguage language) {
        Set<String> stems = new HashSet<>();
        CharArraySet stops = TextLanguages.stopWords(language);
        for (Object word : stops) {
            stems.addAll(List.of(language.tokens(new String((char[]) word)).stems()));
        }
        return stems;
    }
}

package org.collabscreen.matching.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labelled evaluation sets: tab-separated files, one case a line, {@code #} starts a comment line. The committed
 * cases were split once into a development half ({@code evaluation/development/}), for tuning, and a held-out half
 * ({@code evaluation/held-out/}), which gates the build; each half was stratified by kind of case (plain name,
 * affiliation, native script, negative; for technology, by first label), alternating in file order. A folder of
 * cases this project has never seen (same file names) can be read with {@link #fromFolder}.
 */
public record LabelledCases(
        List<InstitutionCase> institutions, List<ProgrammeCase> programmes, List<TechnologyCase> technology) {

    /** An institution name as a user would type it; {@code expected} is any name of the right entry, or empty. */
    record InstitutionCase(String input, String country, String expected) {}

    /** A programme name as declared; {@code expected} is any name of the right programme, or empty. */
    record ProgrammeCase(String input, String expected) {}

    /**
     * A one-sentence project description, the top-level category codes it should get (none: not sensitive) and its
     * language ({@code en} when the optional third column is empty).
     */
    record TechnologyCase(String text, Set<String> labels, String language) {

        boolean isEnglish() {
            return language.equals("en");
        }
    }

    /** The folder of the unseen set, named by the day it was written. */
    static final String UNSEEN = "unseen-2026-12-01";

    /** The folder of the second unseen set, written on the same day by a session that did not build the matchers. */
    static final String SECOND_UNSEEN = "unseen-2026-12-01b";

    /** The folder of the third unseen set, written like the second, after issue 15's fourth round. */
    static final String THIRD_UNSEEN = "unseen-2026-12-01c";

    /** The folder of the fourth unseen set, written like the second, after issue 15's fifth round. */
    static final String FOURTH_UNSEEN = "unseen-2026-12-02d";

    /**
     * The folder of the fifth unseen set, written like the second, after issue 15's sixth round; development material
     * since the seventh.
     */
    static final String FIFTH_UNSEEN = "unseen-2026-12-02e";

    /**
     * The folder of the sixth unseen set, written like the second, after issue 15's seventh round; development material
     * since the eighth.
     */
    static final String SIXTH_UNSEEN = "unseen-2026-12-02f";

    /**
     * The folder of the seventh unseen set, written like the second, after issue 15's eighth round; development
     * material since the ninth.
     */
    static final String SEVENTH_UNSEEN = "unseen-2026-12-02g";

    /**
     * The folder of the eighth unseen set, written like the second, after issue 15's ninth round; development material
     * since the tenth.
     */
    static final String EIGHTH_UNSEEN = "unseen-2026-12-02h";

    /**
     * The folder of the ninth unseen set, written like the second, after issue 15's tenth round; development material
     * since the eleventh.
     */
    static final String NINTH_UNSEEN = "unseen-2026-12-02i";

    /**
     * The folder of the tenth unseen set, written like the second, during issue 15's eleventh round; development
     * material since the twelfth.
     */
    static final String TENTH_UNSEEN = "unseen-2026-12-02j";

    /**
     * The folder of the eleventh unseen set, written like the second by another session during the same round, with
     * submissions' styles and the lists' less known entries; development material since the twelfth.
     */
    static final String ELEVENTH_UNSEEN = "unseen-2026-12-02k";

    /** The folder of the twelfth unseen set, written like the second, during issue 15's twelfth round. */
    static final String TWELFTH_UNSEEN = "unseen-2026-12-02l";

    /**
     * The folder of the thirteenth unseen set, written like the eleventh by another session during the same round, with
     * submissions' styles and the lists' less known entries.
     */
    static final String THIRTEENTH_UNSEEN = "unseen-2026-12-02m";

    /** The folder of the fourteenth unseen set, written like the second, during issue 15's thirteenth round. */
    static final String FOURTEENTH_UNSEEN = "unseen-2026-12-02n";

    /** The folder of the fifteenth unseen set, written like the eleventh, during issue 15's thirteenth round. */
    static final String FIFTEENTH_UNSEEN = "unseen-2026-12-02o";

    /** The folder of the sixteenth unseen set, written like the second, during issue 15's fourteenth round. */
    static final String SIXTEENTH_UNSEEN = "unseen-2026-12-02p";

    /** The folder of the seventeenth unseen set, written like the second, during issue 15's fourteenth round. */
    static final String SEVENTEENTH_UNSEEN = "unseen-2026-12-02q";

    /** The folder of the eighteenth unseen set, written like the second, during issue 15's fifteenth round. */
    static final String EIGHTEENTH_UNSEEN = "unseen-2026-12-02r";

    /** The folder of the nineteenth unseen set, written like the second, during issue 15's fifteenth round. */
    static final String NINETEENTH_UNSEEN = "unseen-2026-12-02s";

    /** The folder of the twentieth unseen set, written like the second, during issue 15's sixteenth round. */
    static final String TWENTIETH_UNSEEN = "unseen-2026-12-02t";

    /** The folder of the twenty-first unseen set, written like the second, during issue 15's sixteenth round. */
    static final String TWENTY_FIRST_UNSEEN = "unseen-2026-12-02u";

    /** The folder of the twenty-second unseen set, written like the second, after issue 15's sixteenth round. */
    static final String TWENTY_SECOND_UNSEEN = "unseen-2026-12-02v";

    /** The folder of the twenty-third unseen set, written like the second, after issue 15's sixteenth round. */
    static final String TWENTY_THIRD_UNSEEN = "unseen-2026-12-02w";

    /** The folder of the twenty-fourth unseen set, written like the second, during issue 15's seventeenth round. */
    static final String TWENTY_FOURTH_UNSEEN = "unseen-2026-12-03x";

    /** The folder of the twenty-fifth unseen set, written like the second, during issue 15's seventeenth round. */
    static final String TWENTY_FIFTH_UNSEEN = "unseen-2026-12-03y";

    /** The folder of the twenty-sixth unseen set, written like the second, during issue 15's eighteenth round. */
    static final String TWENTY_SIXTH_UNSEEN = "unseen-2026-12-03z";

    /** The folder of the twenty-seventh unseen set, written like the second, during issue 15's eighteenth round. */
    static final String TWENTY_SEVENTH_UNSEEN = "unseen-2026-12-03za";

    /** The folder of the twenty-eighth unseen set, written like the second, during issue 15's nineteenth round. */
    static final String TWENTY_EIGHTH_UNSEEN = "unseen-2026-12-03zb";

    /** The folder of the twenty-ninth unseen set, written like the second, during issue 15's nineteenth round. */
    static final String TWENTY_NINTH_UNSEEN = "unseen-2026-12-03zc";

    /** The folder of the thirtieth unseen set (partners' own texts), written during issue 15's twentieth round. */
    static final String THIRTIETH_UNSEEN = "unseen-2026-12-03zd";

    /** The folder of the thirty-first unseen set (patents and industry), written during issue 15's twentieth round. */
    static final String THIRTY_FIRST_UNSEEN = "unseen-2026-12-03ze";

    /** The folder of the thirty-second unseen set (funders' databases), written during issue 15's twentieth round. */
    static final String THIRTY_SECOND_UNSEEN = "unseen-2026-12-03zf";

    /** The folder of the thirty-third unseen set (people's own pages), written during issue 15's twentieth round. */
    static final String THIRTY_THIRD_UNSEEN = "unseen-2026-12-03zg";

    /** The folder of the thirty-fourth unseen set (news and announcements), written during issue 15's twentieth round. */
    static final String THIRTY_FOURTH_UNSEEN = "unseen-2026-12-03zh";

    /** The folder of the thirty-fifth unseen set (noisy and mixed input), written during issue 15's twentieth round. */
    static final String THIRTY_FIFTH_UNSEEN = "unseen-2026-12-03zi";

    /** The folder of the thirty-sixth unseen set (compliance-office intake), written during issue 15's twenty-first round. */
    static final String THIRTY_SIXTH_UNSEEN = "unseen-2026-12-03zj";

    /** The folder of the thirty-seventh unseen set (screening databases), written during issue 15's twenty-first round. */
    static final String THIRTY_SEVENTH_UNSEEN = "unseen-2026-12-03zk";

    /** The folder of the thirty-eighth unseen set (scholarly metadata), written before issue 15's twenty-second round. */
    static final String THIRTY_EIGHTH_UNSEEN = "unseen-2026-12-03zl";

    /** The folder of the thirty-ninth unseen set (official and trade paperwork), written before the twenty-second round. */
    static final String THIRTY_NINTH_UNSEEN = "unseen-2026-12-03zm";

    /** The folder of the fortieth unseen set (grant-portal form fields), written before the twenty-second round. */
    static final String FORTIETH_UNSEEN = "unseen-2026-12-03zn";

    /** The folder of the forty-first unseen set (the lists' lesser-known entities), written before the twenty-second round. */
    static final String FORTY_FIRST_UNSEEN = "unseen-2026-12-03zo";

    /** The folder of the forty-second unseen set (lesser-known entities' own documents), written before the twenty-third round. */
    static final String FORTY_SECOND_UNSEEN = "unseen-2026-12-03zp";

    /** The folder of the forty-third unseen set (due diligence and supply chains), written before the twenty-third round. */
    static final String FORTY_THIRD_UNSEEN = "unseen-2026-12-03zq";

    /** The folder of the forty-fourth unseen set (patent and standards paperwork), written before the twenty-fourth round. */
    static final String FORTY_FOURTH_UNSEEN = "unseen-2026-12-03zr";

    /** The folder of the forty-fifth unseen set (news in the partners' languages), written before the twenty-fourth round. */
    static final String FORTY_FIFTH_UNSEEN = "unseen-2026-12-03zs";

    /** The folder of the forty-sixth unseen set (researchers' CVs and profiles), written before the twenty-fourth round. */
    static final String FORTY_SIXTH_UNSEEN = "unseen-2026-12-03zt";

    /** The folder of the forty-seventh unseen set (export-control tickets), written before the twenty-fourth round. */
    static final String FORTY_SEVENTH_UNSEEN = "unseen-2026-12-03zu";

    /** The folder of the forty-eighth unseen set (journal and thesis metadata in the partners' languages), written before the twenty-fifth round. */
    static final String FORTY_EIGHTH_UNSEEN = "unseen-2026-12-03zv";

    /** The folder of the forty-ninth unseen set (grant-portal free text), written before the twenty-fifth round. */
    static final String FORTY_NINTH_UNSEEN = "unseen-2026-12-03zw";

    /** The folder of the fiftieth unseen set (conference proceedings and programme booklets), written before the twenty-sixth round. */
    static final String FIFTIETH_UNSEEN = "unseen-2026-12-03zx";

    /** The folder of the fifty-first unseen set (a compliance office's e-mail inbox), written before the twenty-sixth round. */
    static final String FIFTY_FIRST_UNSEEN = "unseen-2026-12-03zy";

    /** The folder of the fifty-second unseen set (press releases in the partners' languages), written before the twenty-sixth round. */
    static final String FIFTY_SECOND_UNSEEN = "unseen-2026-12-03zz";

    /** The folder of the fifty-third unseen set (procurement and supplier records), written before the twenty-sixth round. */
    static final String FIFTY_THIRD_UNSEEN = "unseen-2026-12-03zza";

    /** The folder of the fifty-fourth unseen set (partner records of research-information systems), written before the twenty-seventh round. */
    static final String FIFTY_FOURTH_UNSEEN = "unseen-2026-12-03zzb";

    /** The folder of the fifty-fifth unseen set (visiting-scholar paperwork), written before the twenty-seventh round. */
    static final String FIFTY_FIFTH_UNSEEN = "unseen-2026-12-03zzc";

    /** Every labelled set kept in the project, by its folder under {@code evaluation/}. */
    public static final List<String> FOLDERS = List.of(
            "development",
            "held-out",
            UNSEEN,
            SECOND_UNSEEN,
            THIRD_UNSEEN,
            FOURTH_UNSEEN,
            FIFTH_UNSEEN,
            SIXTH_UNSEEN,
            SEVENTH_UNSEEN,
            EIGHTH_UNSEEN,
            NINTH_UNSEEN,
            TENTH_UNSEEN,
            ELEVENTH_UNSEEN,
            TWELFTH_UNSEEN,
            THIRTEENTH_UNSEEN,
            FOURTEENTH_UNSEEN,
            FIFTEENTH_UNSEEN,
            SIXTEENTH_UNSEEN,
            SEVENTEENTH_UNSEEN,
            EIGHTEENTH_UNSEEN,
            NINETEENTH_UNSEEN,
            TWENTIETH_UNSEEN,
            TWENTY_FIRST_UNSEEN,
            TWENTY_SECOND_UNSEEN,
            TWENTY_THIRD_UNSEEN,
            TWENTY_FOURTH_UNSEEN,
            TWENTY_FIFTH_UNSEEN,
            TWENTY_SIXTH_UNSEEN,
            TWENTY_SEVENTH_UNSEEN,
            TWENTY_EIGHTH_UNSEEN,
            TWENTY_NINTH_UNSEEN,
            THIRTIETH_UNSEEN,
            THIRTY_FIRST_UNSEEN,
            THIRTY_SECOND_UNSEEN,
            THIRTY_THIRD_UNSEEN,
            THIRTY_FOURTH_UNSEEN,
            THIRTY_FIFTH_UNSEEN,
            THIRTY_SIXTH_UNSEEN,
            THIRTY_SEVENTH_UNSEEN,
            THIRTY_EIGHTH_UNSEEN,
            THIRTY_NINTH_UNSEEN,
            FORTIETH_UNSEEN,
            FORTY_FIRST_UNSEEN,
            FORTY_SECOND_UNSEEN,
            FORTY_THIRD_UNSEEN,
            FORTY_FOURTH_UNSEEN,
            FORTY_FIFTH_UNSEEN,
            FORTY_SIXTH_UNSEEN,
            FORTY_SEVENTH_UNSEEN,
            FORTY_EIGHTH_UNSEEN,
            FORTY_NINTH_UNSEEN,
            FIFTIETH_UNSEEN,
            FIFTY_FIRST_UNSEEN,
            FIFTY_SECOND_UNSEEN,
            FIFTY_THIRD_UNSEEN,
            FIFTY_FOURTH_UNSEEN,
            FIFTY_FIFTH_UNSEEN);

    /** The system property naming a folder of unseen cases. */
    static final String FOLDER_PROPERTY = "evaluation.cases";

    static LabelledCases development() {
        return load(null, "development/");
    }

    static LabelledCases heldOut() {
        return load(null, "held-out/");
    }

    /** One of the unseen sets kept in the project, by its folder under {@code evaluation/}. */
    static LabelledCases kept(String folder) {
        return load(null, folder + "/");
    }

    static LabelledCases fromFolder(String folder) {
        return load(folder, "");
    }

    int size() {
        return institutions.size() + programmes.size() + technology.size();
    }

    private static LabelledCases load(String folder, String half) {
        return new LabelledCases(
                rows(folder, half + "institutions.tsv", 3).stream()
                        .map(r -> new InstitutionCase(r[0], r[1].isEmpty() ? null : r[1], r[2]))
                        .toList(),
                rows(folder, half + "programmes.tsv", 2).stream()
                        .map(r -> new ProgrammeCase(r[0], r[1]))
                        .toList(),
                rows(folder, half + "technology.tsv", 3).stream()
                        .map(r -> new TechnologyCase(r[0], labels(r[1]), r[2].isEmpty() ? "en" : r[2]))
                        .toList());
    }

    private static Set<String> labels(String cell) {
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String[]> rows(String folder, String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(folder, file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < columns; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> lines(String folder, String file) {
        try {
            if (folder != null) {
                return Files.readAllLines(Path.of(folder, file), StandardCharsets.UTF_8);
            }
            try (var in = LabelledCases.class.getResourceAsStream("/evaluation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no evaluation file " + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

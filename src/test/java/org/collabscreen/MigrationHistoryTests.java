package org.collabscreen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.collabscreen.seed.SeedRulebook;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the schema history: versions 1..n without gaps or duplicates, and every landed migration (recorded in
 * src/test/resources/db/landed-migrations.csv) unchanged, with checksums computed the way Flyway computes them.
 */
class MigrationHistoryTests {

    private static final String FOLDER = "db/migration/";
    private static final String RECORD = "src/test/resources/db/landed-migrations.csv";
    private static final String SEED_RECORD = "src/test/resources/db/landed-seed-content.txt";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+_[a-z0-9_]+)");
    private static final String RULE = """

            The rule: never edit a landed migration; a schema or seed change is a new migration \
            V<max+1>__<module>_<what>, and its line is appended to %s (see CONTRIBUTING.md).""".formatted(RECORD);

    record Migration(int version, String description, Integer checksum, String source) {

        String recordLine() {
            return version + "," + description + "," + (checksum == null ? "" : checksum);
        }
    }

    @Test
    void versionsRunFromOneWithoutGapsOrDuplicates() throws IOException {
        List<Migration> migrations = migrations();
        Map<Integer, List<String>> byVersion = migrations.stream()
                .collect(Collectors.groupingBy(
                        Migration::version, TreeMap::new, Collectors.mapping(Migration::source, Collectors.toList())));
        List<String> problems = new ArrayList<>();
        byVersion.forEach((version, sources) -> {
            if (sources.size() > 1) {
                problems.add("version " + version + " is used more than once: " + sources);
            }
        });
        int expected = 1;
        for (int version : byVersion.keySet()) {
            if (version != expected) {
                problems.add("version " + expected + " is missing: the versions must run 1, 2, 3… without gaps"
                        + " (found V" + version + " after V" + (expected - 1) + ")");
                expected = version;
            }
            expected++;
        }
        assertThat(problems)
                .as("Schema history problems:%n  %s%n%s", String.join("\n  ", problems), RULE)
                .isEmpty();
    }

    @Test
    void landedMigrationsAreUnchangedAndEveryMigrationIsRecorded() throws IOException {
        Map<Integer, Migration> current =
                migrations().stream().collect(Collectors.toMap(Migration::version, m -> m, (a, b) -> a, TreeMap::new));
        Map<Integer, Migration> landed = landed();
        List<String> problems = new ArrayList<>();
        landed.forEach((version, recorded) -> {
            Migration now = current.get(version);
            if (now == null) {
                problems.add("landed migration V" + version + "__"
                        + recorded.description().replace(' ', '_') + " was removed or renamed");
            } else if (!now.description().equals(recorded.description())
                    || !Objects.equals(now.checksum(), recorded.checksum())) {
                problems.add("landed migration " + now.source() + " was edited: recorded [" + recorded.recordLine()
                        + "], now [" + now.recordLine() + "]");
            }
        });
        int maxLanded = landed.isEmpty() ? 0 : ((TreeMap<Integer, Migration>) landed).lastKey();
        current.values().stream()
                .filter(m -> !landed.containsKey(m.version()))
                .forEach(m -> problems.add(
                        m.version() < maxLanded
                                ? m.source() + " is older than the last landed migration V" + maxLanded
                                        + ": a new migration takes version " + (maxLanded + 1)
                                : m.source() + " is not in the record yet: append the line \"" + m.recordLine()
                                        + "\""));
        assertThat(problems)
                .as("Schema history problems:%n  %s%n%s", String.join("\n  ", problems), RULE)
                .isEmpty();
    }

    @Test
    void contentOfTheLandedSeedIsUnchanged() throws IOException {
        String recorded;
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream("/db/landed-seed-content.txt")) {
            assertThat(in).as(SEED_RECORD + " is missing").isNotNull();
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .findFirst()
                    .orElse("")
                    .strip();
        }
        int now = SeedRulebook.contentChecksum();
        assertThat(String.valueOf(now))
                .as("""
                The content V2__rulebook_seed writes has changed (recorded %s in %s, now %d): the seed CSVs or the \
                conversion code under org.collabscreen.seed were edited after V2 landed.%s""", recorded, SEED_RECORD, now, RULE)
                .isEqualTo(recorded);
    }

    /** The SQL migrations under db/migration and the Java migrations anywhere under org.collabscreen. */
    static List<Migration> migrations() throws IOException {
        List<Migration> migrations = new ArrayList<>();
        Location location = new Location("classpath:" + FOLDER);
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*")) {
            String filename = Objects.requireNonNull(file.getFilename());
            Matcher name = checkedName(filename.replaceFirst("\\.sql$", ""), filename);
            if (!filename.endsWith(".sql")) {
                throw new AssertionError(filename + " in " + FOLDER + " is not an SQL migration");
            }
            int checksum = ChecksumCalculator.calculate(new ClassPathResource(
                    location, FOLDER + filename, MigrationHistoryTests.class.getClassLoader(), StandardCharsets.UTF_8));
            migrations.add(new Migration(
                    Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), checksum, filename));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        for (BeanDefinition bean : scanner.findCandidateComponents("org.collabscreen")) {
            String className = Objects.requireNonNull(bean.getBeanClassName());
            JavaMigration migration = instantiate(className);
            checkedName(className.substring(className.lastIndexOf('.') + 1), className);
            migrations.add(new Migration(
                    Integer.parseInt(migration.getVersion().getVersion()),
                    migration.getDescription(),
                    migration.getChecksum(),
                    className));
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        return migrations;
    }

    private static Map<Integer, Migration> landed() throws IOException {
        Map<Integer, Migration> landed = new TreeMap<>();
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream("/db/landed-migrations.csv")) {
            assertThat(in).as(RECORD + " is missing").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("version,"))
                    .toList();
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                Migration migration = new Migration(
                        Integer.parseInt(cells[0].strip()),
                        cells[1].strip(),
                        cells[2].isBlank() ? null : Integer.valueOf(cells[2].strip()),
                        RECORD);
                assertThat(landed.put(migration.version(), migration))
                        .as("V%d is recorded twice in %s", migration.version(), RECORD)
                        .isNull();
            }
        }
        return landed;
    }

    private static Matcher checkedName(String name, String source) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new AssertionError(source + " is not named V<n>__<module>_<what> (lower case, digits, '_')");
        }
        return matcher;
    }

    private static JavaMigration instantiate(String className) {
        try {
            return (JavaMigration)
                    Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + className, e);
        }
    }
}

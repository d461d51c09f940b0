package org.collabscreen.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Flyway migration that seeds the rulebook's first revision from the public lists under rulebook-seed/. Its checksum
 * covers those files (cheap enough for every start's validation), so editing a list after it was applied fails
 * Flyway's validation instead of silently diverging: a new list edition belongs in a new migration or an import,
 * which makes a new rulebook revision. MigrationHistoryTests also guards the converted content, conversion code
 * included.
 */
@Component
public class V2__rulebook_seed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new SeedWriter(context.getConnection()).write(RulebookSeed.load());
    }

    @Override
    public Integer getChecksum() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:" + CsvTable.FOLDER + "*.csv");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            CRC32 crc = new CRC32();
            for (Resource file : files) {
                crc.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    crc.update(in.readAllBytes());
                }
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rulebook seed files", e);
        }
    }
}

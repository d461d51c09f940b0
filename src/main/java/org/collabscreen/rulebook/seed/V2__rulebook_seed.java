package org.collabscreen.rulebook.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Flyway migration that seeds the rulebook from the public lists under rulebook-seed/. */
@Component
public class V2__rulebook_seed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new SeedWriter(context.getConnection()).write(RulebookSeed.load());
    }
}

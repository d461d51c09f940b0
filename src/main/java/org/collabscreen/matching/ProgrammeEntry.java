package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

/**
 * A talent programme to resolve names to; {@code code} orders programmes of equal name and score.
 *
 * @param aliases other names, including native-script names and acronyms
 */
public record ProgrammeEntry(UUID id, String code, String name, List<String> aliases) {

    public ProgrammeEntry {
        aliases = List.copyOf(aliases);
    }
}

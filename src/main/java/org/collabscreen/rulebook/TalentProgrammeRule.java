package org.collabscreen.rulebook;

import java.util.List;
import java.util.UUID;

import org.collabscreen.matching.ProgrammeEntry;

/**
 * A foreign talent-recruitment programme.
 *
 * @param parentId the programme a sub-programme belongs to, or null
 * @param aliases  other names, including native-script names
 */
public record TalentProgrammeRule(
        UUID id, String code, String name, UUID parentId, String country, List<String> aliases, RuleSource source) {

    public TalentProgrammeRule {
        aliases = List.copyOf(aliases);
    }

    /** What the matchers need of this programme to resolve names to it. */
    public ProgrammeEntry toEntry() {
        return new ProgrammeEntry(id, code, name, aliases);
    }
}

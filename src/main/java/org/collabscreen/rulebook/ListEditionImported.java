package org.collabscreen.rulebook;

import java.util.List;
import java.util.UUID;

/** A list edition was imported as one revision; published in its transaction. The revision's diff has the rules. */
public record ListEditionImported(
        String list, int revision, String summary, List<UUID> added, List<UUID> changed, List<UUID> retired) {

    public ListEditionImported {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        retired = List.copyOf(retired);
    }
}

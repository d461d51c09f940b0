package org.collabscreen.database;

import java.nio.file.Path;

/** Another running CollabScreen uses the embedded database's folder; this start stops without touching it. */
class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path directory, String holderPid) {
        super("The embedded database folder " + directory + " is in use by another running CollabScreen"
                + (holderPid.isEmpty() ? "" : " (process " + holderPid + ")")
                + "; this start stops and leaves it alone. Stop the other one first, or give this one a folder of"
                + " its own with COLLABSCREEN_EMBEDDED_DATABASE_DIRECTORY.");
    }
}

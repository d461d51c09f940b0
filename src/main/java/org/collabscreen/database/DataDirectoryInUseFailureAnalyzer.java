package org.collabscreen.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, instead of a stack trace, that another CollabScreen uses the embedded database's folder. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the CollabScreen that runs on this folder, or start this one with another folder, e.g. "
                        + "COLLABSCREEN_EMBEDDED_DATABASE_DIRECTORY=data/postgres-2. Nothing in the folder was changed.",
                cause);
    }
}

package org.newsgraph;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home directory of the test's own for the packaged service and its embedded database, and the
 * guarantee that, whatever the test did to the service, no postmaster of its outlives it.
 */
abstract class PackagedServiceHome {

    @TempDir
    Path home;

    @AfterEach
    void stopLeftovers() throws Exception {
        PackagedService.postmaster(home.resolve(".newsgraph/postgres")).ifPresent(ProcessHandle::destroy);
    }
}

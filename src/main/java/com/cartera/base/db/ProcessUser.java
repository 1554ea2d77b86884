package com.cartera.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating-system user the PostgreSQL processes run as: the JVM's own user, or an unprivileged
 * uid when the JVM runs as root (PostgreSQL refuses root).
 */
final class ProcessUser {

    private static final Logger log = LoggerFactory.getLogger(ProcessUser.class);

    private ProcessUser() {
    }

    /**
     * The command prefix that runs a program as the server's user: empty unless the JVM is root. Then
     * the server's user must be able to reach its files, so a directory on the way that other users
     * cannot enter (such as /root) is opened for traversal, not for listing.
     */
    static List<String> commandPrefix(int unprivilegedUid, Path... paths) {
        if (currentUid() != 0) {
            return List.of();
        }
        for (Path path : paths) {
            openForTraversal(path);
        }
        String id = Integer.toString(unprivilegedUid);
        return List.of("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups");
    }

    /** Gives {@code dir} and everything in it to the server's user, when that is not the JVM's user. */
    static void handOver(List<String> prefix, Path dir) {
        if (prefix.isEmpty()) {
            return;
        }
        int uid = Integer.parseInt(prefix.get(1).substring("--reuid=".length()));
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                Files.setAttribute(p, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand " + dir + " over to uid " + uid, e);
        }
    }

    private static void openForTraversal(Path path) {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                var permissions = Files.getPosixFilePermissions(dir);
                if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                    log.warn("Letting the database user traverse {} (o+x) to reach {}", dir, path);
                    Files.setPosixFilePermissions(dir, permissions);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not open " + dir + " for traversal by the database user", e);
            }
        }
    }

    private static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }
}

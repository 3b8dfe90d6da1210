package gov.supervision.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The engine's hold on its data folder: an OS lock on {@value #FILE} in it (the file zonky used, so that an engine of
 * an earlier version counts too). The OS drops the lock when its process dies, however it dies, so a folder whose
 * lock is free has no engine, even if its PostgreSQL server still runs.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "epg-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws EmbeddedDatabaseInUse when another engine (of this JVM or another process) holds the folder */
    static DataFolderLock acquire(Path dataDirectory, int port, String database) {
        FileChannel channel;
        try {
            channel = FileChannel.open(dataDirectory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lock file of " + dataDirectory, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataFolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // an engine of this JVM holds it: refused as well
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + dataDirectory.resolve(FILE), e);
        }
        closeQuietly(channel);
        throw new EmbeddedDatabaseInUse(dataDirectory, port, database);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held any more
        }
    }
}

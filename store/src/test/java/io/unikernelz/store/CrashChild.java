package io.unikernelz.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Child process for {@link CrashSafetyTest}. Mode {@code commit}: commits {@link Workload} heights forever, printing
 * {@code committed h} after each commit returns and {@code rolled h} after each rollback; after committing a height
 * divisible by 9 it rolls back two heights once (then re-commits them). Mode {@code hold}: opens the store, prints
 * {@code holding} and keeps it open. Either way it exits when its stdin closes, so it cannot outlive the test.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[1]);
        VersionedStore store = VersionedStore.open(dir);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (System.in.read() >= 0) {
                    // drain until the parent closes the pipe
                }
            } catch (IOException ignored) {
                // treat a broken pipe like end of input
            }
            store.close();
            System.exit(0);
        });
        if (args[0].equals("hold")) {
            emit("holding");
            Thread.currentThread().join(); // the stdin watcher ends the process
            return;
        }
        emit("start " + store.height());
        Set<Long> rolled = new HashSet<>();
        long h = store.height();
        while (h < 1_000_000) {
            store.commit(h + 1, Workload.patch(h + 1));
            h++;
            emit("committed " + h);
            if (h % 9 == 0 && rolled.add(h)) {
                store.rollbackTo(h - 2);
                h -= 2;
                emit("rolled " + h);
            }
        }
        store.close();
    }

    private static void emit(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

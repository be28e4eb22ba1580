package io.unikernelz.rpc;

import java.time.Duration;

/** Counts calls being processed so shutdown can refuse new ones and let running ones finish. */
final class CallTracker {
    private int active;
    private boolean closing;

    /** False once shutdown began: the caller answers "shutting down" instead. */
    synchronized boolean enter() {
        if (closing) return false;
        active++;
        return true;
    }

    synchronized void exit() {
        if (--active == 0) notifyAll();
    }

    synchronized int active() {
        return active;
    }

    /** Refuses further calls and waits up to {@code grace} for running ones; true if all finished. */
    synchronized boolean closeAndAwait(Duration grace) {
        closing = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (active > 0) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) return false;
            try {
                wait(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}

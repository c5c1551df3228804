package cnnlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits the rows of an output into contiguous bands and computes them on a small pool of daemon
 * threads sized to the machine. {@code ForkJoinPool.commonPool()} is not used: on two cores its
 * parallelism is 1, so it would never run two bands at once.
 */
final class RowBands {
    /** Cores the JVM may use; also the most bands one call splits into. */
    static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Below this many multiply-adds one thread is faster than handing work to another. */
    static final long PARALLEL_WORK = 1L << 21;

    /** Computes output rows {@code [fromRow, toRow)}; each call owns its scratch buffers. */
    interface Band {
        void compute(int fromRow, int toRow);
    }

    private RowBands() {
    }

    /**
     * Computes all {@code rows} in one band on the calling thread, or in up to {@code maxThreads}
     * bands (at most {@link #CORES}) when {@code work} reaches {@link #PARALLEL_WORK}.
     */
    static void run(int rows, long work, int maxThreads, Band band) {
        int bands = bandsFor(rows, work, maxThreads);
        if (bands == 1) {
            band.compute(0, rows);
            return;
        }
        List<Future<?>> others = new ArrayList<>(bands - 1);
        for (int b = 1; b < bands; b++) {
            int from = rows * b / bands;
            int to = rows * (b + 1) / bands;
            others.add(Workers.POOL.submit(() -> band.compute(from, to)));
        }
        band.compute(0, rows / bands);
        for (Future<?> other : others) {
            await(other);
        }
    }

    /** How many bands {@link #run} uses for this much work. */
    static int bandsFor(int rows, long work, int maxThreads) {
        EngineException.require(maxThreads >= 1, "threads must be at least 1, got " + maxThreads);
        if (work < PARALLEL_WORK) {
            return 1;
        }
        return Math.max(1, Math.min(rows, Math.min(maxThreads, CORES)));
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The worker pool, created on first parallel use; its daemon threads never keep the JVM alive. */
    private static final class Workers {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, CORES - 1), task -> {
            Thread thread = new Thread(task, "cnnlab-engine-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.EngineException;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TrainingRunTest {
    private static final ShapeDataset.Split DATA = ShapeDataset.generate(ShapeClass.strokes(), 4, 16, 2).split(0.25);
    /** 21 training pictures in batches of 3: 7 batches per epoch. */
    private static final int BATCHES = 7;

    private final List<BatchProgress> batches = new CopyOnWriteArrayList<>();

    @Test
    void runsToTheEndOnItsOwnThread() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        Trainer trainer = new Trainer(Sequential.of(ModelFixtures.tinyCnn(16, 7), 1), new Sgd(0.01, 0.9),
                new TrainingConfig(3, 3, 1));
        TrainingRun run = TrainingRun.startOnNewThread(trainer, DATA.train(), DATA.test(), new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress progress) {
                batches.add(progress);
                thread.set(Thread.currentThread().getName());
            }
        });
        TrainingResult result = run.result().get(20, TimeUnit.SECONDS);
        assertFalse(result.stopped());
        assertEquals(3, result.epochs().size());
        assertEquals(3 * BATCHES, batches.size());
        assertEquals("cnn-lab-training", thread.get());
        assertTrue(run.isDone());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentBatch() throws Exception {
        TrainingRun run = start(50, (r, p) -> {
            if (p.batch() == 2) {
                r.stop();
            }
        });
        TrainingResult result = run.result().get(20, TimeUnit.SECONDS);
        assertTrue(result.stopped());
        assertEquals(2, batches.size());
        assertTrue(result.epochs().isEmpty());
        assertEquals(DATA.test().size(), result.test().count(), "a stopped run still reports its model's accuracy");
    }

    @Test
    void pauseHoldsTheRunBetweenBatchesUntilResumed() throws Exception {
        TrainingRun run = start(2, (r, p) -> {
            if (p.epoch() == 1 && p.batch() == 3) {
                r.pause();
            }
        });
        while (batches.size() < 3) {
            Thread.sleep(5);
        }
        assertTrue(run.isPaused());
        Sequential whilePaused = run.snapshot();
        Thread.sleep(300);
        assertEquals(3, batches.size(), "no batch runs while paused");
        assertFalse(run.isDone());
        Sequential again = run.snapshot();
        for (int i = 0; i < whilePaused.parameters().size(); i++) {
            assertArrayEquals(whilePaused.parameters().get(i).values(), again.parameters().get(i).values(),
                    "the model does not change while paused");
        }

        run.resume();
        TrainingResult result = run.result().get(20, TimeUnit.SECONDS);
        assertFalse(result.stopped());
        assertEquals(2 * BATCHES, batches.size());
    }

    @Test
    void stopAlsoEndsAPause() throws Exception {
        TrainingRun run = start(5, (r, p) -> {
            if (p.batch() == 1) {
                r.pause();
            }
        });
        while (!run.isPaused()) {
            Thread.sleep(5);
        }
        run.stop();
        assertTrue(run.result().get(20, TimeUnit.SECONDS).stopped());
        assertEquals(1, batches.size());
    }

    @Test
    void aFailureReachesTheResult() {
        TrainingRun run = start(1, (r, p) -> {
            throw new EngineException("listener broke");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> run.result().get(20, TimeUnit.SECONDS));
        assertEquals("listener broke", e.getCause().getMessage());
    }

    /** Starts a run whose listener records every batch and then calls {@code onBatch} with the run. */
    private TrainingRun start(int epochs, BiConsumer<TrainingRun, BatchProgress> onBatch) {
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 1);
        Trainer trainer = new Trainer(model, new Sgd(0.01, 0.9), new TrainingConfig(epochs, 3, 1));
        AtomicReference<TrainingRun> self = new AtomicReference<>();
        AtomicReference<Runnable> task = new AtomicReference<>();
        TrainingRun run = TrainingRun.start(trainer, DATA.train(), DATA.test(), new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress progress) {
                onBatch.accept(self.get(), progress);
                batches.add(progress); // after onBatch, so a test that sees this batch also sees its pause or stop
            }
        }, task::set);
        self.set(run);
        Thread thread = new Thread(task.get(), "test-training");
        thread.setDaemon(true);
        thread.start();
        return run;
    }
}

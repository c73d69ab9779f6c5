package org.sift.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sift.io.FormatException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
    }

    @Test
    void deliversTheResultOnTheFxThreadAndReportsProgress(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Integer> result = new AtomicReference<>();
        AtomicBoolean onFx = new AtomicBoolean();
        robot.interact(() -> runner.run("Counting", m -> {
            m.begin("Reading frames", 10);
            m.worked(5);
            halfway.countDown();
            go.await(10, TimeUnit.SECONDS);
            m.worked(5);
            return 42;
        }, v -> {
            onFx.set(Platform.isFxApplicationThread());
            result.set(v);
        }));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.progressProperty().get() == 0.5);
        assertThat(runner.messageProperty().get()).isEqualTo("Reading frames");
        assertThat(runner.isRunning()).isTrue();
        robot.interact(() -> assertThatThrownBy(() -> runner.run("Second", m -> 1, v -> { }))
                .isInstanceOf(IllegalStateException.class));
        go.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isEqualTo(42);
        assertThat(onFx.get()).isTrue();
        assertThat(runner.outcomeProperty().get()).isEqualTo(FxTaskRunner.Outcome.SUCCEEDED);
        assertThat(runner.statusProperty().get()).isEqualTo("Counting: done");
        assertThat(runner.isRunning()).isFalse();
        assertThat(runner.lastFailureProperty().get()).isNull();
    }

    @Test
    void aFailureIsReportedWithFileAndLineAndNoResultIsDelivered(FxRobot robot) throws Exception {
        AtomicBoolean called = new AtomicBoolean();
        robot.interact(() -> runner.run("Opening bad.xyz", m -> {
            throw new FormatException("bad.xyz", 12, "expected 3 coordinates, found 2");
        }, v -> called.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.lastFailureProperty().get() != null);
        FxTaskRunner.Failure f = runner.lastFailureProperty().get();
        assertThat(f.cancelled()).isFalse();
        assertThat(FxTaskRunner.describe(f.error())).isEqualTo("bad.xyz:12: expected 3 coordinates, found 2");
        assertThat(runner.statusProperty().get()).isEqualTo("Opening bad.xyz failed: bad.xyz:12: expected 3 coordinates, found 2");
        assertThat(runner.outcomeProperty().get()).isEqualTo(FxTaskRunner.Outcome.FAILED);
        assertThat(called).isFalse();
    }

    @Test
    void cancelSetsTheMonitorFlagAndTheWorkStops(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean called = new AtomicBoolean();
        AtomicBoolean sawFlag = new AtomicBoolean();
        robot.interact(() -> runner.run("Slow work", m -> {
            m.begin("Working", 100_000);
            started.countDown();
            for (int i = 0; i < 100_000; i++) {
                if (m.isCancelled()) {
                    sawFlag.set(true);
                }
                m.checkCancelled();
                Thread.sleep(1);
                m.worked(1);
            }
            return "finished";
        }, v -> called.set(true)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        robot.interact(runner::cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> runner.outcomeProperty().get() == FxTaskRunner.Outcome.CANCELLED);
        assertThat(sawFlag).isTrue();
        assertThat(called).isFalse();
        assertThat(runner.lastFailureProperty().get().cancelled()).isTrue();
        assertThat(runner.statusProperty().get()).isEqualTo("Slow work: cancelled");
        assertThat(runner.isRunning()).isFalse();
    }
}

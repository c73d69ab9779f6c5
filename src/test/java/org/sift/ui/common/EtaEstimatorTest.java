package org.sift.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EtaEstimatorTest {

    private static final long S = 1_000_000_000L;

    @Test
    void constantRateGivesTheRemainingTime() {
        EtaEstimator e = new EtaEstimator();
        e.reset(0);
        // a quarter done after 2 s at a constant rate: 6 s to go
        assertThat(e.update(2 * S, 0.25)).contains(Duration.ofSeconds(6));
        // half after 4 s: 4 s to go
        assertThat(e.update(4 * S, 0.5)).contains(Duration.ofSeconds(4));
        assertThat(e.update(8 * S, 1.0)).contains(Duration.ZERO);
    }

    @Test
    void noEstimateTooEarlyOrWhenIndeterminate() {
        EtaEstimator e = new EtaEstimator();
        e.reset(0);
        assertThat(e.update(S / 10, 0.5)).isEmpty();      // less than half a second
        assertThat(e.update(5 * S, 0.005)).isEmpty();      // less than 1 %
        assertThat(e.update(5 * S, -1)).isEmpty();         // unknown total
    }

    @Test
    void aFallingFractionStartsANewSubtask() {
        EtaEstimator e = new EtaEstimator();
        e.reset(0);
        assertThat(e.update(10 * S, 0.9)).isPresent();
        // a new sub-task starts at 10 s; at 12 s it is 20 % done: 8 s to go (not based on the first 10 s)
        assertThat(e.update(10 * S, 0.0)).isEmpty();
        assertThat(e.update(12 * S, 0.2)).contains(Duration.ofSeconds(8));
    }

    @Test
    void formatsReadably() {
        assertThat(EtaEstimator.format(Duration.ofMillis(4600))).isEqualTo("about 5 s left");
        assertThat(EtaEstimator.format(Duration.ofSeconds(130))).isEqualTo("about 2 min 10 s left");
        assertThat(EtaEstimator.format(Duration.ofSeconds(3 * 3600 + 120))).isEqualTo("about 3 h 2 min left");
    }
}

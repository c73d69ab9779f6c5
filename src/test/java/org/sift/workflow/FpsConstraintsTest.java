package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FpsConstraintsTest {

    @Test
    void pinningAndBanningAreExclusiveAndKeepOrder() {
        FpsConstraints c = FpsConstraints.NONE.pin(5, 2, 9).ban(2, 4);
        assertThat(c.pinned()).containsExactly(5, 9);
        assertThat(c.banned()).containsExactly(2, 4);
        FpsConstraints d = c.pin(4, 5);
        assertThat(d.pinned()).containsExactly(5, 9, 4);
        assertThat(d.banned()).containsExactly(2);
        assertThat(d.release(5, 2)).isEqualTo(new FpsConstraints(new int[] {9, 4}, new int[0]));
        assertThat(c)
                .isEqualTo(FpsConstraints.NONE.pin(5, 2, 9).ban(2, 4))
                .hasSameHashCodeAs(FpsConstraints.NONE.pin(5, 2, 9).ban(2, 4));
        assertThatThrownBy(() -> new FpsConstraints(new int[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

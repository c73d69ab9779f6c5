package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubsetSizeTest {

    @Test
    void countsStayCountsAndFractionsAreRoundedShares() {
        assertThat(SubsetSize.parse("400").resolve(3000)).isEqualTo(400);
        assertThat(SubsetSize.parse("0.1").resolve(3000)).isEqualTo(300);
        assertThat(SubsetSize.parse("0.1").resolve(75)).isEqualTo(8); // 7.5 rounds up
        assertThat(SubsetSize.parse("0.1").resolve(74)).isEqualTo(7); // 7.4 rounds down
        assertThat(SubsetSize.parse("1e-3").resolve(70)).isEqualTo(1); // 0.07 is at least 1
        assertThat(SubsetSize.parse("1.0").resolve(70)).isEqualTo(70);
        assertThat(SubsetSize.parse("1").resolve(70)).isEqualTo(1); // a count, not 100 %
        assertThat(SubsetSize.parse("70").resolve(70)).isEqualTo(70);
    }

    @Test
    void zeroNegativeTooLargeAndNonNumbersAreRefusedWithTheText() {
        assertThatThrownBy(() -> SubsetSize.parse("0"))
                .hasMessageContaining("'0'")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> SubsetSize.parse("0.0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> SubsetSize.parse("-5")).hasMessageContaining("'-5'");
        assertThatThrownBy(() -> SubsetSize.parse("-0.1")).hasMessageContaining("'-0.1'");
        assertThatThrownBy(() -> SubsetSize.parse("1.5")).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> SubsetSize.parse("400.0")).hasMessageContaining("without a decimal point");
        assertThatThrownBy(() -> SubsetSize.parse("ten")).hasMessageContaining("'ten'");
        assertThatThrownBy(() -> SubsetSize.parse("NaN")).hasMessageContaining("positive");
        assertThatThrownBy(() -> SubsetSize.parse("71").resolve(70))
                .hasMessageContaining("71 exceeds the 70 configurations");
    }
}

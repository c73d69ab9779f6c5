package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoStateTest {

    @Test
    void parsesEveryKeyIntoTypedFields() {
        DemoState s = DemoState.parse("tab=Sampling, n=400,random=true,log=true,select=0.1:0.2:0.3:0.4,"
                + "colour=Energy per atom,named=fps-100@100,window=1024x700,ready=/tmp/m");
        assertThat(s.tab()).isEqualTo("sampling");
        assertThat(s.n()).isEqualTo(400);
        assertThat(s.random()).isTrue();
        assertThat(s.log()).isTrue();
        assertThat(s.selectBox()).containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(s.selectAuto()).isFalse();
        assertThat(s.colour()).isEqualTo("Energy per atom");
        assertThat(s.namedSubset()).isEqualTo("fps-100");
        assertThat(s.namedSize()).isEqualTo(100);
        assertThat(s.window()).containsExactly(1024, 700);
        assertThat(s.ready()).isEqualTo(Path.of("/tmp/m"));
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    void defaultsAndEmptySpecs() {
        assertThat(DemoState.parse(null).isEmpty()).isTrue();
        assertThat(DemoState.parse(" , ").isEmpty()).isTrue();
        DemoState s = DemoState.parse("select=auto,named=keep");
        assertThat(s.selectAuto()).isTrue();
        assertThat(s.namedSubset()).isEqualTo("keep");
        assertThat(s.namedSize()).isNull();
        assertThat(s.tab()).isNull();
        assertThat(s.random()).isFalse();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> DemoState.parse("tabs=diagram")).hasMessageContaining("unknown key 'tabs'");
        assertThatThrownBy(() -> DemoState.parse("tab=plots")).hasMessageContaining("tab=diagram");
        assertThatThrownBy(() -> DemoState.parse("select=1:2:3")).hasMessageContaining("x0:y0:x1:y1");
        assertThatThrownBy(() -> DemoState.parse("window=1024")).hasMessageContaining("WIDTHxHEIGHT");
        assertThatThrownBy(() -> DemoState.parse("n")).hasMessageContaining("expected key=value");
    }
}

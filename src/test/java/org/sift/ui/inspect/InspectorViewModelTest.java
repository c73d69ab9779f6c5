package org.sift.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.ui.TestDatasets;

class InspectorViewModelTest {

    @Test
    void listsCompositionCellEnergyInfoAndArrays() {
        Configuration c = TestDatasets.lisi(15, 4, 6, -60.25, "md", 2);
        InspectorViewModel vm = new InspectorViewModel(1, "six#1", c);
        List<InspectorViewModel.Entry> e = vm.entries();
        assertThat(e).contains(new InspectorViewModel.Entry("Atoms", "19"),
                new InspectorViewModel.Entry("  Li", "15"), new InspectorViewModel.Entry("  Si", "4"),
                new InspectorViewModel.Entry("Formula", "Li15Si4"), new InspectorViewModel.Entry("PBC", "T T T"),
                new InspectorViewModel.Entry("Energy (eV)", "-60.250000"),
                new InspectorViewModel.Entry("Volume (Å³)", "216.000"),
                new InspectorViewModel.Entry("info: config_type", "md"),
                new InspectorViewModel.Entry("per-atom: charge", "shape [19] e"));
        assertThat(vm.title()).isEqualTo("Configuration 1 — Li15Si4");
    }

    @Test
    void cellEdgesJoinCornersAlongOneLatticeVector() {
        Cell cell = Cell.periodic(4, 0, 0, 1, 5, 0, 0.5, 0.5, 6);
        double[][] corners = InspectorViewModel.cellCorners(cell);
        int[][] edges = InspectorViewModel.cellEdges();
        assertThat(edges).hasNumberOfRows(12);
        Set<String> distinct = new HashSet<>();
        double[] lengths = {4, Math.sqrt(26), Math.sqrt(36.5)};
        int[] perVector = new int[3];
        for (int[] ed : edges) {
            distinct.add(Math.min(ed[0], ed[1]) + "-" + Math.max(ed[0], ed[1]));
            int v = Integer.numberOfTrailingZeros(ed[0] ^ ed[1]);
            perVector[v]++;
            double d = 0;
            for (int k = 0; k < 3; k++) {
                d += Math.pow(corners[ed[1]][k] - corners[ed[0]][k], 2);
            }
            assertThat(Math.sqrt(d)).isCloseTo(lengths[v], within(1e-12));
        }
        assertThat(distinct).hasSize(12);
        assertThat(perVector).containsExactly(4, 4, 4);
        // the far corner is a + b + c
        assertThat(corners[7]).containsExactly(5.5, 5.5, 6.0);
    }

    @Test
    void dragRotatesAndScrollZoomsWithinBounds() {
        InspectorViewModel vm = new InspectorViewModel(0, "x#0", TestDatasets.lisi(1, 7, 5, null, null, 3));
        double ax = vm.angleXProperty().get();
        double ay = vm.angleYProperty().get();
        vm.drag(40, 10);
        assertThat(vm.angleYProperty().get()).isEqualTo(ay + 20);
        assertThat(vm.angleXProperty().get()).isEqualTo(ax - 5);
        vm.drag(0, -1000);
        assertThat(vm.angleXProperty().get()).isEqualTo(90);
        double d = vm.distanceProperty().get();
        vm.zoom(100);
        assertThat(vm.distanceProperty().get()).isLessThan(d);
        for (int i = 0; i < 100; i++) {
            vm.zoom(400);
        }
        assertThat(vm.distanceProperty().get()).isCloseTo(0.3 * vm.diagonal(), within(1e-9));
        vm.resetView();
        assertThat(vm.distanceProperty().get()).isEqualTo(d);
        assertThat(vm.angleXProperty().get()).isEqualTo(ax);
    }

    @Test
    void moleculeWithoutCellSaysSo() {
        Configuration c = Configuration.of(new String[] {"O", "H", "H"},
                new double[] {0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0}, null);
        InspectorViewModel vm = new InspectorViewModel(0, "w#0", c);
        assertThat(vm.entries()).contains(new InspectorViewModel.Entry("Cell", "none"),
                new InspectorViewModel.Entry("Energy (eV)", "—"));
        assertThat(vm.extent()).isEqualTo(2.0);   // at least 2 Å even for a tiny molecule
    }
}

package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.model.Property;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.MatrixDistances;

class PointPropertyTest {

    /** Li2Si (E = -9, F of atom 1 = (3, 4, 0)), LiSi3 without labels, Si4 (E = -20, T = 300 K). */
    private final Dataset data = Dataset.of(
            "three",
            List.of(
                    new Configuration(
                            new String[] {"Li", "Li", "Si"},
                            new double[9],
                            Cell.none(),
                            -9.0,
                            new double[] {0, 0, 1, 3, 4, 0, -1, 0, 0},
                            null,
                            null,
                            Map.of(
                                    "temperature",
                                    Property.scalar("temperature", 500.0),
                                    "tag",
                                    Property.scalar("tag", "a")),
                            null),
                    Configuration.of(new String[] {"Li", "Si", "Si", "Si"}, new double[12], Cell.none()),
                    new Configuration(
                            new String[] {"Si", "Si", "Si", "Si"},
                            new double[12],
                            Cell.none(),
                            -20.0,
                            null,
                            null,
                            null,
                            Map.of("temperature", Property.scalar("temperature", 300L)),
                            null)));

    @Test
    void valuesAreTheDefinitionsWithNaNWhereAConfigurationHasNone() {
        assertThat(PointProperty.ENERGY.values(data, null)).containsExactly(-9.0, Double.NaN, -20.0);
        assertThat(PointProperty.ENERGY_PER_ATOM.values(data, null)).containsExactly(-3.0, Double.NaN, -5.0);
        assertThat(PointProperty.MAX_FORCE.values(data, null)).containsExactly(5.0, Double.NaN, Double.NaN);
        assertThat(PointProperty.fraction("Li").values(data, null))
                .containsExactly(new double[] {2.0 / 3, 0.25, 0}, within(1e-15));
        assertThat(PointProperty.fraction("Si").values(data, null))
                .containsExactly(new double[] {1.0 / 3, 0.75, 1}, within(1e-15));
        assertThat(PointProperty.info("temperature").values(data, null)).containsExactly(500.0, Double.NaN, 300.0);
    }

    @Test
    void theDatasetOffersWhatItCarriesAndOnlyNumericScalarInfoKeys() {
        assertThat(PointProperty.available(data))
                .containsExactly(
                        PointProperty.ENERGY,
                        PointProperty.ENERGY_PER_ATOM,
                        PointProperty.MAX_FORCE,
                        PointProperty.fraction("Li"),
                        PointProperty.fraction("Si"),
                        PointProperty.FPS_RANK,
                        PointProperty.info("temperature"));
        Dataset bare = Dataset.of("bare", List.of(Configuration.of(new String[] {"Si"}, new double[3], Cell.none())));
        assertThat(PointProperty.available(bare)).containsExactly(PointProperty.FPS_RANK);
        assertThatThrownBy(() -> new PointProperty(PointProperty.Kind.INFO, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PointProperty.fraction("Li").label()).isEqualTo("x(Li)");
    }

    @Test
    void theFpsRankIsThePositionInTheOrderAndNaNBeyondThePrefix() {
        double[][] d = {{0, 1, 5}, {1, 0, 4}, {5, 4, 0}};
        FpsResult fps = new FarthestPointSampler()
                .run(
                        new MatrixDistances(d),
                        FpsOptions.defaults().withMaxSize(2).withThreads(1));
        int[] order = fps.order();
        double[] rank = PointProperty.FPS_RANK.values(data, fps);
        assertThat(rank[order[0]]).isEqualTo(1);
        assertThat(rank[order[1]]).isEqualTo(2);
        int rest = 3 - order[0] - order[1];
        assertThat(rank[rest]).isNaN();
    }
}

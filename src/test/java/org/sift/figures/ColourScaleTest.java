package org.sift.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColourScaleTest {

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void endsAreViridisAndBrightnessGrowsWithTheValueSoGreyscalePrintsKeepTheOrder() {
        ColourScale s = new ColourScale(-2, 6, false);
        assertThat(s.colour(-2)).isEqualTo(new Color(0x440154));
        assertThat(s.colour(6)).isEqualTo(new Color(0xfde725));
        assertThat(s.colour(-100)).isEqualTo(s.colour(-2)); // clamped
        assertThat(s.colour(Double.NaN)).isEqualTo(ColourScale.MISSING);
        double prev = -1;
        for (int k = 0; k <= 100; k++) {
            double l = luminance(s.colour(-2 + 8 * k / 100.0));
            assertThat(l).isGreaterThan(prev);
            prev = l;
        }
        assertThat(s.position(2)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void aLogScalePlacesTheGeometricMeanInTheMiddleAndGreysNonPositiveValues() {
        ColourScale s = new ColourScale(0.01, 100, true);
        assertThat(s.position(1)).isCloseTo(0.5, within(1e-12));
        assertThat(s.position(10)).isCloseTo(0.75, within(1e-12));
        assertThat(s.colour(0)).isEqualTo(ColourScale.MISSING);
        assertThat(s.colour(-3)).isEqualTo(ColourScale.MISSING);
        assertThatThrownBy(() -> new ColourScale(0, 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColourScale(2, 1, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void autoRangeSpansTheFiniteValues() {
        ColourScale s = ColourScale.auto(new double[] {3, Double.NaN, -1, 7, Double.POSITIVE_INFINITY}, false);
        assertThat(s.getLowerBound()).isEqualTo(-1);
        assertThat(s.getUpperBound()).isEqualTo(7);
        ColourScale l = ColourScale.auto(new double[] {-1, 0, 0.5, 50}, true);
        assertThat(l.getLowerBound()).isEqualTo(0.5);
        assertThat(l.getUpperBound()).isEqualTo(50);
        ColourScale one = ColourScale.auto(new double[] {4, 4}, false);
        assertThat(one.getLowerBound()).isLessThan(4);
        assertThat(one.getUpperBound()).isGreaterThan(4);
        assertThat(s.withBounds(Double.NaN, 10).getLowerBound()).isEqualTo(-1);
        assertThat(s.withBounds(Double.NaN, 10).getUpperBound()).isEqualTo(10);
    }

    @Test
    void aDiagramColouredByValueDrawsEachPointInItsScaleColourWithAColourBar() {
        double[] x = {0.1, 0.5, 0.9, 0.3};
        double[] y = {0.1, 0.5, 0.9, 0.7};
        String[] labels = {"A", "A", "B", "B"};
        PointsDataset pts = PointsDataset.of(x, y, labels, java.util.List.of("A", "B"), Charts.SUBSET);
        org.jfree.chart.JFreeChart chart =
                Charts.similarityDiagram(pts, new GroupPalette(java.util.List.of("A", "B")), "A", "B");
        double[] v = {1, 2, 3, Double.NaN};
        ColourScale scale = new ColourScale(1, 3, false);
        Charts.colourByValue(chart, v, scale, "energy (eV)");
        var bar = Charts.colourBar(chart);
        assertThat(bar).isNotNull();
        assertThat(bar.getAxis().getLabel()).isEqualTo("energy (eV)");
        assertThat(bar.getAxis().getRange().getLowerBound()).isEqualTo(1);
        assertThat(bar.getAxis().getRange().getUpperBound()).isEqualTo(3);
        var plot = chart.getXYPlot();
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(500, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 500, 400), info);
        g.dispose();
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        for (int i = 0; i < 4; i++) {
            int px = (int) Math.round(plot.getDomainAxis().valueToJava2D(x[i], area, plot.getDomainAxisEdge()));
            int py = (int) Math.round(plot.getRangeAxis().valueToJava2D(y[i], area, plot.getRangeAxisEdge()));
            Color expected = Double.isNaN(v[i]) ? ColourScale.MISSING : scale.colour(v[i]);
            assertThat(new Color(img.getRGB(px, py))).as("point %d", i).isEqualTo(expected);
        }
        // the group entries leave the legend; the subset entry stays
        var items = plot.getLegendItems();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < items.getItemCount(); k++) names.add(items.get(k).getLabel());
        assertThat(names).doesNotContain("A", "B").contains(Charts.SUBSET);
    }
}

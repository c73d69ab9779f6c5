package org.sift.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path dir;

    private static PointsDataset points(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            g[i] = i % 3 == 0 ? "Li1Si64" : (i % 3 == 1 ? "Li1Si1" : "Li54Si1");
        }
        return PointsDataset.of(x, y, g, List.of("Li1Si64", "Li1Si1", "Li54Si1"), Charts.SUBSET);
    }

    @Test
    void pointsDatasetMapsSeriesItemsBackToPointIndices() {
        PointsDataset d = points(10, 1);
        assertThat(d.getSeriesCount()).isEqualTo(4);
        assertThat(d.getItemCount(0)).isEqualTo(4); // 0,3,6,9
        assertThat(d.pointIndex(0, 2)).isEqualTo(6);
        assertThat(d.pointIndex(1, 0)).isEqualTo(1);
        assertThat(d.getItemCount(3)).isZero();
        d.setHighlighted(new int[] {7, 2});
        assertThat(d.getItemCount(3)).isEqualTo(2);
        assertThat(d.getXValue(3, 0)).isEqualTo(d.getXValue(1, 2)); // point 7 is item 2 of group 1 (1, 4, 7)
        assertThat(d.getSeriesKey(3)).isEqualTo(Charts.SUBSET);
    }

    @Test
    void diagramColoursFollowThePaletteAndTheSubsetIsDrawnLast() {
        PointsDataset d = points(30, 2);
        GroupPalette p = new GroupPalette(List.of("Li1Si64", "Li1Si1", "Li54Si1"));
        JFreeChart c = Charts.similarityDiagram(d, p, "Li1Si64", "Li54Si1");
        var r = c.getXYPlot().getRenderer();
        assertThat(r.getSeriesPaint(1)).isEqualTo(p.of("Li1Si1"));
        assertThat(r.getSeriesPaint(3)).isEqualTo(GroupPalette.HIGHLIGHT);
        assertThat(c.getXYPlot().getDomainAxis().getLabel()).contains("Li1Si64");
        assertThat(c.getXYPlot().getRangeAxis().getLabel()).contains("Li54Si1");
        assertThat(p.hex("Li1Si64")).isEqualTo("#0072b2");
    }

    @Test
    void coverageChartCarriesCurvesMarkerAndEpsilon() {
        double[] d = {1.0, 0.5, 0.2, 0.05};
        double[] rep = {25, 50, 75, 100};
        JFreeChart c = Charts.coverage(d, rep, 0.1, null);
        assertThat(c.getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(4);
        assertThat(c.getXYPlot().getDataset(Charts.REP_INDEX).getYValue(0, 3)).isEqualTo(100.0);
        Charts.setCurrentN(c, 3);
        assertThat(Charts.currentN(c)).isEqualTo(3.0);
        assertThat(c.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    }

    @Test
    void cumulativeDistributionEndsAtOne() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("A", new double[] {0.5, 0.7, 0.9, 0.95});
        JFreeChart c = Charts.cumulativeDistributions(m, new GroupPalette(List.of("A")));
        var ds = c.getXYPlot().getDataset();
        assertThat(ds.getYValue(0, 3)).isEqualTo(1.0);
        assertThat(ds.getYValue(0, 0)).isEqualTo(0.25);
    }

    @Test
    void exportsPngAtTheChosenDpiSvgAndPdf() throws Exception {
        JFreeChart c = Charts.similarityDiagram(points(200, 3), new GroupPalette(List.of("Li1Si64", "Li1Si1", "Li54Si1")),
                "Li1Si64", "Li54Si1");
        Path png = dir.resolve("d.png");
        ChartExport.write(c, png, ChartStyle.SINGLE_COLUMN, 300, false);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.round(241 * 300 / 72.0));
        assertThat(img.getHeight()).isEqualTo((int) Math.round(181 * 300 / 72.0));
        Path svg = dir.resolve("d.svg");
        ChartExport.write(c, svg, ChartStyle.DOUBLE_COLUMN, 300, false);
        String text = Files.readString(svg, StandardCharsets.UTF_8).strip();
        assertThat(text).contains("<svg").endsWith("</svg>").contains("width='504.0pt'").contains("height='302.0pt'");
        Path pdf = dir.resolve("d.pdf");
        ChartExport.write(c, pdf, ChartStyle.SINGLE_COLUMN, 300, false);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(241f);
            assertThat(box.getHeight()).isEqualTo(181f);
            assertThat(FigureSetTest.fonts(doc)).isNotEmpty().allMatch(org.apache.pdfbox.pdmodel.font.PDFont::isEmbedded);
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d.png", "d.svg", "d.pdf");
        }
    }

    @Test
    void exportRefusesToOverwriteAndKeepsTheOldFile() throws Exception {
        Path png = dir.resolve("x.png");
        Files.writeString(png, "old");
        JFreeChart c = Charts.coverage(new double[] {1}, new double[] {100}, 0.1, null);
        assertThatThrownBy(() -> ChartExport.write(c, png, ChartStyle.SCREEN, 72, false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(png)).isEqualTo("old");
        ChartExport.write(c, png, ChartStyle.SCREEN, 72, true);
        assertThat(Files.readAllBytes(png)[1]).isEqualTo((byte) 'P');
        assertThatThrownBy(() -> ChartExport.write(c, dir.resolve("x.gif"), ChartStyle.SCREEN, 72, false))
                .hasMessageContaining(".png, .svg or .pdf");
    }
}

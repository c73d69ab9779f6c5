package org.sift.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Dataset;
import org.sift.testutil.TestData;
import org.sift.workflow.AnalysisFiles;
import org.sift.workflow.AnalyzeDataset;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FigureSetTest {

    @TempDir
    Path dir;

    static AnalyzeDataset.Report report;
    static Dataset dataset;
    static FigureData data;

    @BeforeAll
    static void analyse() throws IOException {
        dataset = TestData.lisi(90, 4);
        AnalyzeDataset.Options o =
                new AnalyzeDataset.Options(null, null, null, new int[] {5, 20, 40}, 2, 1, 0.1, "medoid", 500);
        report = new AnalyzeDataset(2).run(dataset, TestData.vectors(1, 0.5), o, ProgressMonitor.NONE);
        data = FigureData.of(report, "test.extxyz", 0.1, "test vectors");
    }

    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (var page : doc.getPages()) collectFonts(page.getResources(), out, 0);
        return out;
    }

    private static void collectFonts(PDResources res, List<PDFont> out, int depth) throws IOException {
        if (res == null || depth > 5) return;
        for (COSName n : res.getFontNames()) out.add(res.getFont(n));
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject f) collectFonts(f.getResources(), out, depth + 1);
        }
    }

    private static int images(PDResources res, int depth) throws IOException {
        if (res == null || depth > 5) return 0;
        int count = 0;
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject) count++;
            if (x instanceof PDFormXObject f) count += images(f.getResources(), depth + 1);
        }
        return count;
    }

    @Test
    void pdfFiguresEmbedSubsetFontsKeepTextAndHaveThePresetSizeInMillimetres() throws IOException {
        FigureSet.Result r = FigureSet.write(
                data, new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.PDF), 300, 20), dir, false);
        assertThat(r.warnings()).isEmpty();
        for (FigureSet.Figure f : FigureSet.Figure.values()) {
            Path pdf = dir.resolve(f.stem() + ".pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                var box = doc.getPage(0).getMediaBox();
                assertThat(box.getWidth() * 25.4 / 72)
                        .as(f + " width in mm")
                        .isCloseTo(85.0, org.assertj.core.data.Offset.offset(0.01));
                if (f != FigureSet.Figure.PANELS) {
                    assertThat(box.getHeight() * 25.4 / 72).isCloseTo(66.0, org.assertj.core.data.Offset.offset(0.01));
                }
                List<PDFont> fonts = fonts(doc);
                assertThat(fonts).as(f + " fonts").isNotEmpty();
                for (PDFont font : fonts) {
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+LiberationSans.*");
                }
                // rotated labels come out one glyph per line: compare without white space
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
                switch (f) {
                    case DIAGRAM, SUBSET -> assertThat(text).contains("meanKtoLi₁Si₃", "meanKtoLi₃Si₁");
                    case REDUNDANCY -> assertThat(text).contains("pairsimilarityK", "cumulativefractionofpairs");
                    case COVERAGE -> assertThat(text).contains("subsetsizen", "REP(n)(%)", "D(n)", "ε=0.1", "110100");
                    case PANELS -> assertThat(text).contains("(a)", "(b)", "(c)", "(d)", "subsetsizen");
                }
            }
        }
    }

    @Test
    void svgKeepsTextAsTextAndStatesItsSizeInPoints() throws Exception {
        FigureSet.write(
                data, new FigureSet.Options(FigurePreset.DOUBLE, EnumSet.of(FigureFormat.SVG), 300, 20), dir, false);
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("coverage.svg").toFile());
        var svg = doc.getDocumentElement();
        assertThat(Double.parseDouble(svg.getAttribute("width").replace("pt", "")) * 25.4 / 72)
                .isCloseTo(170.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(svg.getAttribute("width")).endsWith("pt");
        NodeList texts = doc.getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) strings.add(texts.item(i).getTextContent());
        assertThat(strings).contains("subset size n", "D(n)", "REP(n) (%)", "FPS");
        assertThat(((org.w3c.dom.Element) texts.item(0)).getAttribute("style")).contains("Liberation Sans");
    }

    @Test
    void pngAndTiffHaveThePixelSizeAndResolutionOfTheChosenDpi() throws IOException {
        FigureSet.write(
                data,
                new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.PNG, FigureFormat.TIFF), 150, 20),
                dir,
                false);
        int w = (int) Math.round(FigurePreset.SINGLE.widthPt() * 150 / 72),
                h = (int) Math.round(FigurePreset.SINGLE.heightPt() * 150 / 72);
        for (String ext : List.of("png", "tiff")) {
            try (var in =
                    ImageIO.createImageInputStream(dir.resolve("diagram." + ext).toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertThat(reader.getWidth(0)).as(ext).isEqualTo(w);
                assertThat(reader.getHeight(0)).as(ext).isEqualTo(h);
                IIOMetadataNode root =
                        (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
                IIOMetadataNode px = (IIOMetadataNode)
                        root.getElementsByTagName("HorizontalPixelSize").item(0);
                assertThat(25.4 / Double.parseDouble(px.getAttribute("value")))
                        .as(ext + " dpi")
                        .isCloseTo(150.0, org.assertj.core.data.Offset.offset(0.5));
                reader.dispose();
            }
        }
    }

    /**
     * The legend, found in the rendered image by its frame colour, covers no data item (inside the
     * plot) or lies outside the data area: checked on the figure as drawn, not on the placement.
     */
    @Test
    void legendNeverCoversDataItems() {
        FigurePreset p = FigurePreset.SINGLE;
        double w = p.widthPt(), h = p.heightPt();
        List<FigureCharts.Built> built = List.of(
                FigureCharts.diagram(data, p, w, h),
                FigureCharts.redundancy(data, p, w, h),
                FigureCharts.coverage(data, p, w, h),
                FigureCharts.subset(data, 20, p, w, h),
                FigureCharts.diagram(crowded(), p, w, h));
        for (FigureCharts.Built b : built) {
            Rectangle2D drawn = assertLegendClear(b.chart(), w, h);
            if (b.legend().inside()) {
                // drawn where the placement put it (the corner it checked for data), also on the log axis
                assertThat(Math.abs(drawn.getCenterX() - b.legend().box().getCenterX()))
                        .as("legend x")
                        .isLessThan(1.5);
                assertThat(Math.abs(drawn.getCenterY() - b.legend().box().getCenterY()))
                        .as("legend y")
                        .isLessThan(1.5);
            }
        }
        FigureCharts.Built wide = FigureCharts.coverage(
                data, FigurePreset.DOUBLE, FigurePreset.DOUBLE.widthPt(), FigurePreset.DOUBLE.heightPt());
        Rectangle2D drawn =
                assertLegendClear(wide.chart(), FigurePreset.DOUBLE.widthPt(), FigurePreset.DOUBLE.heightPt());
        if (wide.legend().inside()) {
            assertThat(Math.abs(drawn.getCenterX() - wide.legend().box().getCenterX()))
                    .as("legend x on the log axis")
                    .isLessThan(1.5);
        }
        assertThat(built.get(4).legend().inside())
                .as("a diagram with points in every corner gets its legend beside it")
                .isFalse();
        assertThat(built.get(0).legend().inside() || built.get(1).legend().inside())
                .isTrue();
    }

    /** Figure data whose diagram has points in all four corners of the plot. */
    private static FigureData crowded() {
        int n = 400;
        double[] x = new double[n], y = new double[n];
        int[] g = new int[n];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
            y[i] = rnd.nextDouble();
            g[i] = i % 3;
        }
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        double[] zero = new double[n];
        return new FigureData(
                "crowded",
                List.of("A", "B", "C"),
                g,
                "A",
                "C",
                x,
                y,
                List.of(),
                order,
                zero,
                zero,
                0.1,
                List.of(),
                List.of(),
                null);
    }

    /** Returns the legend's box as drawn (found by its frame colour). */
    static Rectangle2D assertLegendClear(JFreeChart chart, double w, double h) {
        double scale = 4;
        BufferedImage img = new BufferedImage((int) (w * scale), (int) (h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        int frame = new Color(0x999999).getRGB();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int yy = 0; yy < img.getHeight(); yy++) {
            for (int xx = 0; xx < img.getWidth(); xx++) {
                if (img.getRGB(xx, yy) == frame) {
                    x0 = Math.min(x0, xx);
                    y0 = Math.min(y0, yy);
                    x1 = Math.max(x1, xx);
                    y1 = Math.max(y1, yy);
                }
            }
        }
        assertThat(x1).as("legend frame drawn").isGreaterThan(0);
        Rectangle2D legend =
                new Rectangle2D.Double(x0 / scale, y0 / scale, (x1 - x0 + 1) / scale, (y1 - y0 + 1) / scale);
        XYPlot plot = chart.getXYPlot();
        List<XYPlot> plots = plot instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of(plot);
        for (int k = 0; k < plots.size(); k++) {
            XYPlot sub = plots.get(k);
            PlotRenderingInfo pi =
                    plot instanceof CombinedDomainXYPlot ? info.getPlotInfo().getSubplotInfo(k) : info.getPlotInfo();
            Rectangle2D area = pi.getDataArea();
            boolean inside = area.contains(legend.getCenterX(), legend.getCenterY());
            if (!inside) {
                assertThat(legend.intersects(area))
                        .as("legend beside the plot stays out of the data area")
                        .isFalse();
                continue;
            }
            for (int d = 0; d < sub.getDatasetCount(); d++) {
                XYDataset ds = sub.getDataset(d);
                if (ds == null) continue;
                ValueAxis xa = sub.getDomainAxisForDataset(d), ya = sub.getRangeAxisForDataset(d);
                for (int s = 0; s < ds.getSeriesCount(); s++) {
                    for (int i = 0; i < ds.getItemCount(s); i++) {
                        double px = xa.valueToJava2D(ds.getXValue(s, i), area, sub.getDomainAxisEdge());
                        double py = ya.valueToJava2D(ds.getYValue(s, i), area, sub.getRangeAxisEdge());
                        assertThat(legend.contains(px, py))
                                .as("item %d of series %s under the legend %s", i, ds.getSeriesKey(s), legend)
                                .isFalse();
                    }
                }
            }
        }
        return legend;
    }

    @Test
    void figureDataReadFromTheAnalysisFilesEqualsTheReportsData() throws IOException {
        AnalysisFiles.write(report, dataset, dir, false);
        FigureData read = FigureData.read(dir);
        assertThat(read.groups()).isEqualTo(data.groups());
        assertThat(read.groupOf()).isEqualTo(data.groupOf());
        assertThat(read.fpsOrder()).isEqualTo(data.fpsOrder());
        assertThat(read.groupX()).isEqualTo(data.groupX());
        assertThat(read.epsilon()).isEqualTo(0.1);
        for (int i = 0; i < data.size(); i++) {
            assertThat(read.x()[i]).isCloseTo(data.x()[i], org.assertj.core.data.Offset.offset(1e-9));
            assertThat(read.y()[i]).isCloseTo(data.y()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
        for (int k = 0; k < data.rep().length; k++) {
            assertThat(read.rep()[k]).isCloseTo(data.rep()[k], org.assertj.core.data.Offset.offset(1e-7));
            assertThat(read.farthest()[k]).isCloseTo(data.farthest()[k], org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(read.distributions()).hasSameSizeAs(data.distributions());
        for (int c = 0; c < data.distributions().size(); c++) {
            var a = data.distributions().get(c);
            var b = read.distributions().get(c);
            assertThat(b.group()).isEqualTo(a.group());
            assertThat(b.members()).isEqualTo(a.members());
            assertThat(b.pairs()).isEqualTo(a.pairs());
            assertThat(b.k()).hasSize(FigureData.QUANTILES + 1);
            assertThat(b.k()[500]).isCloseTo(a.k()[500], org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(read.compositions())
                .extracting(FigureData.Composition::label)
                .containsExactly("5", "20", "40", "all");
        for (int c = 0; c < 4; c++) {
            assertThat(read.compositions().get(c).counts())
                    .isEqualTo(data.compositions().get(c).counts());
        }
        assertThat(read.random()).hasSize(3);
        assertThat(read.random().get(1).dMean())
                .isCloseTo(data.random().get(1).dMean(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void compositionCsvIsNumericApartFromItsLabelsAndOlderFilesStillRead() throws IOException {
        AnalysisFiles.write(report, dataset, dir, false);
        List<String> lines = Files.readAllLines(dir.resolve("composition.csv"));
        assertThat(lines.get(0)).isEqualTo("subset,n,group,count,percent");
        int wholeCount = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            assertThat(c[0]).isIn("fps", "all");
            int n = Integer.parseInt(c[1]);
            Integer.parseInt(c[3]);
            Double.parseDouble(c[4]);
            if (c[0].equals("all")) {
                assertThat(n).isEqualTo(dataset.size());
                wholeCount += Integer.parseInt(c[3]);
            }
        }
        assertThat(wholeCount).isEqualTo(dataset.size());
        // the layout before the label column: n,group,count,percent with n = all for the whole dataset
        StringBuilder old = new StringBuilder("n,group,count,percent\n");
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", 2);
            String rest = c[1].substring(c[1].indexOf(',') + 1);
            old.append(c[0].equals("all") ? "all" : c[1].substring(0, c[1].indexOf(',')))
                    .append(',')
                    .append(rest)
                    .append('\n');
        }
        Files.writeString(dir.resolve("composition.csv"), old);
        FigureData read = FigureData.read(dir);
        assertThat(read.compositions())
                .extracting(FigureData.Composition::label)
                .containsExactly("5", "20", "40", "all");
        for (int c = 0; c < 4; c++) {
            assertThat(read.compositions().get(c).counts())
                    .isEqualTo(data.compositions().get(c).counts());
        }
    }

    @Test
    void readingABrokenAnalysisFolderNamesFileAndLine() throws IOException {
        AnalysisFiles.write(report, dataset, dir, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("fps_curve.csv")));
        lines.set(3, "3,7,zero,50");
        Files.write(dir.resolve("fps_curve.csv"), lines);
        assertThatThrownBy(() -> FigureData.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fps_curve.csv:4")
                .hasMessageContaining("'zero'");
        Files.delete(dir.resolve("diagram.csv"));
        assertThatThrownBy(() -> FigureData.read(dir)).hasMessageContaining("diagram.csv");
        assertThatThrownBy(() -> FigureData.read(dir.resolve("nothing-here")))
                .hasMessageContaining("not an analysis folder");
    }

    @Test
    void aSubsetLargerThanTheDatasetIsShownWholeWithAWarning() throws IOException {
        FigureSet.Result r = FigureSet.write(
                data, new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.SVG), 300, 500), dir, false);
        assertThat(r.warnings()).singleElement().asString().contains("500").contains("90 configurations");
        List<String> subset = Files.readAllLines(dir.resolve("subset.csv"));
        assertThat(subset).hasSize(91).first().isEqualTo("index,group,x,y,selected,fps_rank");
        assertThat(subset.stream().skip(1).filter(l -> l.split(",")[4].equals("1")))
                .hasSize(90);
        assertThat(Files.readString(dir.resolve("subset.caption.txt"))).contains("n = 90");
    }

    @Test
    void eachFigureShipsWithItsDataAndCaptionAndTheTableAsCsvAndLatex() throws IOException {
        FigureSet.Result r = FigureSet.write(
                data,
                new FigureSet.Options(FigurePreset.ONE_AND_HALF, EnumSet.of(FigureFormat.PDF), 300, 20),
                dir,
                false);
        assertThat(r.files())
                .containsExactlyInAnyOrderElementsOf(FigureSet.plannedFiles(
                        new FigureSet.Options(FigurePreset.ONE_AND_HALF, EnumSet.of(FigureFormat.PDF), 300, 20), dir));
        for (Path f : r.files()) assertThat(f).exists();
        assertThat(Files.readAllLines(dir.resolve("coverage.csv")))
                .hasSize(91)
                .first()
                .isEqualTo("n,D,REP_percent");
        String caption = Files.readString(dir.resolve("coverage.caption.txt"));
        assertThat(caption).contains("ε = 0.1", "test.extxyz", "90 configurations", "test vectors", "n = 5, 20, 40");
        // the table: one row per group, counts of the n = 20 column sum to 20 and equal the FPS prefix
        List<String> csv = Files.readAllLines(dir.resolve("composition.csv"));
        assertThat(csv.get(0))
                .isEqualTo(
                        "group,all_count,all_percent,n5_count,n5_percent,n20_count,n20_percent,n40_count,n40_percent");
        assertThat(csv).hasSize(1 + data.groups().size());
        int sum = 0;
        for (int g = 0; g < data.groups().size(); g++) {
            String[] cells = csv.get(g + 1).split(",");
            int expected = 0;
            for (int k = 0; k < 20; k++) if (data.groupOf()[data.fpsOrder()[k]] == g) expected++;
            assertThat(Integer.parseInt(cells[5])).isEqualTo(expected);
            sum += Integer.parseInt(cells[5]);
        }
        assertThat(sum).isEqualTo(20);
        String tex = Files.readString(dir.resolve("composition.tex"));
        assertThat(tex)
                .contains("\\begin{tabular}{lrrrr}", "$n = 20$", "all ($N = 90$)", "\\end{tabular}")
                .contains("Li$_{1}$Si$_{3}$");
        assertThat(tex.lines().filter(l -> l.endsWith("\\\\")))
                .hasSize(1 + data.groups().size());
    }

    @Test
    void manyPointsBecomeOneEmbeddedImageWhileTextStaysVector() throws IOException {
        FigurePreset p = FigurePreset.SINGLE;
        JFreeChart vector = FigureCharts.scatter(crowded(), null, p, p.widthPt(), p.heightPt(), 1000, false)
                .chart();
        JFreeChart raster = FigureCharts.scatter(crowded(), null, p, p.widthPt(), p.heightPt(), 100, false)
                .chart();
        FigureWriter.write(vector, p.widthPt(), p.heightPt(), FigureFormat.PDF, 300, "v", dir.resolve("v.pdf"), false);
        FigureWriter.write(raster, p.widthPt(), p.heightPt(), FigureFormat.PDF, 300, "r", dir.resolve("r.pdf"), false);
        try (PDDocument v = Loader.loadPDF(dir.resolve("v.pdf").toFile());
                PDDocument r = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            assertThat(images(v.getPage(0).getResources(), 0)).isZero();
            assertThat(images(r.getPage(0).getResources(), 0)).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(r)).contains("mean K to A");
            assertThat(fonts(r)).allMatch(PDFont::isEmbedded);
        }
        assertThat(((MarkRenderer) raster.getXYPlot().getRenderer()).lastDrawnAsRaster())
                .isTrue();
    }

    @Test
    void presetsScaleWithTheirSizeAndRejectNonsense() {
        assertThat(FigurePreset.byId("single").widthPt())
                .isCloseTo(85 * 72 / 25.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(FigurePreset.byId("1.5")).isEqualTo(FigurePreset.ONE_AND_HALF);
        assertThat(FigurePreset.DOUBLE.widthMm()).isEqualTo(170);
        FigurePreset c = FigurePreset.SINGLE.with(90.0, null, 9.0);
        assertThat(c.widthMm()).isEqualTo(90);
        assertThat(c.heightMm()).isEqualTo(66);
        assertThat(c.lineWidthPt()).isGreaterThan(FigurePreset.SINGLE.lineWidthPt());
        assertThat(FigurePreset.SINGLE.with(null, null, null)).isSameAs(FigurePreset.SINGLE);
        assertThatThrownBy(() -> FigurePreset.byId("poster")).hasMessageContaining("single, onehalf or double");
        assertThatThrownBy(() -> FigurePreset.SINGLE.with(5.0, null, null)).hasMessageContaining("20 to 600 mm");
        assertThatThrownBy(() -> FigureFormat.parse("gif")).hasMessageContaining("pdf, svg, png or tiff");
    }

    @Test
    void refusesToOverwriteWithoutForceBeforeWritingAnything() throws IOException {
        Files.writeString(dir.resolve("panels.png"), "old");
        var o = new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.PNG), 100, 20);
        assertThatThrownBy(() -> FigureSet.write(data, o, dir, false))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(dir.resolve("panels.png"))).isEqualTo("old");
        try (var s = Files.list(dir)) {
            assertThat(s).hasSize(1);
        }
    }

    /** In the subset figure a selected point is drawn over the grey ones: its pixel has its group's colour. */
    @Test
    void selectedPointsAreDrawnOverTheGreyRest() {
        FigurePreset p = FigurePreset.SINGLE;
        int[] one = {data.fpsOrder()[0]};
        FigureData d = data;
        JFreeChart chart =
                FigureCharts.subset(d, 1, p, p.widthPt(), p.heightPt()).chart();
        double scale = 4;
        BufferedImage img = new BufferedImage(
                (int) (p.widthPt() * scale), (int) (p.heightPt() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        chart.setAntiAlias(false);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, p.widthPt(), p.heightPt()), info);
        g.dispose();
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double px = plot.getDomainAxis().valueToJava2D(d.x()[one[0]], area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(d.y()[one[0]], area, plot.getRangeAxisEdge());
        Color expected = new GroupPalette(d.groups()).of(d.groups().get(d.groupOf()[one[0]]));
        assertThat(new Color(img.getRGB((int) Math.round(px * scale), (int) Math.round(py * scale))))
                .isEqualTo(expected);
    }

    /** 200 000 points: the diagram PDF holds one raster layer for the marks, the axes and legend stay text in the embedded font. */
    @Test
    void aDiagramOf200000PointsStaysSmallAndKeepsItsText() throws IOException {
        int n = 200_000;
        java.util.Random rnd = new java.util.Random(3);
        double[] x = new double[n], y = new double[n];
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = i % 3;
            x[i] = 0.5 + 0.1 * groupOf[i] + 0.05 * rnd.nextGaussian();
            y[i] = 0.7 - 0.1 * groupOf[i] + 0.05 * rnd.nextGaussian();
        }
        int[] order = {0, 1, 2};
        FigureData big = new FigureData(
                "big.extxyz",
                List.of("Li1Si64", "Li13Si4", "Li21Si5"),
                groupOf,
                "Li1Si64",
                "Li21Si5",
                x,
                y,
                List.of(),
                order,
                new double[3],
                new double[3],
                0.1,
                List.of(),
                List.of(),
                null);
        FigurePreset p = FigurePreset.DOUBLE;
        JFreeChart chart =
                FigureCharts.diagram(big, p, p.widthPt(), p.heightPt()).chart();
        Path pdf = dir.resolve("big.pdf");
        FigureWriter.write(chart, p.widthPt(), p.heightPt(), FigureFormat.PDF, 300, "big", pdf, false);
        assertThat(Files.size(pdf)).isLessThan(3_000_000L);
        assertThat(((MarkRenderer) chart.getXYPlot().getRenderer()).lastDrawnAsRaster())
                .isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(images(doc.getPage(0).getResources(), 0)).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("mean K to Li", "Li", "0.");
            assertThat(fonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
        // the SVG likewise: one <image>, the labels as <text>
        String svg = FigureWriter.svg(chart, p.widthPt(), p.heightPt(), "big");
        assertThat(svg.length()).isLessThan(4_000_000);
        assertThat(svg.split("<image", -1)).hasSize(2);
        assertThat(svg).contains(">mean K to Li");
    }

    /**
     * The workbench's path (an analysis session's result, FPS order computed in part) writes the
     * files {@code sift analyze --figures} writes: the same CSVs, tables and captions.
     */
    @Test
    void theWorkbenchsFigureSetEqualsTheCommandLines() throws IOException {
        Dataset ds = TestData.lisi(90, 4);
        var provider = TestData.vectors(1, 0.5);
        AnalyzeDataset.Options cli = AnalyzeDataset.Options.defaults();
        AnalyzeDataset.Report full = new AnalyzeDataset(2).run(ds, provider, cli, ProgressMonitor.NONE);
        String descriptor = org.sift.workflow.AnalysisSettings.STUDY.describe();
        FigureSet.Options o = new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.SVG), 300, 40);
        Path cliDir = dir.resolve("cli");
        FigureSet.write(FigureData.of(full, ds.name(), cli.epsilon(), descriptor), o, cliDir, false);

        org.sift.workflow.AnalysisInputs in = new org.sift.workflow.AnalysisInputs(
                ds,
                ds.formulaGroups(),
                null,
                null,
                org.sift.workflow.AnalysisSettings.STUDY,
                null,
                null,
                0.1,
                0,
                org.sift.workflow.AnalysisSession.MAX_PAIRS,
                Integer.MAX_VALUE);
        org.sift.workflow.AnalysisResult a = org.sift.workflow.AnalysisSession.update(
                null, in, org.sift.workflow.AnalysisSession.ProviderFactory.fixed(provider), 2, ProgressMonitor.NONE);
        Path guiDir = dir.resolve("gui");
        FigureSet.write(a, o, guiDir, false, 2, ProgressMonitor.NONE);
        for (String f : List.of(
                "diagram.csv",
                "redundancy.csv",
                "coverage.csv",
                "coverage-random.csv",
                "subset.csv",
                "composition.csv",
                "composition.tex",
                "diagram.caption.txt",
                "coverage.caption.txt",
                "subset.caption.txt",
                "panels.caption.txt",
                "figure-set.json")) {
            assertThat(Files.readString(guiDir.resolve(f))).as(f).isEqualTo(Files.readString(cliDir.resolve(f)));
        }
        // the drawing too, up to the random ids of the clip paths
        assertThat(Files.readString(guiDir.resolve("diagram.svg")).replaceAll("_[0-9]+clip", "clip"))
                .isEqualTo(Files.readString(cliDir.resolve("diagram.svg")).replaceAll("_[0-9]+clip", "clip"));
    }

    /** A subset figure beyond the FPS prefix the workbench computed continues the same order; the result itself is kept. */
    @Test
    void aSubsetBeyondTheComputedPrefixContinuesTheSameOrder() throws IOException {
        Dataset ds = TestData.lisi(90, 4);
        var provider = TestData.vectors(1, 0.5);
        org.sift.workflow.AnalysisInputs in = new org.sift.workflow.AnalysisInputs(
                ds,
                ds.formulaGroups(),
                null,
                null,
                org.sift.workflow.AnalysisSettings.STUDY,
                null,
                null,
                0.1,
                0,
                org.sift.workflow.AnalysisSession.MAX_PAIRS,
                20);
        org.sift.workflow.AnalysisResult a = org.sift.workflow.AnalysisSession.update(
                null, in, org.sift.workflow.AnalysisSession.ProviderFactory.fixed(provider), 2, ProgressMonitor.NONE);
        assertThat(a.fps().size()).isEqualTo(20);
        FigureSet.Result r = FigureSet.write(
                a,
                new FigureSet.Options(FigurePreset.SINGLE, EnumSet.of(FigureFormat.SVG), 300, 50),
                dir,
                false,
                2,
                ProgressMonitor.NONE);
        assertThat(r.warnings()).isEmpty();
        assertThat(a.fps().size()).isEqualTo(20);
        int[] whole = new AnalyzeDataset(2)
                .run(ds, provider, AnalyzeDataset.Options.defaults(), ProgressMonitor.NONE)
                .fps()
                .order();
        List<String> subset = Files.readAllLines(dir.resolve("subset.csv"));
        java.util.Map<Integer, Integer> rank = new java.util.HashMap<>();
        for (String line : subset.subList(1, subset.size())) {
            String[] c = line.split(",");
            if (c[4].equals("1")) rank.put(Integer.parseInt(c[5]), Integer.parseInt(c[0]));
        }
        assertThat(rank).hasSize(50);
        for (int k = 0; k < 50; k++)
            assertThat(rank.get(k + 1)).as("rank %d", k + 1).isEqualTo(whole[k]);
    }
}

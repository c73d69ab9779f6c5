package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;
import org.sift.workflow.Manifest;

/** `sift select` end to end on the real Li–Si file with the SOAP engine: options reach the manifest, splits add up. */
class SelectSoapEndToEndTest {

    @TempDir
    Path dir;

    private static Path lisi() throws URISyntaxException {
        return Path.of(SelectSoapEndToEndTest.class.getResource("/data/lisi-dftb/LixSi64-dftb.extxyz.gz").toURI());
    }

    @Test
    void soapOptionsAreUsedAndRecordedAndTheSplitPreservesGroups() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path sub = dir.resolve("sub.extxyz");
        Path train = dir.resolve("train.extxyz");
        Path validation = dir.resolve("validation.extxyz");
        Path manifest = dir.resolve("m.json");
        int code = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "select", lisi().toString(), "-n", "20", "-o", sub.toString(), "--sigma", "0.5", "--lmax", "4",
                "--train", train.toString(), "--validation", validation.toString(), "--train-fraction", "0.5",
                "--manifest", manifest.toString(), "--quiet");
        assertThat(code).as(err.toString()).isZero();
        FormatRegistry r = FormatRegistry.standard();
        Dataset s = r.read(sub);
        Dataset t = r.read(train);
        Dataset v = r.read(validation);
        assertThat(s.size()).isEqualTo(20);
        assertThat(t.size() + v.size()).isEqualTo(20);
        Map<String, Integer> all = Dataset.counts(s.formulaGroups());
        Map<String, Integer> tc = Dataset.counts(t.formulaGroups());
        Map<String, Integer> vc = Dataset.counts(v.formulaGroups());
        for (Map.Entry<String, Integer> e : all.entrySet()) {
            int inTrain = tc.getOrDefault(e.getKey(), 0);
            int inValidation = vc.getOrDefault(e.getKey(), 0);
            assertThat(inTrain + inValidation).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(Math.abs(inTrain - inValidation)).as(e.getKey()).isLessThanOrEqualTo(1);
        }
        String json = java.nio.file.Files.readString(manifest);
        assertThat(json).contains("\"sigma_A\" : 0.5").contains("\"l_max\" : 4");
        assertThat(Manifest.read(manifest).order()).hasSize(20).doesNotHaveDuplicates();
        // every label of the source survives the export
        assertThat(s.get(0).energy()).isNotNull();
        assertThat(s.get(0).info()).containsKeys("config_type", "md_step");
    }

    @Test
    void analyzeWritesTablesAndTheStudysFiguresInEveryFormat() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir2 = dir.resolve("analysis");
        int code = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "analyze", lisi().toString(), "--out", dir2.toString(), "--sizes", "10,20", "--random-repeats", "2",
                "--figures", "png,svg,pdf", "--figure-n", "20", "--dpi", "100", "--quiet");
        assertThat(code).as(err.toString()).isZero();
        Path figs = dir2.resolve("figures");
        for (org.sift.figures.FigureSet.Figure f : org.sift.figures.FigureSet.Figure.values()) {
            String stem = f.stem();
            byte[] png = java.nio.file.Files.readAllBytes(figs.resolve(stem + ".png"));
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
            assertThat(java.nio.file.Files.readString(figs.resolve(stem + ".svg"))).contains("<svg");
            assertThat(new String(java.nio.file.Files.readAllBytes(figs.resolve(stem + ".pdf")), 0, 5,
                    java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
        // the diagram's axes name the extreme groups of the Li-Si sample (lowest and highest Li fraction), as formulas
        assertThat(java.nio.file.Files.readString(figs.resolve("diagram.svg"))).contains("Li₁₃Si₆₄").contains("Li₁₅Si₄");
        assertThat(java.nio.file.Files.readString(figs.resolve("coverage.caption.txt"))).contains("SOAP power spectrum");
        // sift figures draws the same set again from the analysis files alone, here at double-column width
        Path redraw = dir.resolve("redraw");
        int code2 = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "figures", dir2.toString(), "--out", redraw.toString(), "--figure-preset", "double", "--figures", "svg",
                "--figure-n", "5000");
        assertThat(code2).as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: the figure subset size 5000 is larger than the");
        assertThat(java.nio.file.Files.readString(redraw.resolve("coverage.svg"))).contains("width='481.8897");
        assertThat(java.nio.file.Files.readString(redraw.resolve("coverage.caption.txt"))).contains("SOAP power spectrum");
        assertThat(java.nio.file.Files.readString(redraw.resolve("diagram.csv")))
                .isEqualTo(java.nio.file.Files.readString(figs.resolve("diagram.csv")));
        // figures are not overwritten without --force
        int again = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "analyze", lisi().toString(), "--out", dir2.toString(), "--figures", "png", "--quiet");
        assertThat(again).isEqualTo(SiftCli.BAD_INPUT);
    }
}

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
}

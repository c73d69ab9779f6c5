package org.sift.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.deepmd.Npy;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

/**
 * Labels under other names: QUIP's SiC.np1.xyz (first 8 configurations) stores {@code dft_energy},
 * {@code dft_force} and {@code dft_virial}; the expected values are parsed here from the file's text.
 */
class LabelKeysTest {

    static final String SIC = "quip__tests__SiC.np1.head8.xyz";
    private static final Pattern DFT_ENERGY = Pattern.compile("dft_energy=(\\S+)");
    private static final Pattern DFT_VIRIAL = Pattern.compile("dft_virial=\"([^\"]+)\"");

    private final FormatRegistry registry = FormatRegistry.standard();

    @TempDir
    Path dir;

    static Path data(String name) {
        try {
            return Path.of(LabelKeysTest.class.getResource("/data/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Dataset read(Path p, LabelKeys keys, ReadLog log) throws IOException {
        return registry.read(p, null, new ReadOptions(List.of(), keys, null, null, null, log), ProgressMonitor.NONE);
    }

    private static List<String> comments(Path p) throws IOException {
        List<String> l = Files.readAllLines(p, StandardCharsets.UTF_8);
        List<String> c = new ArrayList<>();
        for (int i = 0; i < l.size(); i += Integer.parseInt(l.get(i).trim()) + 2) {
            c.add(l.get(i + 1));
        }
        return c;
    }

    @Test
    void commonNamesAreDetectedAndReported() throws IOException {
        Path p = data(SIC);
        ReadLog.Collector log = new ReadLog.Collector();
        Dataset d = read(p, LabelKeys.DETECT, log);
        List<String> comments = comments(p);
        assertThat(d.size()).isEqualTo(comments.size()).isEqualTo(8);
        for (int i = 0; i < d.size(); i++) {
            Configuration c = d.get(i);
            Matcher e = DFT_ENERGY.matcher(comments.get(i));
            assertThat(e.find()).isTrue();
            assertThat(c.energy()).isEqualTo(Double.parseDouble(e.group(1)));
            Matcher v = DFT_VIRIAL.matcher(comments.get(i));
            assertThat(v.find()).isTrue();
            String[] t = v.group(1).trim().split("\\s+");
            // symmetric here, so the column-major reading gives the printed order
            for (int k = 0; k < 9; k++) {
                assertThat(c.virial()[k]).isEqualTo(Double.parseDouble(t[k]));
            }
            assertThat(c.forces()).isNotNull();
            assertThat(c.info()).doesNotContainKeys("dft_energy", "dft_virial");
            assertThat(c.arrays()).doesNotContainKey("dft_force");
        }
        // line 3: "Si -0.03 0 0 0.84904691 0 0"; line 7 (atom 5): "C ... -0.15105231 -0.10217255 -0.10217255"
        assertThat(d.get(0).forces()).startsWith(0.84904691, 0.0, 0.0);
        assertThat(d.get(0).forces()[12]).isEqualTo(-0.15105231);
        assertThat(d.get(0).forces()[14]).isEqualTo(-0.10217255);
        assertThat(log.notes()).extracting(ReadLog.Message::text).containsExactly(
                "energy read from 'dft_energy' (8 of 8 configurations), detected; --energy-key chooses another key",
                "forces read from 'dft_force' (8 of 8 configurations), detected; --forces-key chooses another key",
                "virial read from 'dft_virial' (8 of 8 configurations), detected; --virial-key chooses another key");
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void convertedToDeepmdTheDftLabelsBecomeEnergyForceAndVirial() throws IOException {
        Dataset d = read(data(SIC), LabelKeys.DETECT, ReadLog.NONE);
        Path out = dir.resolve("dp");
        registry.write(out, registry.byId("deepmd-npy").orElseThrow(), d.configurations(), WriteOptions.defaults(), false);
        Path set = out.resolve("set.000");
        if (!Files.isDirectory(set)) {
            try (var s = Files.list(out)) {
                set = s.filter(Files::isDirectory).findFirst().orElseThrow().resolve("set.000");
            }
        }
        assertThat(set.resolve("energy.npy")).exists();
        assertThat(set.resolve("force.npy")).exists();
        assertThat(set.resolve("virial.npy")).exists();
        assertThat(set.resolve("dft_energy.npy")).doesNotExist();
        Npy.Array e = Npy.read(set.resolve("energy.npy"));
        assertThat(e.shape()).containsExactly(8);
        assertThat(e.get(0)).isEqualTo(d.get(0).energy());
    }

    @Test
    void aGivenKeyReplacesTheFilesOwnLabelWithAWarning() throws IOException {
        Path p = dir.resolve("two.extxyz");
        Files.writeString(p, """
                1
                energy=-1.0 REF_energy=-2.5 pbc="F F F"
                H 0 0 0
                1
                energy=-1.5 pbc="F F F"
                H 0 0 1
                """);
        // without a key the file's own energy stays
        Dataset auto = read(p, LabelKeys.DETECT, ReadLog.NONE);
        assertThat(auto.get(0).energy()).isEqualTo(-1.0);
        assertThat(auto.get(0).info()).containsKey("REF_energy");
        ReadLog.Collector log = new ReadLog.Collector();
        Dataset d = read(p, new LabelKeys("REF_energy", null, null, null), log);
        assertThat(d.get(0).energy()).isEqualTo(-2.5);
        assertThat(d.get(1).energy()).isNull();
        assertThat(log.warnings()).extracting(ReadLog.Message::text).anySatisfy(t -> assertThat(t)
                .contains("'REF_energy' (--energy-key) is absent from 1 of 2 configurations"));
        assertThat(log.warnings()).extracting(ReadLog.Message::text).anySatisfy(t -> assertThat(t)
                .contains("2 configurations had their own 'energy'"));
        // a key whose value is not a number is an error naming the configuration
        Files.writeString(p, "1\nREF_energy=abc pbc=\"F F F\"\nH 0 0 0\n");
        assertThatThrownBy(() -> read(p, new LabelKeys("REF_energy", null, null, null), ReadLog.NONE))
                .isInstanceOf(FormatException.class).hasMessageContaining("configuration 1").hasMessageContaining("REF_energy");
    }
}

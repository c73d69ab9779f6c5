package org.sift.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {

    @Test
    void aSampleIsCopiedByteForByteAndNothingElseIsLeftInTheFolder(@TempDir Path dir) throws Exception {
        for (BundledSamples.Sample s : BundledSamples.ALL) {
            Path f = BundledSamples.extract(s, dir);
            byte[] packaged;
            try (InputStream in = BundledSamples.class.getResourceAsStream("/org/sift/ui/samples/" + s.fileName())) {
                packaged = in.readAllBytes();
            }
            assertThat(Files.readAllBytes(f)).as(s.fileName()).isEqualTo(packaged);
            // the same sample repository file, compared with the source tree as a second truth
            assertThat(Files.readAllBytes(f)).isEqualTo(Files.readAllBytes(Path.of("sample-data", s.fileName())));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(BundledSamples.ALL.stream().map(BundledSamples.Sample::fileName).toList());
        }
    }

    @Test
    void aTruncatedCopyIsReplaced(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(BundledSamples.REAL.fileName());
        Files.write(f, new byte[] {1, 2, 3});
        BundledSamples.extract(BundledSamples.REAL, dir);
        assertThat(Files.size(f)).isEqualTo(Files.size(Path.of("sample-data", BundledSamples.REAL.fileName())));
    }
}

package org.sift.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;

class SessionTest {

    @TempDir
    Path dir;

    private Session session(Path input) throws Exception {
        Map<String, int[]> named = new LinkedHashMap<>();
        named.put("fps-400", new int[] {5, 3, 9});
        named.put("hand", new int[] {1});
        return Session.of(List.of(input), List.of("Li", "Si"), SoapParameters.STUDY.withSigma(0.5),
                new KernelOptions(2, true, true), "config_type", "Li1Si64", "Li54Si1", 0.08, 400,
                new int[] {7, 2}, new int[] {4}, named);
    }

    @Test
    void saveAndLoadGiveTheSameSession() throws Exception {
        Path input = dir.resolve("data.extxyz");
        Files.writeString(input, "1\nLattice=\"2 0 0 0 2 0 0 0 2\"\nSi 0 0 0\n");
        Session s = session(input);
        Path file = dir.resolve("curation.sift");
        s.save(file);
        Session back = Session.load(file);
        assertThat(back).isEqualTo(s);
        assertThat(back.soap().sigma()).isEqualTo(0.5);
        assertThat(back.kernel().zeta()).isEqualTo(2);
        assertThat(back.namedSubsets().get("fps-400")).containsExactly(5, 3, 9);
        assertThat(back.inputs().get(0).sha256()).isEqualTo(Manifest.sha256(input)).hasSize(64);
        assertThat(back.changedInputs()).isEmpty();
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1");
    }

    @Test
    void aChangedOrMissingInputIsReportedByName() throws Exception {
        Path input = dir.resolve("data.extxyz");
        Files.writeString(input, "1\n\nSi 0 0 0\n");
        Session s = session(input);
        Files.writeString(input, "1\n\nSi 0 0 0.1\n");
        assertThat(s.changedInputs()).containsExactly(input.toAbsolutePath() + ": changed on disk since the project was saved");
        Files.delete(input);
        assertThat(s.changedInputs()).containsExactly(input.toAbsolutePath() + ": missing");
    }

    @Test
    void foreignFilesAndOtherSchemaVersionsAreRefused() throws Exception {
        Path junk = dir.resolve("junk.sift");
        Files.writeString(junk, "{\"hello\": 1");
        assertThatThrownBy(() -> Session.load(junk)).hasMessageContaining("junk.sift: not a Sift project file");
        Path input = dir.resolve("d.xyz");
        Files.writeString(input, "x");
        Path file = dir.resolve("s.sift");
        session(input).save(file);
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99"));
        assertThatThrownBy(() -> Session.load(file)).hasMessageContaining("schema version 99");
    }
}

package org.sift.io.vasp;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The VASP test files of src/test/resources/data/formats and small text utilities. */
final class VaspTestFiles {

    static final String POSCAR_SIC = "dpdata__poscars__POSCAR.SiC";
    static final String OUTCAR_H2O = "dpdata__poscars__OUTCAR.h2o.md";
    static final String OUTCAR_TIO = "dpdata__poscars__Ti-O-Ti-v6__OUTCAR";
    static final String VASPRUN_TIO = "dpdata__poscars__Ti-O-Ti-v6__vasprun.xml";
    static final String VASPRUN_H2O = "dpdata__poscars__vasprun.h2o.md.xml";

    private VaspTestFiles() {
    }

    static Path data(String name) {
        try {
            return Path.of(VaspTestFiles.class.getResource("/data/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String name) throws IOException {
        return Files.readAllLines(data(name), StandardCharsets.ISO_8859_1);
    }

    /** The first {@code n} lines of a test file, written to {@code dir/target}. */
    static Path head(String name, int n, Path dir, String target) throws IOException {
        List<String> l = lines(name);
        Path p = dir.resolve(target);
        Files.write(p, l.subList(0, Math.min(n, l.size())), StandardCharsets.ISO_8859_1);
        return p;
    }

    /** Number of lines containing {@code s}. */
    static long count(String name, String s) throws IOException {
        return lines(name).stream().filter(l -> l.contains(s)).count();
    }

    /** 1-based number of the k-th (0-based) line containing {@code s}. */
    static int lineOf(String name, String s, int k) throws IOException {
        List<String> l = lines(name);
        int seen = 0;
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).contains(s) && seen++ == k) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(s + " occurs fewer than " + (k + 1) + " times in " + name);
    }
}

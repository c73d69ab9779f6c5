package org.sift.io.extxyz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;

/**
 * Extended XYZ in ASE's dialect (and plain XYZ): many frames per file, each an atom count, a
 * {@code key=value} comment line ({@code Lattice}, {@code Properties}, {@code pbc}, {@code energy},
 * {@code stress}, {@code virial} and free info keys) and one line per atom. Units as ASE: Å, eV,
 * eV/Å, eV/Å^3. See {@link ExtXyzReader} and {@link ExtXyzWriter} for the mapping to the model.
 */
public final class ExtXyzFormat extends DeclaredFormat {

    public static final String ID = "extxyz";

    /**
     * XYZ: the first non-blank line is a non-negative integer alone, followed by a comment line and
     * (when the atom count is positive and the line is in the head) an atom line of 4 or more fields.
     */
    /** Every info key except {@code Lattice}, {@code Properties}, {@code pbc}, {@code energy}, {@code stress}, {@code virial}. */
    public ExtXyzFormat() {
        super(ID, "Extended XYZ (ASE)", List.of("extxyz", "xyz"),
                Capabilities.of(Label.CELL, Label.PBC_PER_AXIS, Label.ENERGY, Label.FORCES, Label.STRESS, Label.VIRIAL, Label.INFO, Label.PER_ATOM_ARRAYS), Trait.MULTI_FRAME, Trait.READS, Trait.WRITES);
    }

    @Override
    public boolean holdsInfo(Property p) {
        return ExtXyzWriter.infoProblem(p) == null;
    }

    /**
     * Every per-atom array except those named like the model's own columns ({@code species},
     * {@code pos}, {@code Z}, {@code forces}, ...), with names that cannot be a column name, of
     * strings that are empty or hold whitespace, or without columns.
     */
    @Override
    public boolean holdsArray(Property p) {
        return ExtXyzWriter.arrayProblem(p) == null;
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n|\r", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i >= lines.length - 1) {
            return false; // no complete first line
        }
        String count = lines[i].strip();
        if (!CommentLine.isInteger(count) || count.startsWith("-")) {
            return false;
        }
        long n;
        try {
            n = Long.parseLong(count);
        } catch (NumberFormatException e) {
            return false;
        }
        if (i + 1 >= lines.length) {
            return false;
        }
        if (n == 0 || i + 3 > lines.length - 1) {
            return true; // atom line not (completely) in the head
        }
        return lines[i + 2].strip().split("\\s+").length >= 4;
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        return ExtXyzReader.read(path, options, monitor);
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        return ExtXyzWriter.write(path, configurations);
    }
}

package org.sift.io.n2p2;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.LabelWarnings;
import org.sift.io.ReadOptions;
import org.sift.io.TextOutput;
import org.sift.io.WriteOptions;
import org.sift.io.text.LineReader;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;

/**
 * n2p2 (RuNNer) training data {@code input.data}, id {@code n2p2}, read and write, many frames.
 *
 * <p>Each configuration is a block {@code begin} ... {@code end} of lines: {@code comment text}
 * (any number), {@code lattice ax ay az} (three lines, or none for a molecule), {@code atom x y z
 * element q e fx fy fz} (one per atom: position, element, atomic charge, atomic energy, force),
 * {@code energy E} and {@code charge Q}. The file is read in atomic units, as dpdata reads and
 * writes it and as training sets converted for n2p2 usually are: lengths in bohr, energies in
 * Hartree, forces in Hartree/bohr, converted to Å, eV and eV/Å with CODATA 2014 (as ASE:
 * 1 bohr = 0.52917721067 Å, 1 Hartree = 27.211386018 eV). Three lattice lines make the cell fully
 * periodic, none non-periodic. The atomic charges and energies, the total charge and the comments
 * are not kept.
 *
 * <p>Writing: one block per configuration, {@code comment} with the formula, the lattice (when
 * the cell is periodic), the atoms (charge and atomic energy 0), {@code energy} (0 when absent) and
 * {@code charge 0}, in the same atomic units, numbers written with {@code Double.toString}.
 */
public final class N2p2Format extends DeclaredFormat {

    /** 1 bohr in Å (CODATA 2014, ASE's default). */
    public static final double BOHR = 0.52917721067;
    /** 1 Hartree in eV (CODATA 2014, ASE's default: twice 13.605693009). */
    public static final double HARTREE = 27.211386018;

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES);

    public N2p2Format() {
        super(
                "n2p2",
                "n2p2 / RuNNer input.data",
                List.of("input.data", "n2p2"),
                CAPS,
                Trait.MULTI_FRAME,
                Trait.READS,
                Trait.WRITES);
    }

    /** Lattice lines are written for periodic cells only. */
    @Override
    public boolean holdsCell(Cell cell) {
        return cell.anyPeriodic();
    }

    /** True if the first non-blank line is {@code begin} and the next starts with {@code comment}, {@code lattice} or {@code atom}. */
    @Override
    public boolean sniff(Path path, byte[] head) {
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r?\n");
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i + 1 >= lines.length || !lines[i].strip().equals("begin")) {
            return false;
        }
        String next = LineReader.firstToken(lines[i + 1]);
        return next.equals("comment") || next.equals("lattice") || next.equals("atom");
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        List<Configuration> out = new ArrayList<>();
        try (LineReader r = new LineReader(path)) {
            while (r.nextNonBlank() != null) {
                monitor.checkCancelled();
                if (!r.field(0).equals("begin")) {
                    throw r.error("expected 'begin', got '" + r.line().strip() + "'");
                }
                long start = r.lineNumber();
                List<double[]> lattice = new ArrayList<>();
                List<String> species = new ArrayList<>();
                List<double[]> atoms = new ArrayList<>();
                Double energy = null;
                boolean ended = false;
                while (r.nextNonBlank() != null) {
                    String key = r.field(0);
                    if (key.equals("end")) {
                        ended = true;
                        break;
                    }
                    switch (key) {
                        case "comment", "charge" -> {
                            // not kept
                        }
                        case "lattice" -> {
                            if (lattice.size() == 3) {
                                throw r.error("a fourth lattice line");
                            }
                            lattice.add(new double[] {
                                r.real(1, "lattice x") * BOHR,
                                r.real(2, "lattice y") * BOHR,
                                r.real(3, "lattice z") * BOHR
                            });
                        }
                        case "atom" -> {
                            if (r.fieldCount() < 10) {
                                throw r.error("expected 'atom x y z element charge energy fx fy fz', got "
                                        + r.fieldCount() + " fields");
                            }
                            String e = r.field(4);
                            if (!Elements.isElement(e) && !options.aliases().containsKey(e)) {
                                throw r.error("'" + e + "' is not an element symbol");
                            }
                            species.add(e);
                            double[] a = new double[6];
                            for (int k = 0; k < 3; k++) {
                                a[k] = r.real(1 + k, "coordinate " + "xyz".charAt(k)) * BOHR;
                                a[3 + k] = r.real(7 + k, "force component " + "xyz".charAt(k)) * HARTREE / BOHR;
                            }
                            atoms.add(a);
                        }
                        case "energy" -> energy = r.real(1, "the energy") * HARTREE;
                        default ->
                            throw r.error(
                                    "unknown line '" + key + "' in a configuration (begin at line " + start + ")");
                    }
                }
                if (!ended) {
                    throw new FormatException(
                            r.file(),
                            r.lineNumber() + 1,
                            "file ends inside the configuration that " + "begins at line " + start + " (no 'end')");
                }
                if (lattice.size() != 0 && lattice.size() != 3) {
                    throw new FormatException(
                            r.file(),
                            start,
                            "the configuration has " + lattice.size()
                                    + " lattice lines; 3 (periodic) or none expected");
                }
                if (atoms.isEmpty()) {
                    throw new FormatException(r.file(), start, "the configuration has no atoms");
                }
                int n = atoms.size();
                double[] pos = new double[3 * n];
                double[] f = new double[3 * n];
                for (int a = 0; a < n; a++) {
                    System.arraycopy(atoms.get(a), 0, pos, 3 * a, 3);
                    System.arraycopy(atoms.get(a), 3, f, 3 * a, 3);
                }
                Cell cell = Cell.none();
                if (lattice.size() == 3) {
                    double[] v = new double[9];
                    for (int i = 0; i < 3; i++) {
                        System.arraycopy(lattice.get(i), 0, v, 3 * i, 3);
                    }
                    cell = Cell.periodic(v);
                }
                options.log().frameLine(r.file(), out.size(), start);
                out.add(new Configuration(
                        species.toArray(new String[0]), pos, cell, energy, f, null, null, null, null));
            }
        }
        return out;
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        List<String> warnings = new ArrayList<>(LabelWarnings.check(this, configurations));
        try (BufferedWriter w = TextOutput.writer(path)) {
            StringBuilder sb = new StringBuilder();
            for (Configuration c : configurations) {
                sb.setLength(0);
                sb.append("begin\ncomment ").append(c.formulaGroup()).append('\n');
                if (c.cell().anyPeriodic()) {
                    for (int i = 0; i < 3; i++) {
                        sb.append("lattice ")
                                .append(c.cell().get(i, 0) / BOHR)
                                .append(' ')
                                .append(c.cell().get(i, 1) / BOHR)
                                .append(' ')
                                .append(c.cell().get(i, 2) / BOHR)
                                .append('\n');
                    }
                }
                double[] f = c.forces();
                for (int a = 0; a < c.size(); a++) {
                    sb.append("atom ")
                            .append(c.position(a, 0) / BOHR)
                            .append(' ')
                            .append(c.position(a, 1) / BOHR)
                            .append(' ')
                            .append(c.position(a, 2) / BOHR)
                            .append(' ')
                            .append(c.species()[a])
                            .append(" 0.0 0.0");
                    for (int k = 0; k < 3; k++) {
                        sb.append(' ').append(f == null ? 0.0 : f[3 * a + k] * BOHR / HARTREE);
                    }
                    sb.append('\n');
                }
                sb.append("energy ")
                        .append(c.energy() == null ? 0.0 : c.energy() / HARTREE)
                        .append('\n');
                sb.append("charge 0.0\nend\n");
                w.write(sb.toString());
            }
        }
        return warnings;
    }
}

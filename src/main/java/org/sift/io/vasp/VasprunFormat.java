package org.sift.io.vasp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.Capabilities;
import org.sift.io.Capabilities.Label;
import org.sift.io.DeclaredFormat;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.TextInput;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * VASP {@code vasprun.xml}, read only, with a streaming StAX parser (the document is never built
 * in memory): one configuration per top-level {@code <calculation>} (ionic step).
 *
 * <ul>
 *   <li>species: the first column ({@code element}) of {@code atominfo/array[@name='atoms']};</li>
 *   <li>cell: {@code calculation/structure/crystal/varray[@name='basis']} (Å, rows = vectors);</li>
 *   <li>positions: {@code calculation/structure/varray[@name='positions']}, fractional, turned
 *       into Cartesian Å with the cell;</li>
 *   <li>forces: {@code calculation/varray[@name='forces']} (eV/Å);</li>
 *   <li>stress: {@code calculation/varray[@name='stress']} (3x3, kB, positive under compression)
 *       times {@code -0.1 GPa} in eV/Å^3 (1 eV/Å^3 = 160.21766208 GPa), ASE's sign; kept as the
 *       full 3x3 as printed (ASE keeps its upper triangle, the two agree to VASP's rounding);</li>
 *   <li>energy: as ASE's {@code read_vasp_xml}: {@code free_energy = calculation/energy/e_fr_energy}
 *       and {@code energy = free_energy + (e_0_energy - e_fr_energy)} of the last
 *       {@code scstep} (this works around a VASP bug in {@code calculation/energy/e_0_energy}
 *       and keeps van der Waals corrections); free_energy is kept as info {@code free_energy}
 *       (eV). Without scstep energies {@code e_0_energy} of the calculation is used.</li>
 * </ul>
 * A file that ends early (a stopped run) yields the calculations completed before it, unless it
 * ends inside a calculation's structure, forces, stress or final energy, which is an error.
 */
public final class VasprunFormat extends DeclaredFormat {

    private static final Capabilities CAPS = Capabilities.of(Label.CELL, Label.ENERGY, Label.FORCES, Label.STRESS, Label.INFO);

    public VasprunFormat() {
        super("vasprun", "VASP vasprun.xml", List.of("vasprun", "xml"), CAPS, Trait.MULTI_FRAME, Trait.READS);
    }

    @Override
    public boolean sniff(Path path, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.contains("<modeling>") || s.contains("<modeling ");
    }

    @Override
    public List<String> write(Path path, List<Configuration> configurations, WriteOptions options) throws IOException {
        throw new IOException("format vasprun cannot be written");
    }

    /** What one {@code <calculation>} holds while it is read. */
    private static final class Step {
        final List<double[]> basis = new ArrayList<>();
        final List<double[]> positions = new ArrayList<>();
        final List<double[]> forces = new ArrayList<>();
        final List<double[]> stress = new ArrayList<>();
        int scsteps;
        boolean hasForces;
        boolean hasStress;
        boolean dataBegun;
        Double frEnergy;
        Double zeroEnergy;
        Double scFr;
        Double scZero;
    }

    @Override
    public List<Configuration> read(Path path, ReadOptions options, ProgressMonitor monitor) throws IOException {
        String file = path.toString();
        VaspText.Progress progress = new VaspText.Progress(monitor, path);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);

        VaspText.Drops drops = new VaspText.Drops("calculation");
        int calculations = 0;
        int nelm = -1;
        List<String> species = new ArrayList<>();
        boolean atominfoDone = false;
        Deque<String> stack = new ArrayDeque<>();
        Step step = null;
        int cColumn = 0;
        long line = 0;
        try (VaspText.CountingStream in = new VaspText.CountingStream(TextInput.open(path))) {
            XMLStreamReader r;
            try {
                r = factory.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw new FormatException(file, 1, "not readable as XML: " + e.getMessage(), e);
            }
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    line = r.getLocation().getLineNumber();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        String attr = r.getAttributeValue(null, "name");
                        if (stack.isEmpty() && !name.equals("modeling")) {
                            throw new FormatException(file, line, "not a vasprun.xml: the root element is <" + name
                                    + ">, expected <modeling>");
                        }
                        String key = attr == null ? name : name + ":" + attr;
                        String here = stack.isEmpty() ? key : stack.peek() + "/" + key;
                        if (here.equals("modeling/calculation")) {
                            step = new Step();
                        } else if (here.equals("modeling/calculation/scstep")) {
                            step.scsteps++;
                        } else if (nelm < 0 && here.startsWith("modeling/parameters/") && here.endsWith("/i:NELM")) {
                            String text = r.getElementText();
                            nelm = (int) scalar(text, file, line, "NELM");
                            continue;
                        } else if (here.equals("modeling/atominfo/array:atoms/set/rc")) {
                            cColumn = 0;
                        }
                        if (name.equals("v") || name.equals("i") || name.equals("c")) {
                            String text = r.getElementText();
                            handleValue(here, text, step, species, cColumn, file, line);
                            if (name.equals("c")) {
                                cColumn++;
                            }
                            continue; // getElementText consumed the end tag
                        }
                        if (step != null && (here.startsWith("modeling/calculation/structure")
                                || here.equals("modeling/calculation/varray:forces")
                                || here.equals("modeling/calculation/varray:stress")
                                || here.equals("modeling/calculation/energy"))) {
                            step.dataBegun = true;
                        }
                        if (here.equals("modeling/calculation/varray:forces")) {
                            step.hasForces = true;
                        } else if (here.equals("modeling/calculation/varray:stress")) {
                            step.hasStress = true;
                        }
                        stack.push(here);
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String done = stack.pop();
                        if (done.equals("modeling/atominfo")) {
                            atominfoDone = true;
                        } else if (done.equals("modeling/calculation") && step != null) {
                            int index = ++calculations;
                            if (!atominfoDone || species.isEmpty()) {
                                throw new FormatException(file, line, "calculation " + index
                                        + " comes before the <atominfo> that names the atoms");
                            }
                            Configuration c = build(step, species, file, line, index, options);
                            if (nelm > 0 && step.scsteps >= nelm) {
                                drops.unconverged(index, c, "its " + step.scsteps + " SCF steps reached NELM = " + nelm, options);
                            } else {
                                drops.keep(c);
                            }
                            step = null;
                            progress.at(in.count);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                long where = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
                if (in.eof) {
                    if (step != null && step.dataBegun) {
                        drops.truncated(new VaspText.Truncated(file, where, "calculation " + (calculations + 1)
                                + " is truncated: the file ends inside its structure, forces, stress or energy", e), options);
                    } else if (step != null) {
                        drops.truncated(new VaspText.Truncated(file, where, "calculation " + (calculations + 1)
                                + " is truncated: the file ends during its SCF (after " + step.scsteps + " steps)", e), options);
                    } else if (calculations == 0 && !atominfoDone) {
                        throw new FormatException(file, where, (in.count == 0 ? "file is empty" : "file ends early")
                                + "; expected a vasprun.xml with <atominfo> and <calculation> elements", e);
                    }
                    // a stopped run: keep the completed calculations
                } else {
                    throw new FormatException(file, where, "malformed XML: " + e.getMessage(), e);
                }
            }
        }
        drops.report(file, options);
        progress.done();
        return drops.kept();
    }

    private static void handleValue(String here, String text, Step step, List<String> species, int cColumn,
                                    String file, long line) throws FormatException {
        if (here.equals("modeling/atominfo/array:atoms/set/rc/c")) {
            if (cColumn == 0) {
                String el = VaspText.element(text);
                if (el == null) {
                    throw new FormatException(file, line, "unknown species '" + text.strip() + "' in <atominfo> (atom "
                            + (species.size() + 1) + ")");
                }
                species.add(el);
            }
            return;
        }
        if (step == null) {
            return;
        }
        switch (here) {
            case "modeling/calculation/structure/crystal/varray:basis/v" -> step.basis.add(vector(text, file, line, "lattice vector"));
            case "modeling/calculation/structure/varray:positions/v" -> step.positions.add(vector(text, file, line, "position"));
            case "modeling/calculation/varray:forces/v" -> step.forces.add(vector(text, file, line, "force"));
            case "modeling/calculation/varray:stress/v" -> step.stress.add(vector(text, file, line, "stress row"));
            case "modeling/calculation/energy/i:e_fr_energy" -> step.frEnergy = scalar(text, file, line, "e_fr_energy");
            case "modeling/calculation/energy/i:e_0_energy" -> step.zeroEnergy = scalar(text, file, line, "e_0_energy");
            case "modeling/calculation/scstep/energy/i:e_fr_energy" -> step.scFr = scalar(text, file, line, "e_fr_energy");
            case "modeling/calculation/scstep/energy/i:e_0_energy" -> step.scZero = scalar(text, file, line, "e_0_energy");
            default -> {
            }
        }
    }

    private static double[] vector(String text, String file, long line, String what) throws FormatException {
        String[] t = VaspText.numericTokens(text);
        if (t.length != 3) {
            throw new FormatException(file, line, "expected 3 numbers in a " + what + " <v>, found " + t.length);
        }
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            v[k] = VaspText.parseDouble(t[k], file, line, what);
        }
        return v;
    }

    private static double scalar(String text, String file, long line, String what) throws FormatException {
        String[] t = VaspText.tokens(text);
        if (t.length != 1) {
            throw new FormatException(file, line, "expected one number for " + what + ", found '" + text.strip() + "'");
        }
        return VaspText.parseDouble(t[0], file, line, what);
    }

    private static Configuration build(Step s, List<String> species, String file, long line, int index, ReadOptions options)
            throws FormatException {
        int n = species.size();
        String where = "calculation " + index + ": ";
        if (s.basis.size() != 3) {
            throw new FormatException(file, line, where + "expected 3 basis vectors in its structure, found " + s.basis.size());
        }
        if (s.positions.size() != n) {
            throw new FormatException(file, line, where + "expected " + n + " positions (atominfo lists " + n
                    + " atoms), found " + s.positions.size());
        }
        double[] lat = new double[9];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(s.basis.get(i), 0, lat, 3 * i, 3);
        }
        double[] pos = new double[3 * n];
        for (int a = 0; a < n; a++) {
            double[] f = s.positions.get(a);
            for (int k = 0; k < 3; k++) {
                pos[3 * a + k] = f[0] * lat[k] + f[1] * lat[3 + k] + f[2] * lat[6 + k];
            }
        }
        double[] forces = null;
        if (s.hasForces) {
            if (s.forces.size() != n) {
                throw new FormatException(file, line, where + "expected " + n + " force vectors, found " + s.forces.size());
            }
            forces = new double[3 * n];
            for (int a = 0; a < n; a++) {
                System.arraycopy(s.forces.get(a), 0, forces, 3 * a, 3);
            }
        }
        double[] stress = null;
        if (s.hasStress) {
            if (s.stress.size() != 3) {
                throw new FormatException(file, line, where + "expected 3 stress rows, found " + s.stress.size());
            }
            stress = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    stress[3 * i + k] = -s.stress.get(i)[k] * VaspText.KBAR_TO_EV_PER_A3;
                }
            }
        }
        Double sigma0 = s.frEnergy != null && s.scFr != null && s.scZero != null
                ? s.frEnergy + (s.scZero - s.scFr) : s.zeroEnergy;
        return VaspText.configuration(species.toArray(new String[0]), pos, lat, s.frEnergy, sigma0, forces, stress, options);
    }
}

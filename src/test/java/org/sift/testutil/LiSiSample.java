package org.sift.testutil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sift.model.Cell;
import org.sift.model.Configuration;

/**
 * The Li–Si DFTB sample (test resource) read by a minimal extended-XYZ parser for this file only
 * (Lattice, species and pos columns), independent of the io package; and seeded Li–Si-like
 * random configurations for benchmarks.
 */
public final class LiSiSample {

    public static final String RESOURCE = "/data/lisi-dftb/LixSi64-dftb.extxyz.gz";
    private static List<Configuration> cached;

    private LiSiSample() {}

    public static synchronized List<Configuration> load() {
        if (cached == null) {
            try (InputStream in = LiSiSample.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + RESOURCE);
                }
                cached = List.copyOf(parse(new GZIPInputStream(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    private static final Pattern LATTICE = Pattern.compile("Lattice=\"([^\"]*)\"");

    static List<Configuration> parse(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Configuration> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) continue;
            int n = Integer.parseInt(line.trim());
            String comment = r.readLine();
            Matcher m = LATTICE.matcher(comment);
            if (!m.find()) throw new IOException("no Lattice in frame " + out.size());
            String[] lt = m.group(1).trim().split("\\s+");
            double[] cell = new double[9];
            for (int k = 0; k < 9; k++) cell[k] = Double.parseDouble(lt[k]);
            String[] species = new String[n];
            double[] pos = new double[3 * n];
            for (int i = 0; i < n; i++) {
                String[] f = r.readLine().trim().split("\\s+");
                species[i] = f[0];
                for (int k = 0; k < 3; k++) pos[3 * i + k] = Double.parseDouble(f[1 + k]);
            }
            out.add(Configuration.of(species, pos, Cell.periodic(cell)));
        }
        return out;
    }

    /**
     * A seeded random Li–Si-like periodic configuration: {@code atoms} atoms in a cubic box at the
     * number density of Li–Si alloys (about 0.05 Å^-3), Li fraction {@code liFraction}, positions
     * on a jittered simple-cubic lattice so that no two atoms are closer than about 1.5 Å.
     */
    public static Configuration random(Random rnd, int atoms, double liFraction) {
        int side = (int) Math.ceil(Math.cbrt(atoms));
        double a = Math.cbrt(atoms / 0.05);
        double step = a / side;
        List<int[]> sites = new ArrayList<>();
        for (int x = 0; x < side; x++)
            for (int y = 0; y < side; y++) for (int z = 0; z < side; z++) sites.add(new int[] {x, y, z});
        java.util.Collections.shuffle(sites, rnd);
        String[] sp = new String[atoms];
        double[] pos = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            sp[i] = rnd.nextDouble() < liFraction ? "Li" : "Si";
            int[] s = sites.get(i);
            for (int k = 0; k < 3; k++) {
                pos[3 * i + k] = (s[k] + 0.5 + 0.3 * (rnd.nextDouble() - 0.5)) * step;
            }
        }
        return Configuration.of(sp, pos, Cell.box(a, a, a));
    }
}

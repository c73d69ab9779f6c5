package org.sift.synthetic;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Seeded generator of a synthetic, <b>unlabelled</b> Li–Si dataset shaped like the study's: the five
 * compositions of {@link LiSiPhase} in the shares of {@link SyntheticOptions#shares()}, with the
 * redundancy of molecular-dynamics data (many strongly correlated, nearly identical frames).
 *
 * <p><b>The data is synthetic.</b> The configurations carry no energy, forces, stress or virial: they
 * are geometries only, for exercising similarity, sampling and I/O, not for fitting potentials.
 *
 * <h2>Plan</h2>
 * The counts per composition are the largest-remainder apportionment of N by the normalised shares
 * ({@link #apportion}); inside each composition the count is apportioned over MD-like, melt-and-quench
 * and strained segments ({@link SyntheticOptions#segmentShares()}), the MD frames evenly over the
 * temperatures, and every part is cut into trajectories of at most
 * {@link SyntheticOptions#framesPerTrajectory()} frames. Configurations come composition by composition
 * (Li1Si64, Li1Si3, Li1Si1, Li13Si4, Li54Si1), trajectory by trajectory, frame by frame.
 *
 * <h2>Segments</h2>
 * Displacements u are per atom and per Cartesian component, Å; a species has an RMS (3D) displacement
 * amplitude A_s(T) = A_s(1200 K) sqrt(T / 1200 K) with A_Li(1200 K) = 0.25 Å and A_Si(1200 K) = 0.16 Å
 * (classical harmonic scaling, RMS proportional to sqrt(T)); the per-component standard deviation is
 * sigma = A_s(T) / sqrt(3).
 * <ul>
 *   <li><b>MD at T</b> ({@code segment = md-<T>K}): an Ornstein–Uhlenbeck process around the reference
 *       sites, u_0 ~ N(0, sigma^2), u_{k+1} = phi u_k + sigma sqrt(1 - phi^2) xi, phi = 0.9 per frame
 *       (xi standard normal). Stationary, so every frame has RMS displacement A_s(T); frames k apart
 *       are correlated by phi^k, so consecutive frames are near-duplicates.</li>
 *   <li><b>melt-and-quench</b> ({@code segment = melt-quench}): from the reference, a random walk with
 *       per-step standard deviation 0.30 Å (Li) and 0.20 Å (Si) per component, wrapped into the cell;
 *       16 unrecorded steps, then the first half of the frames (temperature_K = 2500). The last melt
 *       positions are relaxed (pairs closer than 2.3 Å pushed apart) into a new, disordered
 *       arrangement; the second half of the frames moves towards it as x = target + 0.8^(j+1) (x_melt -
 *       target) + u_j, with u_j an Ornstein–Uhlenbeck process (phi = 0.9) whose amplitude follows a
 *       linear cooling from 2500 K to 300 K.</li>
 *   <li><b>strain</b> ({@code segment = strain}): per frame a symmetric strain epsilon with every
 *       independent component uniform in [-s, s] (s = {@link SyntheticOptions#maxStrain()}); the cell
 *       rows a_i become a_i (I + epsilon) and the positions (reference + u) (I + epsilon), with u a 300 K
 *       Ornstein–Uhlenbeck process as above. Fractional coordinates are therefore those of the
 *       vibrating reference. The strain is stored as the 3x3 property {@code strain}.</li>
 * </ul>
 *
 * <h2>Minimum distance</h2>
 * No two atoms (periodic images included) come closer than {@link SyntheticOptions#minDistance()}: a
 * proposed frame in which a pair is too close has the atoms of that pair put back to a valid
 * fallback (the previous frame, or the site for strained frames) until no short pair is left. The
 * fallback is always valid, so this ends.
 *
 * <h2>Properties</h2>
 * Each configuration has the per-configuration properties {@code config_type} (the reduced formula),
 * {@code segment}, {@code temperature_K}, {@code trajectory} (a number unique in the dataset),
 * {@code frame} (index inside its trajectory), {@code strain} (strained frames only) and
 * {@code generator} = {@code "sift synthetic 1 seed=<seed>"}.
 *
 * <h2>Determinism</h2>
 * Trajectory t draws from {@code new SplittableRandom(mix(seed, t))}, so the result depends on the
 * options only: not on the number of threads, and not on the order in which trajectories are made.
 */
public final class SyntheticGenerator {

    /** Version of the generating algorithm, written into the {@code generator} property. */
    public static final String VERSION = "1";

    /** Temperature recorded for melt frames, K. */
    public static final double MELT_TEMPERATURE_K = 2500;
    /** Temperature of the vibration of strained frames and at the end of a quench, K. */
    public static final double COLD_TEMPERATURE_K = 300;

    static final double RMS_1200K_LI = 0.25;
    static final double RMS_1200K_SI = 0.16;
    static final double MD_PHI = 0.9;
    static final double QUENCH_PHI = 0.8;
    static final double MELT_STEP_LI = 0.30;
    static final double MELT_STEP_SI = 0.20;
    static final int MELT_HIDDEN_STEPS = 16;
    static final double RELAX_DISTANCE = 2.3;
    private static final int RELAX_SWEEPS = 40;

    /**
     * One trajectory of the plan.
     *
     * @param index        trajectory number, unique in the dataset, from 0
     * @param phase        composition
     * @param segment      kind of segment
     * @param temperatureK temperature of an MD segment, K; NaN for the other kinds
     * @param frames       number of configurations
     * @param first        index in the dataset of its first configuration
     */
    public record Trajectory(int index, LiSiPhase phase, Segment segment, double temperatureK, int frames, int first) {

        /** {@code md-600K}, {@code melt-quench} or {@code strain}. */
        public String segmentLabel() {
            return switch (segment) {
                case MD -> "md-" + formatKelvin(temperatureK) + "K";
                case MELT_QUENCH -> "melt-quench";
                case STRAIN -> "strain";
            };
        }
    }

    private final SyntheticOptions options;
    private final String generatorTag;
    private final Map<LiSiPhase, Reference> references = new EnumMap<>(LiSiPhase.class);
    private final List<Trajectory> plan;
    private final int[] firsts;

    public SyntheticGenerator(SyntheticOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.generatorTag = "sift synthetic " + VERSION + " seed=" + options.seed();
        for (LiSiPhase p : LiSiPhase.values()) {
            references.put(p, new Reference(p.reference()));
        }
        this.plan = List.copyOf(buildPlan(options));
        this.firsts = new int[plan.size()];
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = plan.get(i).first();
        }
    }

    public SyntheticOptions options() {
        return options;
    }

    /** The trajectories in generation order. */
    public List<Trajectory> plan() {
        return plan;
    }

    /** The reference cell of a composition (the sites the MD and strained frames vibrate around). */
    public Configuration reference(LiSiPhase phase) {
        return references.get(phase).config;
    }

    /** All configurations in memory; trajectories are made in parallel, the result is the same as serial. */
    public SyntheticData generate() {
        List<List<Configuration>> parts = plan.parallelStream().map(this::trajectory).toList();
        List<Configuration> all = new ArrayList<>(options.count());
        for (List<Configuration> p : parts) {
            all.addAll(p);
        }
        return new SyntheticData(options, all);
    }

    /** Streams every configuration, in order, to {@code sink}, on the calling thread; holds one trajectory at a time. */
    public void generate(Consumer<? super Configuration> sink) {
        for (Trajectory t : plan) {
            run(t, sink);
        }
    }

    /**
     * A read-only list view of all configurations that makes them on demand and keeps only the
     * trajectory last asked for: iterating it in order holds one trajectory at a time, so a writer
     * can stream a large dataset. Random access regenerates a trajectory (at most
     * {@code framesPerTrajectory} frames). Thread-safe.
     */
    public List<Configuration> asList() {
        return new LazyList();
    }

    /** The configurations of one trajectory of the plan. */
    public List<Configuration> trajectory(Trajectory t) {
        List<Configuration> out = new ArrayList<>(t.frames());
        run(t, out::add);
        return out;
    }

    /**
     * Largest-remainder (Hamilton) apportionment of n among shares normalised by their sum: each
     * count is the floor of its quota n s_i / sum(s), and the units left go to the largest fractional
     * parts, ties to the lowest index. The counts sum to n, and each differs from its quota by less
     * than 1. Quotas within 1e-9 of an integer count as that integer.
     */
    public static int[] apportion(int n, List<Double> shares) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got " + n);
        }
        int k = shares.size();
        double sum = 0;
        for (double s : shares) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("shares must be non-negative, got " + shares);
            }
            sum += s;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("shares must not all be zero");
        }
        int[] c = new int[k];
        double[] rem = new double[k];
        int used = 0;
        for (int i = 0; i < k; i++) {
            double q = n * shares.get(i) / sum;
            int f = (int) Math.floor(q + 1e-9);
            c[i] = f;
            rem[i] = q - f;
            used += f;
        }
        for (int r = used; r < n; r++) {
            int best = -1;
            for (int i = 0; i < k; i++) {
                if (shares.get(i) > 0 && (best < 0 || rem[i] > rem[best] + 1e-9)) {
                    best = i;
                }
            }
            c[best]++;
            rem[best] = Double.NEGATIVE_INFINITY;
        }
        return c;
    }

    private static List<Trajectory> buildPlan(SyntheticOptions o) {
        List<Trajectory> out = new ArrayList<>();
        int[] perPhase = apportion(o.count(), o.shares());
        int index = 0;
        int first = 0;
        LiSiPhase[] phases = LiSiPhase.values();
        List<Double> equal = new ArrayList<>();
        for (int i = 0; i < o.temperaturesK().size(); i++) {
            equal.add(1.0);
        }
        for (int p = 0; p < phases.length; p++) {
            int[] perSegment = apportion(perPhase[p], o.segmentShares());
            int[] perTemperature = apportion(perSegment[0], equal);
            for (int t = 0; t < perTemperature.length; t++) {
                for (int len : split(perTemperature[t], o.framesPerTrajectory())) {
                    out.add(new Trajectory(index++, phases[p], Segment.MD, o.temperaturesK().get(t), len, first));
                    first += len;
                }
            }
            for (int len : split(perSegment[1], o.framesPerTrajectory())) {
                out.add(new Trajectory(index++, phases[p], Segment.MELT_QUENCH, Double.NaN, len, first));
                first += len;
            }
            for (int len : split(perSegment[2], o.framesPerTrajectory())) {
                out.add(new Trajectory(index++, phases[p], Segment.STRAIN, Double.NaN, len, first));
                first += len;
            }
        }
        return out;
    }

    /** m frames into ceil(m / max) trajectories of nearly equal length (longer ones first). */
    private static int[] split(int m, int max) {
        if (m == 0) {
            return new int[0];
        }
        int k = (m + max - 1) / max;
        int[] len = new int[k];
        for (int i = 0; i < k; i++) {
            len[i] = m / k + (i < m % k ? 1 : 0);
        }
        return len;
    }

    /** SplitMix64 finaliser of seed and trajectory index: the seed of that trajectory's generator. */
    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------ generation

    private void run(Trajectory t, Consumer<? super Configuration> sink) {
        Reference ref = references.get(t.phase());
        SplittableRandom rng = new SplittableRandom(mix(options.seed(), t.index()));
        switch (t.segment()) {
            case MD -> md(t, ref, rng, sink);
            case MELT_QUENCH -> meltQuench(t, ref, rng, sink);
            case STRAIN -> strain(t, ref, rng, sink);
        }
    }

    private void md(Trajectory t, Reference ref, SplittableRandom rng, Consumer<? super Configuration> sink) {
        int n3 = 3 * ref.n;
        double[] sigma = ref.sigma(t.temperatureK());
        double[] u = new double[n3];
        double[] prop = new double[n3];
        double[] pos = new double[n3];
        double[] zero = new double[n3];
        Scratch s = new Scratch(ref.n);
        double c = Math.sqrt(1 - MD_PHI * MD_PHI);
        for (int k = 0; k < t.frames(); k++) {
            for (int i = 0; i < n3; i++) {
                double g = rng.nextGaussian();
                prop[i] = k == 0 ? sigma[i] * g : MD_PHI * u[i] + c * sigma[i] * g;
            }
            enforce(prop, k == 0 ? zero : u, (st, out) -> add(ref.pos, st, out), ref.h, ref.hinv, pos, s);
            System.arraycopy(prop, 0, u, 0, n3);
            sink.accept(frame(t, k, ref, pos.clone(), ref.config.cell(), t.temperatureK(), null));
        }
    }

    private void strain(Trajectory t, Reference ref, SplittableRandom rng, Consumer<? super Configuration> sink) {
        int n3 = 3 * ref.n;
        double temperature = COLD_TEMPERATURE_K;
        double[] sigma = ref.sigma(temperature);
        double[] u = new double[n3];
        double[] prop = new double[n3];
        double[] pos = new double[n3];
        double[] zero = new double[n3];
        Scratch s = new Scratch(ref.n);
        double c = Math.sqrt(1 - MD_PHI * MD_PHI);
        double smax = options.maxStrain();
        for (int k = 0; k < t.frames(); k++) {
            double[] eps = new double[9];
            for (int a = 0; a < 3; a++) {
                for (int b = a; b < 3; b++) {
                    double e = smax * (2 * rng.nextDouble() - 1);
                    eps[3 * a + b] = e;
                    eps[3 * b + a] = e;
                }
            }
            double[] f = eps.clone();
            f[0] += 1;
            f[4] += 1;
            f[8] += 1;
            double[] h = multiply(ref.h, f);
            double[] hinv = Contacts.inverse(h);
            for (int i = 0; i < n3; i++) {
                double g = rng.nextGaussian();
                prop[i] = k == 0 ? sigma[i] * g : MD_PHI * u[i] + c * sigma[i] * g;
            }
            enforce(prop, zero, (st, out) -> {
                add(ref.pos, st, out);
                transformRows(out, f);
            }, h, hinv, pos, s);
            System.arraycopy(prop, 0, u, 0, n3);
            sink.accept(frame(t, k, ref, pos.clone(), Cell.periodic(h), temperature, eps));
        }
    }

    private void meltQuench(Trajectory t, Reference ref, SplittableRandom rng, Consumer<? super Configuration> sink) {
        int n3 = 3 * ref.n;
        int meltFrames = t.frames() / 2;
        int quenchFrames = t.frames() - meltFrames;
        Scratch s = new Scratch(ref.n);
        double[] x = ref.pos.clone();
        double[] prop = new double[n3];
        double[] pos = new double[n3];
        Placement identity = (st, out) -> System.arraycopy(st, 0, out, 0, st.length);
        int frame = 0;
        for (int step = 0; step < MELT_HIDDEN_STEPS + meltFrames; step++) {
            for (int i = 0; i < n3; i++) {
                prop[i] = x[i] + ref.meltStep[i] * rng.nextGaussian();
            }
            wrap(prop, ref.h, ref.hinv);
            enforce(prop, x, identity, ref.h, ref.hinv, pos, s);
            System.arraycopy(prop, 0, x, 0, n3);
            if (step >= MELT_HIDDEN_STEPS) {
                sink.accept(frame(t, frame++, ref, x.clone(), ref.config.cell(), MELT_TEMPERATURE_K, null));
            }
        }
        double[] target = relax(x, ref, s);
        double[] delta = new double[n3]; // minimum-image x_melt - target
        for (int i = 0; i < ref.n; i++) {
            minimumImage(x, target, i, i, ref.h, ref.hinv, delta, 3 * i);
        }
        double[] u = new double[n3];
        double[] prev = x.clone();
        double c = Math.sqrt(1 - MD_PHI * MD_PHI);
        for (int j = 0; j < quenchFrames; j++) {
            double temperature = MELT_TEMPERATURE_K
                    + (COLD_TEMPERATURE_K - MELT_TEMPERATURE_K) * (j + 1) / quenchFrames;
            double[] sigma = ref.sigma(temperature);
            double decay = Math.pow(QUENCH_PHI, j + 1);
            for (int i = 0; i < n3; i++) {
                u[i] = MD_PHI * u[i] + c * sigma[i] * rng.nextGaussian();
                prop[i] = target[i] + decay * delta[i] + u[i];
            }
            enforce(prop, prev, identity, ref.h, ref.hinv, pos, s);
            for (int i = 0; i < n3; i++) {
                u[i] = prop[i] - target[i] - decay * delta[i];
            }
            System.arraycopy(prop, 0, prev, 0, n3);
            sink.accept(frame(t, frame++, ref, prop.clone(), ref.config.cell(), temperature, null));
        }
    }

    /**
     * Pushes apart every pair closer than {@link #RELAX_DISTANCE} (each atom by half the overlap, along
     * the pair), sweep after sweep, then wraps into the cell. Returns {@code x} itself (a copy) if the
     * result broke the minimum distance.
     */
    private double[] relax(double[] x, Reference ref, Scratch s) {
        double[] y = x.clone();
        double[] d = new double[3];
        for (int sweep = 0; sweep < RELAX_SWEEPS; sweep++) {
            boolean moved = false;
            for (int i = 0; i < ref.n; i++) {
                for (int j = i + 1; j < ref.n; j++) {
                    minimumImage(y, y, i, j, ref.h, ref.hinv, d, 0);
                    double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                    if (r < RELAX_DISTANCE && r > 1e-12) {
                        double f = (RELAX_DISTANCE - r) / (2 * r);
                        for (int k = 0; k < 3; k++) {
                            y[3 * i + k] += f * d[k];
                            y[3 * j + k] -= f * d[k];
                        }
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        wrap(y, ref.h, ref.hinv);
        if (Contacts.flagClose(y, ref.h, ref.hinv, options.minDistance(), s.flags, s.frac)) {
            return x.clone();
        }
        return y;
    }

    @FunctionalInterface
    private interface Placement {
        /** Cartesian positions (length 3N) from the state. */
        void place(double[] state, double[] positions);
    }

    /**
     * Makes {@code proposal} valid: while the placed positions have a pair closer than the minimum
     * distance, the state of both atoms of each such pair is set back to {@code fallback}, whose own
     * placement must be valid. Leaves the valid positions in {@code pos}. Modifies proposal and pos.
     */
    private void enforce(double[] proposal, double[] fallback, Placement place, double[] h, double[] hinv,
                         double[] pos, Scratch s) {
        int n = s.flags.length;
        for (int iter = 0; ; iter++) {
            place.place(proposal, pos);
            if (!Contacts.flagClose(pos, h, hinv, options.minDistance(), s.flags, s.frac)) {
                return;
            }
            if (iter > n) {
                throw new IllegalStateException("minimum distance cannot be enforced: the fallback is invalid");
            }
            for (int i = 0; i < n; i++) {
                if (s.flags[i]) {
                    System.arraycopy(fallback, 3 * i, proposal, 3 * i, 3);
                }
            }
        }
    }

    private Configuration frame(Trajectory t, int k, Reference ref, double[] pos, Cell cell, double temperature,
                                double[] strain) {
        Map<String, Property> info = new LinkedHashMap<>();
        info.put("config_type", Property.scalar("config_type", t.phase().formula()));
        info.put("segment", Property.scalar("segment", t.segmentLabel()));
        info.put("temperature_K", Property.scalar("temperature_K", temperature));
        info.put("trajectory", Property.scalar("trajectory", (long) t.index()));
        info.put("frame", Property.scalar("frame", (long) k));
        if (strain != null) {
            info.put("strain", new Property("strain", new Values.Reals(strain), new int[] {3, 3}, null));
        }
        info.put("generator", Property.scalar("generator", generatorTag));
        return new Configuration(ref.species, pos, cell, null, null, null, null, info, null);
    }

    // ------------------------------------------------------------------ small linear algebra

    private static void add(double[] a, double[] b, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
    }

    /** C = A B for 3x3 row-major matrices. */
    static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }

    /** Each row vector r of {@code pos} (length 3N) becomes r F. */
    private static void transformRows(double[] pos, double[] f) {
        for (int i = 0; i < pos.length; i += 3) {
            double x = pos[i];
            double y = pos[i + 1];
            double z = pos[i + 2];
            pos[i] = x * f[0] + y * f[3] + z * f[6];
            pos[i + 1] = x * f[1] + y * f[4] + z * f[7];
            pos[i + 2] = x * f[2] + y * f[5] + z * f[8];
        }
    }

    /** Wraps positions into the cell: fractional coordinates to [0, 1). */
    private static void wrap(double[] pos, double[] h, double[] hinv) {
        for (int i = 0; i < pos.length; i += 3) {
            double x = pos[i];
            double y = pos[i + 1];
            double z = pos[i + 2];
            double a = x * hinv[0] + y * hinv[3] + z * hinv[6];
            double b = x * hinv[1] + y * hinv[4] + z * hinv[7];
            double c = x * hinv[2] + y * hinv[5] + z * hinv[8];
            a -= Math.floor(a);
            b -= Math.floor(b);
            c -= Math.floor(c);
            pos[i] = a * h[0] + b * h[3] + c * h[6];
            pos[i + 1] = a * h[1] + b * h[4] + c * h[7];
            pos[i + 2] = a * h[2] + b * h[5] + c * h[8];
        }
    }

    /** out[o..o+2] = minimum image of p_i - q_j (Cartesian), by rounding the fractional difference. */
    private static void minimumImage(double[] p, double[] q, int i, int j, double[] h, double[] hinv,
                                     double[] out, int o) {
        double x = p[3 * i] - q[3 * j];
        double y = p[3 * i + 1] - q[3 * j + 1];
        double z = p[3 * i + 2] - q[3 * j + 2];
        double a = x * hinv[0] + y * hinv[3] + z * hinv[6];
        double b = x * hinv[1] + y * hinv[4] + z * hinv[7];
        double c = x * hinv[2] + y * hinv[5] + z * hinv[8];
        a -= Math.rint(a);
        b -= Math.rint(b);
        c -= Math.rint(c);
        out[o] = a * h[0] + b * h[3] + c * h[6];
        out[o + 1] = a * h[1] + b * h[4] + c * h[7];
        out[o + 2] = a * h[2] + b * h[5] + c * h[8];
    }

    static String formatKelvin(double t) {
        return t == Math.rint(t) && Math.abs(t) < 1e15 ? Long.toString((long) t) : Double.toString(t);
    }

    // ------------------------------------------------------------------ helpers

    /** A reference cell with its per-atom amplitudes, precomputed. */
    private static final class Reference {
        final Configuration config;
        final int n;
        final String[] species;
        final double[] pos;
        final double[] h;
        final double[] hinv;
        final double[] rms1200; // per component
        final double[] meltStep; // per component

        Reference(Configuration c) {
            this.config = c;
            this.n = c.size();
            this.species = c.species();
            this.pos = c.positions();
            this.h = c.cell().vectors();
            this.hinv = Contacts.inverse(h);
            this.rms1200 = new double[3 * n];
            this.meltStep = new double[3 * n];
            for (int i = 0; i < n; i++) {
                boolean li = "Li".equals(species[i]);
                Arrays.fill(rms1200, 3 * i, 3 * i + 3, li ? RMS_1200K_LI : RMS_1200K_SI);
                Arrays.fill(meltStep, 3 * i, 3 * i + 3, li ? MELT_STEP_LI : MELT_STEP_SI);
            }
        }

        /** Per-component standard deviation at temperature T: A_s(1200 K) sqrt(T / 1200 K) / sqrt(3). */
        double[] sigma(double temperatureK) {
            double f = Math.sqrt(temperatureK / 1200.0) / Math.sqrt(3.0);
            double[] s = new double[rms1200.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = rms1200[i] * f;
            }
            return s;
        }
    }

    private static final class Scratch {
        final boolean[] flags;
        final double[] frac;

        Scratch(int n) {
            flags = new boolean[n];
            frac = new double[3 * n];
        }
    }

    private final class LazyList extends AbstractList<Configuration> implements RandomAccess {
        private int cachedIndex = -1;
        private List<Configuration> cached = List.of();

        @Override
        public synchronized Configuration get(int i) {
            Objects.checkIndex(i, options.count());
            int t = Arrays.binarySearch(firsts, i);
            if (t < 0) {
                t = -t - 2;
            }
            if (t != cachedIndex) {
                cached = trajectory(plan.get(t));
                cachedIndex = t;
            }
            return cached.get(i - firsts[t]);
        }

        @Override
        public int size() {
            return options.count();
        }
    }
}

package org.sift.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.sift.io.FormatRegistry;
import org.sift.model.Dataset;

/**
 * Times {@code FormatRegistry.standard().read(path)} on each file given on the command line and
 * prints, per file and per run: configurations, atoms, seconds, configurations per second.
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes org.sift.bench.ReadBenchmark [--repeat K] FILE...
 * </pre>
 * (or with the shaded jar: {@code java -cp target/sift.jar:target/test-classes ...}).
 * </pre>
 * With {@code --repeat K} each file is read K times (the first runs warm the JIT up); every run is
 * printed, then the best. Not a unit test: it is run by hand.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int repeat = 1;
        int first = 0;
        if (args.length >= 2 && args[0].equals("--repeat")) {
            repeat = Integer.parseInt(args[1]);
            first = 2;
        }
        if (args.length == first) {
            System.err.println("usage: ReadBenchmark [--repeat K] FILE...");
            System.exit(2);
        }
        FormatRegistry registry = FormatRegistry.standard();
        System.out.printf(Locale.ROOT, "%-50s %4s %12s %14s %10s %12s%n", "file", "run", "configs", "atoms", "seconds", "configs/s");
        for (int a = first; a < args.length; a++) {
            Path path = Path.of(args[a]);
            double best = Double.POSITIVE_INFINITY;
            int configs = 0;
            long atoms = 0;
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                Dataset d = registry.read(path);
                double s = (System.nanoTime() - t0) / 1e9;
                configs = d.size();
                atoms = d.atomCount();
                best = Math.min(best, s);
                System.out.printf(Locale.ROOT, "%-50s %4d %12d %14d %10.3f %12.0f%n", path, r + 1, configs, atoms, s, configs / s);
            }
            if (repeat > 1) {
                System.out.printf(Locale.ROOT, "%-50s %4s %12d %14d %10.3f %12.0f%n", path, "best", configs, atoms, best, configs / best);
            }
        }
    }
}

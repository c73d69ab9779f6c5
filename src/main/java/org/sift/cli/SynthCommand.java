package org.sift.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sift.io.FormatRegistry;
import org.sift.io.WriteOptions;
import org.sift.synthetic.LiSiPhase;
import org.sift.synthetic.SyntheticGenerator;
import org.sift.synthetic.SyntheticOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sift synth -n 3000 --seed 42 -o FILE}: writes a synthetic, unlabelled Li–Si dataset (see
 * {@link SyntheticGenerator}). Configurations are made while the file is written, one trajectory at
 * a time, so large files need little memory.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic Li-Si dataset shaped like the study's: Li1Si64, Li1Si3, Li1Si1, Li13Si4, "
                + "Li54Si1 in shares 9/9/63/9/9 (normalised), as correlated MD-like trajectories, melt-and-quench "
                + "segments and strained cells.",
                "The data is synthetic and unlabelled: no energies, forces or stresses."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--count"}, defaultValue = "3000", description = "Number of configurations (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file; the format follows the name, e.g. data.extxyz.gz.")
    Path out;

    @Option(names = "--temperatures", split = ",", paramLabel = "K",
            description = "Temperatures of the MD-like segments in K (default: 300,600,900,1200).")
    List<Double> temperatures;

    @Option(names = "--shares", split = ",", paramLabel = "S",
            description = "Shares of Li1Si64,Li1Si3,Li1Si1,Li13Si4,Li54Si1, normalised (default: 9,9,63,9,9).")
    List<Double> shares;

    @Option(names = "--frames-per-trajectory", defaultValue = "40",
            description = "Longest trajectory in frames (default: ${DEFAULT-VALUE}).")
    int framesPerTrajectory;

    @Option(names = "--energies", description = "Label every configuration with the energy of a documented model pair potential "
            + "(org.sift.synthetic.PairPotential; a toy, not Li-Si chemistry), so that a learning curve can be drawn.")
    boolean energies;

    @Option(names = {"-f", "--force"}, description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !force) {
            throw new FileAlreadyExistsException(out.toString());
        }
        SyntheticOptions options = new SyntheticOptions(count, seed,
                temperatures == null ? SyntheticOptions.DEFAULT_TEMPERATURES_K : temperatures,
                shares == null ? SyntheticOptions.DEFAULT_SHARES : shares)
                .withFramesPerTrajectory(framesPerTrajectory);
        SyntheticGenerator generator = new SyntheticGenerator(options);
        List<String> warnings = FormatRegistry.standard().write(out, null,
                energies ? org.sift.synthetic.PairPotential.labelled(generator.asList()) : generator.asList(), WriteOptions.defaults(), force);
        for (String w : warnings) {
            spec.commandLine().getErr().println("sift: warning: " + w);
        }
        int[] perGroup = SyntheticGenerator.apportion(count, options.shares());
        List<String> parts = new ArrayList<>();
        LiSiPhase[] phases = LiSiPhase.values();
        for (int i = 0; i < phases.length; i++) {
            parts.add(phases[i].formula() + " " + perGroup[i]);
        }
        spec.commandLine().getOut().printf("wrote %d synthetic configurations (%s) to %s%n",
                count, String.join(", ", parts), out);
        return SiftCli.OK;
    }
}
